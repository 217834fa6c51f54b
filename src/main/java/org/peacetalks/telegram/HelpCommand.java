package org.peacetalks.telegram;

import java.util.List;
import java.util.Set;

/**
 * {@code /help} (and {@code /start}, registered under that name): what the bot is, examples,
 * commands; to a bot admin in a private chat, the admin commands too.
 */
final class HelpCommand implements Command {
  private final String name;
  private final String description;
  private final CommandRegistry registry;
  private final BotIdentity me;
  private final AnswerFormatter formatter;
  private final Sender sender;
  private final Set<Long> admins;

  HelpCommand(String name, String description, CommandRegistry registry, BotIdentity me, AnswerFormatter formatter,
      Sender sender, Set<Long> admins) {
    this.name = name;
    this.description = description;
    this.registry = registry;
    this.me = me;
    this.formatter = formatter;
    this.sender = sender;
    this.admins = Set.copyOf(admins);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public void handle(Conversation where, String args) {
    boolean admin = where.privateChat() && admins.contains(where.userId());
    List<String> adminLines = admin ? registry.helpLines(Command.Audience.ADMINS) : List.of();
    sender.send(where.reply(formatter.help(me.username(), registry.helpLines(Command.Audience.EVERYONE), adminLines)).build());
  }
}
