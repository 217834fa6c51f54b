package org.peacetalks.digest;

import java.util.Objects;

/**
 * What became of one send, as a {@link DigestSender} reports it.
 *
 * @param newChatId the chat's new id, only for {@link Outcome#MIGRATED}
 * @param deliveredThere for {@link Outcome#MIGRATED}: the sender already resent the message to the
 *     new id (as the Telegram layer's sender does), so the runner must not send it again
 * @param detail Telegram's description or the error, for the log; may be empty
 */
public record SendResult(Outcome outcome, Long newChatId, boolean deliveredThere, String detail) {
  public enum Outcome {
    /** Delivered. */
    SENT,
    /** The bot can no longer write there (403 blocked/kicked, chat not found): unsubscribe. */
    CHAT_GONE,
    /**
     * The group became a supergroup with a new id ({@code migrate_to_chat_id}): move the
     * subscription, and resend unless the sender already did ({@link #deliveredThere()}).
     */
    MIGRATED,
    /** Anything else, after the sender's own retries: try again later. */
    FAILED
  }

  public SendResult {
    Objects.requireNonNull(outcome, "outcome == null");
    if ((outcome == Outcome.MIGRATED) != (newChatId != null)) {
      throw new IllegalArgumentException("newChatId goes with MIGRATED only");
    }
    if (deliveredThere && outcome != Outcome.MIGRATED) {
      throw new IllegalArgumentException("deliveredThere goes with MIGRATED only");
    }
    detail = detail == null ? "" : detail;
  }

  public static SendResult sent() {
    return new SendResult(Outcome.SENT, null, false, "");
  }

  public static SendResult chatGone(String detail) {
    return new SendResult(Outcome.CHAT_GONE, null, false, detail);
  }

  /** Not delivered: the group now has {@code newChatId}; the runner moves it and resends once. */
  public static SendResult migrated(long newChatId) {
    return new SendResult(Outcome.MIGRATED, newChatId, false, "migrated to " + newChatId);
  }

  /** The group now has {@code newChatId} and the sender already delivered the message there. */
  public static SendResult migratedAndSent(long newChatId) {
    return new SendResult(
        Outcome.MIGRATED, newChatId, true, "migrated to " + newChatId + ", delivered there");
  }

  public static SendResult failed(String detail) {
    return new SendResult(Outcome.FAILED, null, false, detail);
  }
}
