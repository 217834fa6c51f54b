package org.peacetalks.telegram;

import java.util.List;
import org.peacetalks.telegram.answer.AnswerFormatter;
import org.peacetalks.telegram.answer.CallbackHandler;
import org.peacetalks.telegram.answer.InlineAnswerer;
import org.peacetalks.telegram.answer.QuestionAnswerer;
import org.peacetalks.wording.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides what an update is and hands it to the one class that deals with it:
 *
 * <ul>
 *   <li>a command addressed to no bot or to this one, in a text or in a file's caption: its {@link
 *       Command}; {@code /cmd@OtherBot} is ignored; an admin command from anyone but a bot admin is
 *       politely refused (in groups too) and logged at WARN with the user id;
 *   <li>any other text in a private chat, or a reply to one of the bot's messages: a question;
 *   <li>a button press: {@link CallbackHandler}; an inline query: {@link InlineAnswerer};
 *   <li>the bot removed from or blocked in a chat: recorded in {@link BlockedChats} (and back);
 *       added to a group: one message on how to ask there;
 *   <li>a sticker, voice message, photo or other media without a caption, in a private chat or as a
 *       reply to the bot: one line on what the bot understands;
 *   <li>everything else (group chatter, edits, captioned media): ignored.
 * </ul>
 *
 * Failures are caught here, once per update: logged with update and chat ids, and the user gets a
 * short apology. Thread-safe.
 */
public final class UpdateRouter {
  private static final Logger log = LoggerFactory.getLogger(UpdateRouter.class);
  static final String SORRY = Texts.english().get("error.sorry");
  public static final String ADMINS_ONLY = Texts.english().get("error.adminsOnly");

  private final BotIdentity me;
  private final CommandRegistry commands;
  private final QuestionAnswerer questions;
  private final CallbackHandler callbacks;
  private final InlineAnswerer inline;
  private final Sender sender;
  private final BlockedChats blocked;
  private final Permissions permissions;
  private final List<BotFeature> features;
  private final ChatLanguages languages;

  /**
   * @param context the bot's identity, sender, who may do what, and the language of each chat
   *     (every reply is in it)
   * @param features told when a chat moves to a supergroup or is gone
   */
  public UpdateRouter(
      BotContext context,
      CommandRegistry commands,
      QuestionAnswerer questions,
      CallbackHandler callbacks,
      InlineAnswerer inline,
      BlockedChats blocked,
      List<BotFeature> features) {
    this.me = context.identity();
    this.sender = context.sender();
    this.permissions = context.permissions();
    this.languages = context.languages();
    this.commands = commands;
    this.questions = questions;
    this.callbacks = callbacks;
    this.inline = inline;
    this.blocked = blocked;
    this.features = List.copyOf(features);
  }

  public void route(Update update) {
    Conversation where = null;
    try {
      if (update.hasMessage()) {
        where = Conversation.of(update.getMessage());
        where = where.in(languages.of(where.chatId(), where.privateChat(), where.languageCode()));
        message(update.getMessage(), where);
      } else if (update.hasCallbackQuery()) {
        callbacks.handle(update.getCallbackQuery());
      } else if (update.hasInlineQuery()) {
        inline.handle(update.getInlineQuery());
      } else if (update.hasMyChatMember()) {
        membership(update.getMyChatMember());
      } else {
        log.debug("Update {}: nothing to do", update.getUpdateId());
      }
    } catch (Exception | LinkageError e) {
      long chat = where == null ? 0 : where.chatId();
      log.warn("Update {} in chat {} failed: {}", update.getUpdateId(), chat, e.toString(), e);
      if (where != null) sender.send(where.reply(Html.escape(where.text("error.sorry"))).build());
    }
  }

  private void message(Message m, Conversation where) throws Exception {
    if (m.getMigrateToChatId() != null) {
      log.info("Chat {} became supergroup {}", where.chatId(), m.getMigrateToChatId());
      for (BotFeature f : features) f.chatMigrated(where.chatId(), m.getMigrateToChatId());
      try {
        languages.migrate(where.chatId(), m.getMigrateToChatId());
      } catch (java.io.IOException e) {
        log.error(
            "Chat {} became {}, but its language could not be moved: {}",
            where.chatId(),
            m.getMigrateToChatId(),
            e.toString());
      }
      return;
    }
    // A caption counts only as a command (/add on an uploaded file); captioned media is not a
    // question.
    String text = m.hasText() ? m.getText() : m.getCaption();
    CommandCall call = CommandCall.parse(text);
    if (!m.hasText() && call == null) {
      // A bot admin's bare file may be about to get "/add" as a reply: no note for it.
      boolean adminFile = m.hasDocument() && permissions.isBotAdmin(where.userId());
      if (text == null && isMedia(m) && !adminFile && (where.privateChat() || isReplyToMe(m))) {
        sender.send(where.reply(Html.escape(AnswerFormatter.notUnderstood(where.texts()))).build());
      }
      return;
    }
    // Bots are ignored, but not an anonymous admin: Telegram shows them as GroupAnonymousBot (a
    // bot).
    if (m.getFrom() != null
        && Boolean.TRUE.equals(m.getFrom().getIsBot())
        && !where.fromAnonymousAdmin()) return;
    if (m.getViaBot() != null && m.getViaBot().getId() != null && m.getViaBot().getId() == me.id())
      return;
    // Whoever writes to the bot can be written to again.
    if (blocked.contains(where.chatId())) blocked.remove(where.chatId());

    if (call != null) {
      if (!call.addressedTo(me.username())) {
        log.debug(
            "Update in chat {}: /{} is for @{}, not us",
            where.chatId(),
            call.name(),
            call.target());
        return;
      }
      command(call, where, m);
      return;
    }
    if (where.privateChat() || isReplyToMe(m)) {
      questions.answer(where, text);
    }
  }

  private void command(CommandCall call, Conversation where, Message m) throws Exception {
    Command command = commands.find(call.name()).orElse(null);
    if (command == null) {
      if (where.privateChat()) {
        sender.send(
            where
                .reply(
                    where.text(
                        "error.unknownCommand", "command", Html.escapeWithin(call.name(), 64)))
                .build());
      }
      return;
    }
    if (command.audience() == Command.Audience.ADMINS && !permissions.isBotAdmin(where.userId())) {
      // Being a chat's administrator is not enough: only BOT_ADMIN_IDS run admin commands.
      log.warn(
          "Refused /{} to user {} in chat {}: not a bot admin",
          command.name(),
          where.userId(),
          where.chatId());
      sender.send(where.reply(Html.escape(where.text("error.adminsOnly"))).build());
      return;
    }
    command.handle(where, call.args(), m);
  }

  /** The bot was added to, removed from, blocked or unblocked in a chat. */
  private void membership(ChatMemberUpdated change) {
    long chat = change.getChat().getId();
    String status = change.getNewChatMember() == null ? "" : change.getNewChatMember().getStatus();
    if (status.equals("kicked") || status.equals("left")) {
      if (blocked.add(chat))
        log.info("Removed from or blocked in chat {}: not writing to it any more", chat);
      for (BotFeature f : features) f.chatGone(chat);
    } else if (status.equals("member")
        || status.equals("administrator")
        || status.equals("restricted")) {
      if (blocked.contains(chat)) {
        blocked.remove(chat);
        log.info("Back in chat {}", chat);
      }
      String before =
          change.getOldChatMember() == null ? "left" : change.getOldChatMember().getStatus();
      boolean joined = before.equals("left") || before.equals("kicked");
      String type = change.getChat().getType();
      if (joined && ("group".equals(type) || "supergroup".equals(type))) {
        log.info("Added to group {}", chat);
        Texts texts =
            languages.of(
                chat, false, change.getFrom() == null ? null : change.getFrom().getLanguageCode());
        sender.send(
            new Conversation(chat, null, null, 0, false)
                .reply(AnswerFormatter.groupWelcome(me.username(), texts))
                .build());
      }
    }
  }

  /** Media a question cannot be read from (a captioned file may be a command, like /add). */
  private static boolean isMedia(Message m) {
    return m.hasSticker()
        || m.hasVoice()
        || m.hasPhoto()
        || m.hasVideo()
        || m.hasVideoNote()
        || m.hasAnimation()
        || m.hasAudio()
        || m.hasDocument()
        || m.hasLocation()
        || m.hasContact()
        || m.hasPoll()
        || m.hasDice();
  }

  private boolean isReplyToMe(Message m) {
    Message replied = m.getReplyToMessage();
    return replied != null
        && replied.getFrom() != null
        && replied.getFrom().getId() != null
        && replied.getFrom().getId() == me.id();
  }
}
