package org.peacetalks.telegram;

import org.peacetalks.telegram.answer.AnswerFormatter;
import org.peacetalks.telegram.answer.AnswerKeyboard;
import org.peacetalks.wording.Texts;

/** {@code /start}: a few lines on what the bot does, and example questions to tap. */
final class StartCommand implements Command {
  private final BotIdentity me;
  private final AnswerFormatter formatter;
  private final Sender sender;

  StartCommand(BotIdentity me, AnswerFormatter formatter, Sender sender) {
    this.me = me;
    this.formatter = formatter;
    this.sender = sender;
  }

  @Override
  public String name() {
    return "start";
  }

  @Override
  public String description() {
    return Texts.english().get("command.start");
  }

  @Override
  public void handle(Conversation where, String args) {
    sender.send(
        where
            .reply(formatter.start(me.username(), where.texts()))
            .replyMarkup(AnswerKeyboard.examples(AnswerFormatter.examples(where.texts())))
            .build());
  }
}
