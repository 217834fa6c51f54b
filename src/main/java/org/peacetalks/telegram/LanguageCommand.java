package org.peacetalks.telegram;

import java.io.IOException;
import java.util.Locale;
import org.peacetalks.telegram.answer.AnswerKeyboard;
import org.peacetalks.wording.Texts;

/**
 * {@code /language [uk|ru|en]}: the bot's language in this chat. Without an argument, the current
 * one and a button per language; with one (or a button), sets it, in a group only for the group's
 * admins ({@link Permissions}), and says so in the new language. The choice is kept in the state
 * database and wins over the user's Telegram language.
 */
public final class LanguageCommand implements Command {
  private final ChatLanguages languages;
  private final Permissions chatAdmins;
  private final Sender sender;

  LanguageCommand(ChatLanguages languages, Permissions chatAdmins, Sender sender) {
    this.languages = languages;
    this.chatAdmins = chatAdmins;
    this.sender = sender;
  }

  @Override
  public String name() {
    return "language";
  }

  @Override
  public String description() {
    return Texts.english().get("command.language");
  }

  @Override
  public boolean groupAdminsOnly() {
    return true;
  }

  @Override
  public void handle(Conversation where, String args) throws IOException {
    String wanted = args.strip().toLowerCase(Locale.ROOT);
    if (wanted.isEmpty()) {
      boolean fromTelegram = where.privateChat() && languages.chosen(where.chatId()).isEmpty();
      String text =
          where.text(
              fromTelegram ? "language.currentFromTelegram" : "language.current",
              "name",
              where.text("language.name"));
      sender.send(where.reply(text).replyMarkup(AnswerKeyboard.languages()).build());
      return;
    }
    if (!Texts.LANGUAGES.contains(wanted)) {
      sender.send(where.reply(where.text("language.unknown")).build());
      return;
    }
    choose(where, wanted);
  }

  /** Sets the chat's language when the writer may; the reply is in the new language. */
  public void choose(Conversation where, String language) throws IOException {
    if (!chatAdmins.admit(where, "language.refused")) return;
    languages.choose(where.chatId(), language);
    Texts chosen = Texts.forLanguage(language);
    sender.send(where.in(chosen).reply(chosen.get("language.set")).build());
  }
}
