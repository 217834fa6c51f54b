package org.peacetalks.wording;

import org.peacetalks.search.Answer;

/**
 * What the bot says when an answer has no passages, in the words every layer that talks to
 * people uses (the command line's {@code ask} and {@code ask --json}, and Telegram).
 */
public final class NoAnswerText {
  /** What the bot does, for replies to text that is not a question. */
  public static final String WHAT_I_DO =
      "I answer questions about the Russia–Ukraine peace talks with passages from news articles.";

  private NoAnswerText() {}

  /** One or two sentences for the reader. */
  public static String of(Answer.Reason reason) {
    return switch (reason) {
      case NOTHING_FOUND -> "I found nothing in the articles about that. Try asking about the peace plan, the"
          + " negotiators, territory or security guarantees.";
      case EMPTY -> "Please type a question about the peace talks.";
      case TOO_LONG -> "That is too long for a question. Please keep it under " + Answer.MAX_QUESTION_LENGTH
          + " characters.";
      case SMALL_TALK -> WHAT_I_DO + " Ask me anything about them.";
      case COMMAND -> "That looks like a command: /help lists them. " + WHAT_I_DO;
      case NOT_A_QUESTION -> "I did not understand that. " + WHAT_I_DO;
    };
  }
}
