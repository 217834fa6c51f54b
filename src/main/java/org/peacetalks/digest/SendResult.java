package org.peacetalks.digest;

import java.util.Objects;

/**
 * What became of one send, as a {@link DigestSender} reports it.
 *
 * @param newChatId the chat's new id, only for {@link Outcome#MIGRATED}
 * @param detail Telegram's description or the error, for the log; may be empty
 */
public record SendResult(Outcome outcome, Long newChatId, String detail) {
  public enum Outcome {
    /** Delivered. */
    SENT,
    /** The bot can no longer write there (403 blocked/kicked, chat not found): unsubscribe. */
    CHAT_GONE,
    /** The group became a supergroup with a new id ({@code migrate_to_chat_id}): move and resend. */
    MIGRATED,
    /** Anything else, after the sender's own retries: try again later. */
    FAILED
  }

  public SendResult {
    Objects.requireNonNull(outcome, "outcome == null");
    if ((outcome == Outcome.MIGRATED) != (newChatId != null)) {
      throw new IllegalArgumentException("newChatId goes with MIGRATED only");
    }
    detail = detail == null ? "" : detail;
  }

  public static SendResult sent() {
    return new SendResult(Outcome.SENT, null, "");
  }

  public static SendResult chatGone(String detail) {
    return new SendResult(Outcome.CHAT_GONE, null, detail);
  }

  public static SendResult migrated(long newChatId) {
    return new SendResult(Outcome.MIGRATED, newChatId, "migrated to " + newChatId);
  }

  public static SendResult failed(String detail) {
    return new SendResult(Outcome.FAILED, null, detail);
  }
}
