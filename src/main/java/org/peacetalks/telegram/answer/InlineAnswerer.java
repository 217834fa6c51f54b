package org.peacetalks.telegram.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.peacetalks.search.Answer;
import org.peacetalks.search.Passage;
import org.peacetalks.search.PassageSearcher;
import org.peacetalks.search.PassageSource;
import org.peacetalks.search.QuestionLanguage;
import org.peacetalks.telegram.Html;
import org.peacetalks.telegram.Sender;
import org.peacetalks.wording.Texts;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultsButton;

/**
 * Inline mode: {@code @Bot question} offers the top passages as articles to post, each titled by
 * its outlet and date and described by its answering sentence; posting one sends that passage
 * answer first. A query too short to search shows a hint button that opens the bot's chat. The
 * frame is in the question's language when it is Ukrainian or Russian, else in the user's Telegram
 * language (an inline query belongs to no chat). Thread-safe.
 */
public final class InlineAnswerer {
  static final int RESULTS = 5;
  static final int MIN_QUERY = 3;
  public static final String HINT = hint(Texts.english());
  private static final int CACHE_SECONDS = 60;

  private final PassageSearcher searcher;
  private final AnswerFormatter formatter;
  private final Sender sender;

  public InlineAnswerer(PassageSearcher searcher, AnswerFormatter formatter, Sender sender) {
    this.searcher = searcher;
    this.formatter = formatter;
    this.sender = sender;
  }

  public void handle(InlineQuery query) throws IOException {
    String q = query.getQuery() == null ? "" : query.getQuery().strip();
    Texts user =
        Texts.forLanguage(
            Texts.languageOf(query.getFrom() == null ? null : query.getFrom().getLanguageCode()));
    List<InlineQueryResult> results = new ArrayList<>();
    if (q.length() >= MIN_QUERY) {
      Answer answer = searcher.answer(q, 0, RESULTS);
      Texts texts =
          answer.language() == QuestionLanguage.ENGLISH
              ? user
              : Texts.forLanguage(answer.language().code());
      List<Passage> strong =
          answer.passages().isEmpty()
              ? List.of()
              : PagingFloor.DEFAULT.keep(answer.passages(), answer.passages().get(0).score());
      for (Passage p : formatter.shownOrder(strong)) {
        results.add(
            InlineQueryResultArticle.builder()
                .id(String.valueOf(p.rank()))
                .title(Html.cut(title(p, texts), 100))
                .description(Html.cut(p.answerSentence().text(), 150))
                .inputMessageContent(
                    InputTextMessageContent.builder()
                        .messageText(formatter.inlinePassage(q, p, texts))
                        .parseMode("HTML")
                        .disableWebPagePreview(true)
                        .build())
                .build());
      }
      if (results.isEmpty()) {
        results.add(
            InlineQueryResultArticle.builder()
                .id("none")
                .title(texts.get("inline.nothingTitle"))
                .description(
                    texts.get("inline.nothingDescription", "example", texts.get("example.0")))
                .inputMessageContent(
                    InputTextMessageContent.builder()
                        .messageText(formatter.noAnswer(answer, texts))
                        .parseMode("HTML")
                        .build())
                .build());
      }
    }
    AnswerInlineQuery.AnswerInlineQueryBuilder<?, ?> reply =
        AnswerInlineQuery.builder()
            .inlineQueryId(query.getId())
            .results(results)
            .cacheTime(CACHE_SECONDS);
    if (q.length() < MIN_QUERY) {
      reply.button(
          InlineQueryResultsButton.builder().text(hint(user)).startParameter("help").build());
    }
    sender.execute(reply.build());
  }

  private static String hint(Texts texts) {
    return texts.get("inline.hint", "example", texts.get("example.0"));
  }

  /** "Outlet · 3 Dec 2025", or the headline where the article names no outlet. */
  private String title(Passage p, Texts texts) {
    PassageSource src = formatter.source(p);
    String name = src.outlet() != null ? src.outlet() : src.headline();
    String date = formatter.dateLabel(src, texts);
    return date == null ? name : Html.cut(name, 70) + " · " + date;
  }
}
