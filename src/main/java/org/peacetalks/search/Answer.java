package org.peacetalks.search;

import java.util.List;
import java.util.Objects;

/**
 * The engine's reply to one question.
 *
 * @param noAnswer true when the articles say nothing about the question; passages are then empty
 * @param message for readers, why there are no passages (no answer, or input that is not a
 *     question); {@code null} when there are passages
 */
public record Answer(String question, boolean noAnswer, List<Passage> passages, String message) {
  public Answer {
    Objects.requireNonNull(question, "question == null");
    passages = List.copyOf(passages);
  }

  static Answer none(String question, String message) {
    return new Answer(question, true, List.of(), message);
  }
}
