package org.peacetalks.telegram.subscription;

import java.util.Objects;
import org.peacetalks.digest.DigestSender;
import org.peacetalks.digest.SendResult;
import org.peacetalks.telegram.Delivery;
import org.peacetalks.telegram.Sender;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/**
 * Sends digests through the bot's {@link Sender} (which already waits out 429s, retries 5xx and
 * network errors, records closed chats and resends to a supergroup's new id) and tells the {@link
 * org.peacetalks.digest.DigestRunner} what became of each one. Thread-safe.
 */
final class TelegramDigestSender implements DigestSender {
  private final Sender sender;

  TelegramDigestSender(Sender sender) {
    this.sender = Objects.requireNonNull(sender, "sender == null");
  }

  @Override
  public SendResult send(long chatId, Integer messageThreadId, String html)
      throws InterruptedException {
    SendMessage.SendMessageBuilder<?, ?> message =
        SendMessage.builder()
            .chatId(chatId)
            .text(html)
            .parseMode("HTML")
            .disableWebPagePreview(true);
    if (messageThreadId != null) message.messageThreadId(messageThreadId);
    return resultOf(sender.deliver(message.build()));
  }

  /**
   * Maps the sender's outcome onto the digest's; throws when the send was cut short by an
   * interrupt.
   */
  static SendResult resultOf(Delivery d) throws InterruptedException {
    Long migratedTo = d.migratedTo();
    switch (d.outcome().kind()) {
      case DONE, DONE_UNREADABLE, NOT_MODIFIED:
        return migratedTo != null ? SendResult.migratedAndSent(migratedTo) : SendResult.sent();
      case CHAT_GONE:
        return SendResult.chatGone(d.detail());
      default:
        // Not delivered and not a closed chat: an interrupt (the bot stopping) is not a failed
        // send.
        if (Thread.interrupted()) throw new InterruptedException("digest send interrupted");
        if (migratedTo != null) return SendResult.migrated(migratedTo);
        return SendResult.failed(d.detail());
    }
  }
}
