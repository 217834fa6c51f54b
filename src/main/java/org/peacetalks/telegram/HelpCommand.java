package org.peacetalks.telegram;

import java.util.List;
import org.peacetalks.telegram.answer.AnswerFormatter;
import org.peacetalks.wording.Texts;

/**
 * {@code /help}: how to ask, and the commands grouped by who may use them (everyone; in groups, the
 * group's admins; bot admins, shown only to a bot admin in a private chat).
 */
final class HelpCommand implements Command {
  private final CommandRegistry registry;
  private final BotIdentity me;
  private final AnswerFormatter formatter;
  private final Sender sender;
  private final Permissions permissions;

  HelpCommand(
      CommandRegistry registry,
      BotIdentity me,
      AnswerFormatter formatter,
      Sender sender,
      Permissions permissions) {
    this.registry = registry;
    this.me = me;
    this.formatter = formatter;
    this.sender = sender;
    this.permissions = permissions;
  }

  @Override
  public String name() {
    return "help";
  }

  @Override
  public String description() {
    return Texts.english().get("command.help");
  }

  @Override
  public void handle(Conversation where, String args) {
    boolean admin = where.privateChat() && permissions.isBotAdmin(where.userId());
    Texts texts = where.texts();
    List<String> adminLines =
        admin ? registry.helpLines(Command.Audience.ADMINS, texts) : List.of();
    sender.send(
        where
            .reply(
                formatter.help(
                    me.username(),
                    registry.helpLines(Command.Audience.EVERYONE, false, texts),
                    registry.helpLines(Command.Audience.EVERYONE, true, texts),
                    adminLines,
                    texts))
            .build());
  }
}
