package org.peacetalks.telegram.answer;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.peacetalks.corpus.Paragraph;
import org.peacetalks.search.Answer;
import org.peacetalks.search.Passage;
import org.peacetalks.search.PassageSearcher;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.telegram.ChatLanguages;
import org.peacetalks.telegram.Conversation;
import org.peacetalks.telegram.LanguageCommand;
import org.peacetalks.telegram.Sender;
import org.peacetalks.wording.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * Button presses under answers, each editing the answer in place: "More ▶" and "◀ Back" page
 * through the passages (More only while the next page has a relevant one); "Context of N" shows the
 * paragraphs around a passage with a way back; 👍 / 👎 go to the {@link FeedbackSink}. An example
 * question under /start is asked. A button works only in the chat it was made for. Every press is
 * answered (the spinner stops), an expired one with a friendly note. Thread-safe.
 */
public final class CallbackHandler {
  private static final Logger log = LoggerFactory.getLogger(CallbackHandler.class);
  public static final String EXPIRED = Texts.english().get("callback.expired");
  public static final String NO_MORE = Texts.english().get("callback.noMore");
  public static final String THANKS = Texts.english().get("callback.thanks");

  private final PassageSearcher searcher;
  private final SearchIndex index;
  private final AnswerFormatter formatter;
  private final ButtonStates states;
  private final Sender sender;
  private final QuestionAnswerer questions;
  private final FeedbackSink feedback;
  private final ChatLanguages languages;
  private final LanguageCommand languageChoice;

  /**
   * @param questions asks the example questions under /start; {@code null}: those buttons expire
   * @param feedback where votes go
   * @param languages the language of each chat, for notes and the example questions
   * @param languageChoice sets a chat's language from the buttons under /language; {@code null}:
   *     they expire
   */
  public CallbackHandler(
      PassageSearcher searcher,
      SearchIndex index,
      AnswerFormatter formatter,
      ButtonStates states,
      Sender sender,
      QuestionAnswerer questions,
      FeedbackSink feedback,
      ChatLanguages languages,
      LanguageCommand languageChoice) {
    this.languages = languages;
    this.languageChoice = languageChoice;
    this.searcher = searcher;
    this.index = index;
    this.formatter = formatter;
    this.states = states;
    this.sender = sender;
    this.questions = questions;
    this.feedback = feedback;
  }

  public void handle(CallbackQuery query) throws IOException {
    String toast = null;
    try {
      toast = press(query);
    } finally {
      AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer =
          AnswerCallbackQuery.builder().callbackQueryId(query.getId());
      if (toast != null) answer.text(toast);
      sender.execute(answer.build());
    }
  }

  /** Does what the button says; returns the note to show, or {@code null}. */
  private String press(CallbackQuery query) throws IOException {
    AnswerKeyboard.Press press = AnswerKeyboard.Press.parse(query.getData());
    MaybeInaccessibleMessage message = query.getMessage();
    Texts texts = message == null ? Texts.english() : conversation(query, message).texts();
    if (press == null || message == null) return texts.get("callback.expired");
    if (press.action() == AnswerKeyboard.Press.EXAMPLE)
      return example(query, press.number(), message);
    if (press.action() == AnswerKeyboard.Press.LANGUAGE) {
      if (languageChoice == null) return texts.get("callback.expired");
      languageChoice.choose(conversation(query, message), press.key());
      return null;
    }
    Optional<ButtonStates.Entry> found = states.get(press.key(), message.getChatId());
    if (found.isEmpty()) {
      if (states.get(press.key()).isPresent()) {
        log.warn(
            "Refused a button of another chat pressed in chat {} by user {}",
            message.getChatId(),
            query.getFrom() == null ? 0 : query.getFrom().getId());
      }
      return texts.get("callback.expired");
    }
    ButtonStates.Entry entry = found.get();
    return switch (press.action()) {
      case AnswerKeyboard.Press.PAGE -> page(press.key(), entry, press.number(), message);
      case AnswerKeyboard.Press.CONTEXT -> context(press.key(), entry, press.number(), message);
      default -> vote(entry, press.number() > 0 ? FeedbackSink.Vote.UP : FeedbackSink.Vote.DOWN);
    };
  }

  /** Where a button was pressed, by whom, in the chat's language. */
  private Conversation conversation(CallbackQuery query, MaybeInaccessibleMessage message) {
    Integer thread =
        message instanceof Message m && m.isTopicMessage() ? m.getMessageThreadId() : null;
    long user = query.getFrom() != null ? query.getFrom().getId() : message.getChatId();
    String code = query.getFrom() != null ? query.getFrom().getLanguageCode() : null;
    boolean privateChat = message.isUserMessage();
    return new Conversation(
        message.getChatId(),
        thread,
        null,
        user,
        privateChat,
        null,
        languages.of(message.getChatId(), privateChat, code),
        code);
  }

  private String example(CallbackQuery query, int n, MaybeInaccessibleMessage message)
      throws IOException {
    Conversation where = conversation(query, message);
    if (questions == null || n < 0 || n >= AnswerFormatter.EXAMPLE_COUNT)
      return where.text("callback.expired");
    questions.answer(where, where.text("example." + n), true);
    return null;
  }

  private String page(
      String key, ButtonStates.Entry entry, int page, MaybeInaccessibleMessage message)
      throws IOException {
    int n = searcher.defaultPassages();
    long offset = (long) page * n;
    if (offset > 10_000) return entry.texts.get("callback.noMore");
    // One more than a page: whether "More" leads anywhere. The searcher stops at the last
    // relevant passage, by the same rule as for the first page.
    Answer found = searcher.answer(entry.question, (int) offset, n + 1);
    double best = entry.byRank(1).map(Passage::score).orElse(0.0);
    List<Passage> kept = PagingFloor.DEFAULT.keep(found.passages(), best);
    if (kept.isEmpty()) return entry.texts.get(page == 0 ? "callback.expired" : "callback.noMore");
    boolean more = kept.size() > n;
    List<Passage> shown = more ? kept.subList(0, n) : kept;
    entry.record(shown);
    String text =
        page == 0
            ? formatter.answer(
                new Answer(entry.question, Answer.Status.ANSWERED, shown, null),
                entry.showQuestion,
                entry.texts)
            : formatter.page(
                entry.question, shown, (int) offset + 1, (int) offset + shown.size(), entry.texts);
    edit(message, text, AnswerKeyboard.of(key, shown, page, more, entry.texts));
    return null;
  }

  private String context(
      String key, ButtonStates.Entry entry, int rank, MaybeInaccessibleMessage message)
      throws IOException {
    Optional<Passage> passage = entry.byRank(rank);
    if (passage.isEmpty()) return entry.texts.get("callback.expired");
    Passage p = passage.get();
    List<Paragraph> around =
        index.paragraphs(p.articleId(), Math.max(1, p.paragraph() - 1), p.paragraph() + 1);
    if (around.isEmpty()) return entry.texts.get("callback.articleGone");
    int page = (rank - 1) / searcher.defaultPassages();
    edit(
        message,
        formatter.context(p, around, entry.texts),
        AnswerKeyboard.backTo(key, page, entry.texts));
    return null;
  }

  private String vote(ButtonStates.Entry entry, FeedbackSink.Vote vote) {
    feedback.record(entry.chatId, entry.question, entry.shown(), vote);
    return entry.texts.get("callback.thanks");
  }

  private void edit(MaybeInaccessibleMessage message, String html, InlineKeyboardMarkup keyboard) {
    sender.edit(
        EditMessageText.builder()
            .chatId(message.getChatId())
            .messageId(message.getMessageId())
            .text(html)
            .parseMode("HTML")
            .disableWebPagePreview(true)
            .replyMarkup(keyboard)
            .build());
  }
}
