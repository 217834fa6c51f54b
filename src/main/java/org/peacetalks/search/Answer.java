package org.peacetalks.search;

import java.util.List;
import java.util.Objects;

/**
 * The engine's reply to one question.
 *
 * @param message for readers, why there are no passages; {@code null} when there are passages
 */
public record Answer(String question, Status status, List<Passage> passages, String message) {
  /** How the question fared. */
  public enum Status {
    /** Passages found. */
    ANSWERED,
    /** The articles say nothing about it. */
    NO_ANSWER,
    /** Not something to search for: empty, or far too long. */
    NOT_A_QUESTION
  }

  public Answer {
    Objects.requireNonNull(question, "question == null");
    Objects.requireNonNull(status, "status == null");
    passages = List.copyOf(passages);
  }

  /** True when there are no passages to show (the JSON field {@code noAnswer}). */
  public boolean noAnswer() {
    return status != Status.ANSWERED;
  }

  static Answer none(String question, String message) {
    return new Answer(question, Status.NO_ANSWER, List.of(), message);
  }

  static Answer rejected(String question, String message) {
    return new Answer(question, Status.NOT_A_QUESTION, List.of(), message);
  }
}
