package org.peacetalks.telegram;

import java.util.Objects;

/**
 * What became of one message sent with {@link Sender#deliver}, after the sender's own retries.
 *
 * @param outcome the last answer of the Bot API, classified ({@link ApiOutcome.Kind}: callers
 *     switch on it)
 * @param migratedTo the supergroup the group became ({@code migrate_to_chat_id}), or {@code null}
 */
public record Delivery(ApiOutcome outcome, Long migratedTo) {
  public Delivery {
    Objects.requireNonNull(outcome, "outcome == null");
  }

  /** Telegram accepted the message (to the supergroup, when {@code migratedTo}). */
  boolean delivered() {
    return outcome.accepted();
  }

  /** Not delivered because the bot may not write there (403, chat not found). */
  boolean chatClosed() {
    return outcome.kind() == ApiOutcome.Kind.CHAT_GONE;
  }

  /** Telegram's description of the last error, or the I/O error; empty when delivered. */
  public String detail() {
    return delivered() ? "" : outcome.detail();
  }
}
