package org.peacetalks.telegram.answer;

import org.peacetalks.telegram.Command;
import org.peacetalks.telegram.Conversation;
import org.peacetalks.telegram.Html;
import org.peacetalks.telegram.Sender;
import org.peacetalks.wording.Texts;

/** {@code /ask QUESTION}: a question, in groups too. Without a question, says how to ask. */
public final class AskCommand implements Command {
  private final QuestionAnswerer answerer;
  private final Sender sender;

  public AskCommand(QuestionAnswerer answerer, Sender sender) {
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
      sender.send(
          where
              .reply(where.text("ask.usage", "example", Html.escape(where.text("example.0"))))
              .build());
      return;
    }
    answerer.answer(where, args);
  }
}
