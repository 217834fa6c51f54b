package org.peacetalks.telegram;

import java.time.Clock;
import org.peacetalks.telegram.answer.AnswerFormatter;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * What commands are handed when a test drives them without a running bot: the test bot's identity,
 * question counts in memory only, no stored feedback, every chat in its user's language, and file
 * downloads from a port nothing listens on.
 */
public final class TestContexts {
  public static final BotIdentity ME = new BotIdentity(TestUpdates.BOT_ID, TestUpdates.BOT_NAME);

  private TestContexts() {}

  public static BotContext of(
      Sender sender, TelegramClient client, Permissions permissions, Clock clock) {
    return new BotContext(
        ME,
        sender,
        client,
        path -> "http://127.0.0.1:9/file/botTOKEN/" + path,
        new AnswerFormatter(),
        permissions,
        clock,
        QuestionStats.inMemory(clock),
        null,
        ChatLanguages.unstored());
  }
}
