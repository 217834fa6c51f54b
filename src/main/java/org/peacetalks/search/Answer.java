package org.peacetalks.search;

import java.util.List;
import java.util.Objects;

/**
 * The engine's reply to one question.
 *
 * @param message for readers, why there are no passages; {@code null} when there are passages
 * @param language the language the question was asked in (the passages are always English)
 */
public record Answer(String question, Status status, List<Passage> passages, String message,
    QuestionLanguage language) {
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
    Objects.requireNonNull(language, "language == null");
  }

  /** An answer to an English question. */
  public Answer(String question, Status status, List<Passage> passages, String message) {
    this(question, status, passages, message, QuestionLanguage.ENGLISH);
  }

  /**
   * This answer for a question asked in {@code asked}: a Ukrainian or Russian question that found
   * nothing is told so in its language, and that the articles searched are English.
   */
  Answer askedIn(QuestionLanguage asked) {
    String why = status == Status.NO_ANSWER && asked.noAnswerMessage() != null ? asked.noAnswerMessage() : message;
    return new Answer(question, status, passages, why, asked);
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
