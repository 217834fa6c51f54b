package org.peacetalks.telegram;

import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Where a message came from and where its reply goes: the chat, the forum topic (if any), the
 * message to reply to, and who wrote it.
 *
 * @param threadId the forum topic, or {@code null} outside forum topics
 * @param messageId the message being answered, or {@code null}
 */
record Conversation(long chatId, Integer threadId, Integer messageId, long userId, boolean privateChat) {

  static Conversation of(Message m) {
    Integer thread = m.isTopicMessage() ? m.getMessageThreadId() : null;
    long user = m.getFrom() != null ? m.getFrom().getId() : m.getChatId();
    return new Conversation(m.getChatId(), thread, m.getMessageId(), user, m.isUserMessage());
  }

  /** A reply in this conversation: same chat and topic; in groups, quoting the question. */
  SendMessage.SendMessageBuilder<?, ?> reply(String html) {
    SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder()
        .chatId(chatId)
        .text(html)
        .parseMode("HTML")
        .disableWebPagePreview(true);
    if (threadId != null) b.messageThreadId(threadId);
    if (!privateChat && messageId != null) b.replyToMessageId(messageId).allowSendingWithoutReply(true);
    return b;
  }
}
