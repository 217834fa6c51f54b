package org.peacetalks.telegram;

/** {@code /help} (and {@code /start}, registered under that name): what the bot is, examples, commands. */
final class HelpCommand implements Command {
  private final String name;
  private final String description;
  private final CommandRegistry registry;
  private final BotIdentity me;
  private final AnswerFormatter formatter;
  private final Sender sender;

  HelpCommand(String name, String description, CommandRegistry registry, BotIdentity me, AnswerFormatter formatter, Sender sender) {
    this.name = name;
    this.description = description;
    this.registry = registry;
    this.me = me;
    this.formatter = formatter;
    this.sender = sender;
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
    sender.send(where.reply(formatter.help(me.username(), registry.helpLines())).build());
  }
}
