package org.peacetalks.telegram.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.peacetalks.search.Answer;
import org.peacetalks.search.Passage;
import org.peacetalks.search.PassageSearcher;
import org.peacetalks.search.PassageSource;
import org.peacetalks.telegram.Html;
import org.peacetalks.telegram.Sender;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultsButton;

/**
 * Inline mode: {@code @Bot question} offers the top passages as articles to post, each titled by
 * its outlet and date and described by its answering sentence; posting one sends that passage
 * answer first. A query too short to search shows a hint button that opens the bot's chat.
 * Thread-safe.
 */
public final class InlineAnswerer {
  static final int RESULTS = 5;
  static final int MIN_QUERY = 3;
  public static final String HINT = "Type a question, e.g. " + AnswerFormatter.EXAMPLES.get(0);
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
    List<InlineQueryResult> results = new ArrayList<>();
    if (q.length() >= MIN_QUERY) {
      Answer answer = searcher.answer(q, 0, RESULTS);
      List<Passage> strong = answer.passages().isEmpty() ? List.of()
          : PagingFloor.DEFAULT.keep(answer.passages(), answer.passages().get(0).score());
      for (Passage p : formatter.shownOrder(strong)) {
        results.add(InlineQueryResultArticle.builder()
            .id(String.valueOf(p.rank()))
            .title(Html.cut(title(p), 100))
            .description(Html.cut(p.answerSentence().text(), 150))
            .inputMessageContent(InputTextMessageContent.builder()
                .messageText(formatter.inlinePassage(q, p))
                .parseMode("HTML")
                .disableWebPagePreview(true)
                .build())
            .build());
      }
      if (results.isEmpty()) {
        results.add(InlineQueryResultArticle.builder()
            .id("none")
            .title("Nothing in the articles about that")
            .description("Try: " + AnswerFormatter.EXAMPLES.get(0))
            .inputMessageContent(InputTextMessageContent.builder()
                .messageText(formatter.noAnswer(answer))
                .parseMode("HTML")
                .build())
            .build());
      }
    }
    AnswerInlineQuery.AnswerInlineQueryBuilder<?, ?> reply = AnswerInlineQuery.builder()
        .inlineQueryId(query.getId())
        .results(results)
        .cacheTime(CACHE_SECONDS);
    if (q.length() < MIN_QUERY) {
      reply.button(InlineQueryResultsButton.builder().text(HINT).startParameter("help").build());
    }
    sender.execute(reply.build());
  }

  /** "Outlet · 3 Dec 2025", or the headline where the article names no outlet. */
  private String title(Passage p) {
    PassageSource src = formatter.source(p);
    String name = src.outlet() != null ? src.outlet() : src.headline();
    String date = src.dateLabel(formatter.clock());
    return date == null ? name : Html.cut(name, 70) + " · " + date;
  }
}
