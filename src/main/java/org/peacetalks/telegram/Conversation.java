package org.peacetalks.telegram;

import org.peacetalks.wording.Texts;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Where a message came from and where its reply goes: the chat, the forum topic (if any), the
 * message to reply to, and who wrote it.
 *
 * @param threadId the forum topic, or {@code null} outside forum topics
 * @param messageId the message being answered, or {@code null}
 * @param senderChatId the chat the message was sent on behalf of ({@code sender_chat}: an anonymous
 *     group admin writes as the group itself, a channel as the channel), or {@code null}
 * @param texts the words of the language the bot speaks in this chat ({@link ChatLanguages})
 * @param languageCode the writer's Telegram language ({@code language_code}), or {@code null}
 */
public record Conversation(
    long chatId,
    Integer threadId,
    Integer messageId,
    long userId,
    boolean privateChat,
    Long senderChatId,
    Texts texts,
    String languageCode) {
  /**
   * Telegram's GroupAnonymousBot: the {@code from} of messages that anonymous group admins send.
   */
  public static final long ANONYMOUS_ADMIN_ID = 1087968824L;

  public Conversation {
    if (texts == null) texts = Texts.english();
  }

  public Conversation(
      long chatId, Integer threadId, Integer messageId, long userId, boolean privateChat) {
    this(chatId, threadId, messageId, userId, privateChat, null);
  }

  Conversation(
      long chatId,
      Integer threadId,
      Integer messageId,
      long userId,
      boolean privateChat,
      Long senderChatId) {
    this(chatId, threadId, messageId, userId, privateChat, senderChatId, Texts.english(), null);
  }

  /** A message's conversation, in English until {@link #in(Texts)} says otherwise. */
  static Conversation of(Message m) {
    Integer thread = m.isTopicMessage() ? m.getMessageThreadId() : null;
    long user = m.getFrom() != null ? m.getFrom().getId() : m.getChatId();
    Long senderChat = m.getSenderChat() != null ? m.getSenderChat().getId() : null;
    String language = m.getFrom() != null ? m.getFrom().getLanguageCode() : null;
    return new Conversation(
        m.getChatId(),
        thread,
        m.getMessageId(),
        user,
        m.isUserMessage(),
        senderChat,
        Texts.english(),
        language);
  }

  /** The same conversation in the language of {@code other}. */
  Conversation in(Texts other) {
    return new Conversation(
        chatId, threadId, messageId, userId, privateChat, senderChatId, other, languageCode);
  }

  /** The text of {@code key} in this conversation's language; see {@link Texts#get}. */
  public String text(String key, Object... namesAndValues) {
    return texts.get(key, namesAndValues);
  }

  /**
   * Written by an anonymous administrator of this group: only admins can write as the group itself,
   * and Telegram shows them as GroupAnonymousBot with {@code sender_chat} = the group.
   */
  boolean fromAnonymousAdmin() {
    return !privateChat
        && userId == ANONYMOUS_ADMIN_ID
        && senderChatId != null
        && senderChatId == chatId;
  }

  /** A reply in this conversation: same chat and topic; in groups, quoting the question. */
  public SendMessage.SendMessageBuilder<?, ?> reply(String html) {
    SendMessage.SendMessageBuilder<?, ?> b =
        SendMessage.builder()
            .chatId(chatId)
            .text(html)
            .parseMode("HTML")
            .disableWebPagePreview(true);
    if (threadId != null) b.messageThreadId(threadId);
    if (!privateChat && messageId != null)
      b.replyToMessageId(messageId).allowSendingWithoutReply(true);
    return b;
  }
}
