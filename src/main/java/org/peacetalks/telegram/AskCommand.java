package org.peacetalks.telegram;

import org.peacetalks.wording.Texts;

/** {@code /ask QUESTION}: a question, in groups too. Without a question, says how to ask. */
final class AskCommand implements Command {
  private final QuestionAnswerer answerer;
  private final Sender sender;

  AskCommand(QuestionAnswerer answerer, Sender sender) {
    this.answerer = answerer;
    this.sender = sender;
  }

  @Override
  public String name() {
    return "ask";
  }

  @Override
  public String description() {
    return Texts.english().get("command.ask");
  }

  @Override
  public void handle(Conversation where, String args) throws Exception {
    if (args.isBlank()) {
      sender.send(where.reply(where.text("ask.usage", "example", Html.escape(where.text("example.0")))).build());
      return;
    }
    answerer.answer(where, args);
  }
}
