package org.peacetalks.telegram;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.peacetalks.corpus.Paragraph;
import org.peacetalks.search.Answer;
import org.peacetalks.search.Passage;
import org.peacetalks.search.PassageSearcher;
import org.peacetalks.search.SearchIndex;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Button presses under answers: "More results" edits the message to the next page; "Context"
 * sends the paragraphs around a passage. Every press is answered (the spinner stops), an
 * expired one with a friendly note. Thread-safe.
 */
final class CallbackHandler {
  static final String EXPIRED = "This button has expired. Please ask your question again.";
  static final String NO_MORE = "That's all I found in the articles.";

  private final PassageSearcher searcher;
  private final SearchIndex index;
  private final AnswerFormatter formatter;
  private final ButtonStates states;
  private final Sender sender;

  CallbackHandler(PassageSearcher searcher, SearchIndex index, AnswerFormatter formatter, ButtonStates states, Sender sender) {
    this.searcher = searcher;
    this.index = index;
    this.formatter = formatter;
    this.states = states;
    this.sender = sender;
  }

  void handle(CallbackQuery query) throws IOException {
    String toast = null;
    try {
      toast = press(query);
    } finally {
      AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer = AnswerCallbackQuery.builder().callbackQueryId(query.getId());
      if (toast != null) answer.text(toast);
      sender.execute(answer.build());
    }
  }

  /** Does what the button says; returns the note to show, or {@code null}. */
  private String press(CallbackQuery query) throws IOException {
    AnswerKeyboard.Press press = AnswerKeyboard.Press.parse(query.getData());
    MaybeInaccessibleMessage message = query.getMessage();
    if (press == null || message == null) return EXPIRED;
    Optional<ButtonStates.Entry> found = states.get(press.key());
    if (found.isEmpty()) return EXPIRED;
    ButtonStates.Entry entry = found.get();
    return press.action() == AnswerKeyboard.Press.MORE
        ? more(press.key(), entry, message)
        : context(entry, press.rank(), message);
  }

  private String more(String key, ButtonStates.Entry entry, MaybeInaccessibleMessage message) throws IOException {
    int n = searcher.defaultPassages();
    int from;
    Answer page;
    synchronized (entry) {
      from = entry.shownCount();
      page = searcher.answer(entry.question, from, n);
      if (page.passages().isEmpty()) return NO_MORE;
      entry.addPage(page.passages());
    }
    List<Passage> passages = page.passages();
    String text = formatter.morePage(entry.question, passages, from + 1, from + passages.size());
    EditMessageText edit = EditMessageText.builder()
        .chatId(message.getChatId())
        .messageId(message.getMessageId())
        .text(text)
        .parseMode("HTML")
        .disableWebPagePreview(true)
        .replyMarkup(AnswerKeyboard.of(key, passages, passages.size() == n))
        .build();
    sender.edit(edit);
    return null;
  }

  private String context(ButtonStates.Entry entry, int rank, MaybeInaccessibleMessage message) throws IOException {
    Optional<Passage> passage = entry.byRank(rank);
    if (passage.isEmpty()) return EXPIRED;
    Passage p = passage.get();
    List<Paragraph> around = index.paragraphs(p.articleId(), Math.max(1, p.paragraph() - 1), p.paragraph() + 1);
    if (around.isEmpty()) return "That article is no longer in the index.";
    Integer thread = message instanceof Message m && m.isTopicMessage() ? m.getMessageThreadId() : null;
    Conversation where = new Conversation(message.getChatId(), thread, message.getMessageId(), 0, message.isUserMessage());
    sender.send(where.reply(formatter.context(p, around)).build());
    return null;
  }
}
