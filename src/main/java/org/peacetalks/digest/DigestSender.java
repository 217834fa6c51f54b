package org.peacetalks.digest;

/**
 * Sends one digest message; implemented by the Telegram layer. The implementation handles 429
 * (waits {@code retry_after}, resends) and transient 5xx/network errors itself, and reports what
 * finally happened. It also keeps Telegram's send limits (the Telegram layer's one rate limiter,
 * which every message of the bot passes), so the runner sends as fast as it is let.
 */
@FunctionalInterface
public interface DigestSender {
  /**
   * Sends {@code html} (Telegram HTML parse mode) to the chat.
   *
   * @param messageThreadId the forum topic, or {@code null}
   * @return {@link SendResult#sent()}; {@link SendResult#chatGone(String)} for 403 (blocked,
   *     kicked, not a member, deactivated) and 400 "chat not found"; {@link
   *     SendResult#migrated(long)} for 400 with {@code migrate_to_chat_id} (or {@link
   *     SendResult#migratedAndSent(long)} when the sender already resent it there); {@link
   *     SendResult#failed(String)} for anything else after the sender's own retries
   * @throws InterruptedException when interrupted while waiting to retry
   */
  SendResult send(long chatId, Integer messageThreadId, String html) throws InterruptedException;
}
