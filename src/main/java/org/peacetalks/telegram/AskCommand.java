package org.peacetalks.telegram;

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
    return "Ask about the peace talks";
  }

  @Override
  public void handle(Conversation where, String args) throws Exception {
    if (args.isBlank()) {
      sender.send(where.reply("Put your question after the command, for example:\n/ask "
          + Html.escape(AnswerFormatter.EXAMPLES.get(0))).build());
      return;
    }
    answerer.answer(where, args);
  }
}
