package org.peacetalks.search;

import java.util.List;
import java.util.Objects;

/**
 * The engine's reply to one question. Why there are no passages is a {@link Reason}; the layers
 * that talk to people word it, in the language the question was asked in.
 *
 * @param reason why there are no passages; {@code null} when there are passages
 * @param language the language the question was asked in (the passages are always English)
 */
public record Answer(
    String question,
    Status status,
    List<Passage> passages,
    Reason reason,
    QuestionLanguage language) {
  /** How the question fared. */
  public enum Status {
    /** Passages found. */
    ANSWERED,
    /** The articles say nothing about it. */
    NO_ANSWER,
    /** Not something to search for: empty, far too long, small talk, a command or keyboard mash. */
    NOT_A_QUESTION
  }

  /** Why an answer has no passages. */
  public enum Reason {
    /** The articles do not answer it. */
    NOTHING_FOUND,
    /** Nothing but spaces and punctuation. */
    EMPTY,
    /** Longer than {@link #MAX_QUESTION_LENGTH} characters. */
    TOO_LONG,
    /** A greeting, thanks, "ok" and the like. */
    SMALL_TALK,
    /** Text that looks like a bot command ("/start please"). */
    COMMAND,
    /** No word of it is one the articles use, and it does not ask anything: keyboard mash. */
    NOT_A_QUESTION
  }

  /** Questions longer than this many characters are refused. */
  public static final int MAX_QUESTION_LENGTH = QuestionText.MAX_LENGTH;

  public Answer {
    Objects.requireNonNull(question, "question == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(language, "language == null");
    passages = List.copyOf(passages);
    if ((status == Status.ANSWERED) != (reason == null)) {
      throw new IllegalArgumentException("a reason is given exactly when there are no passages");
    }
  }

  /** An answer to an English question. */
  public Answer(String question, Status status, List<Passage> passages, Reason reason) {
    this(question, status, passages, reason, QuestionLanguage.ENGLISH);
  }

  /** True when there are no passages to show (the JSON field {@code noAnswer}). */
  public boolean noAnswer() {
    return status != Status.ANSWERED;
  }

  /** This answer, for a question asked in {@code asked}. */
  Answer askedIn(QuestionLanguage asked) {
    return new Answer(question, status, passages, reason, asked);
  }

  static Answer none(String question) {
    return new Answer(question, Status.NO_ANSWER, List.of(), Reason.NOTHING_FOUND);
  }

  static Answer rejected(String question, Reason reason) {
    return new Answer(question, Status.NOT_A_QUESTION, List.of(), reason);
  }
}
