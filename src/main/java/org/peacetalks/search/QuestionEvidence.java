package org.peacetalks.search;

import java.util.Objects;

/**
 * What the no-answer decision is fitted on for one question ({@code eval --fit}): the signals of
 * its ranking and the vector the {@link TopicProbe} reads.
 *
 * @param questionVector the question's embedding; {@code null} when ranked by words alone
 */
public record QuestionEvidence(AnswerSignals signals, float[] questionVector) {
  public QuestionEvidence {
    Objects.requireNonNull(signals, "signals == null");
    questionVector = questionVector == null ? null : questionVector.clone();
  }

  @Override
  public float[] questionVector() {
    return questionVector == null ? null : questionVector.clone();
  }
}
