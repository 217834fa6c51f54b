package org.peacetalks.telegram.answer;

/**
 * What answers draw on beyond the index, built outside this package by whoever owns the state:
 * where 👍 / 👎 and unanswered questions go, and when articles entered the corpus.
 */
public record AnswerExtras(FeedbackSink feedback, AddedDates addedDates) {
  /** Votes logged only; no "added" dates. */
  public static final AnswerExtras NONE = new AnswerExtras(FeedbackSink.NONE, AddedDates.NONE);

  public AnswerExtras {
    java.util.Objects.requireNonNull(feedback, "feedback == null");
    java.util.Objects.requireNonNull(addedDates, "addedDates == null");
  }
}
