package org.peacetalks.telegram.answer;

import java.io.IOException;
import java.util.List;
import org.peacetalks.search.Answer;
import org.peacetalks.search.Passage;
import org.peacetalks.search.PassageSearcher;
import org.peacetalks.search.QuestionLanguage;
import org.peacetalks.telegram.ChatLanguages;
import org.peacetalks.telegram.Conversation;
import org.peacetalks.telegram.Html;
import org.peacetalks.telegram.QuestionStats;
import org.peacetalks.telegram.Sender;
import org.peacetalks.wording.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/**
 * Answers one question in a conversation: flood check, search, HTML with buttons, send. Shared by
 * private-chat text, {@code /ask} and follow-up replies. Thread-safe.
 */
public final class QuestionAnswerer {
  private static final Logger log = LoggerFactory.getLogger(QuestionAnswerer.class);

  private final PassageSearcher searcher;
  private final AnswerFormatter formatter;
  private final ButtonStates states;
  private final FloodControl flood;
  private final Sender sender;
  private final QuestionStats stats;
  private final FeedbackSink feedback;
  private final ChatLanguages languages;

  /**
   * @param stats counts every question answered (with passages or with "nothing about that")
   * @param feedback told of every question that found nothing in the articles
   * @param languages tells whether a chat chose its language (then answers are framed in it)
   */
  public QuestionAnswerer(
      PassageSearcher searcher,
      AnswerFormatter formatter,
      ButtonStates states,
      FloodControl flood,
      Sender sender,
      QuestionStats stats,
      FeedbackSink feedback,
      ChatLanguages languages) {
    this.languages = languages;
    this.stats = stats;
    this.feedback = feedback;
    this.searcher = searcher;
    this.formatter = formatter;
    this.states = states;
    this.flood = flood;
    this.sender = sender;
  }

  int pageSize() {
    return searcher.defaultPassages();
  }

  public void answer(Conversation where, String question) throws IOException {
    answer(where, question, false);
  }

  /**
   * @param showQuestion repeat the question above the answer (it was tapped on a button, so the
   *     chat does not show it)
   */
  public void answer(Conversation where, String question, boolean showQuestion) throws IOException {
    switch (flood.check(where.userId())) {
      case IGNORE -> {
        log.debug("Ignoring a question of user {}: over the limit and told so", where.userId());
        return;
      }
      case WARN -> {
        sender.send(
            where
                .reply(
                    Html.escape(
                        AnswerFormatter.slowDown(flood.window().toSeconds(), where.texts())))
                .build());
        return;
      }
      case ALLOW -> {}
    }
    int n = pageSize();
    // One passage more than a page tells whether "More" has anything to show.
    Answer found = searcher.answer(question, 0, n + 1);
    stats.answered();
    if (found.noAnswer()) {
      // Small talk and typing slips are no gap in the corpus; a question that found nothing is.
      if (found.reason() == Answer.Reason.NOTHING_FOUND)
        feedback.noAnswer(where.chatId(), found.question());
      sender.send(where.reply(formatter.noAnswer(found, where.texts())).build());
      return;
    }
    Texts texts = frame(where, found.language());
    List<Passage> kept =
        PagingFloor.DEFAULT.keep(found.passages(), found.passages().get(0).score());
    boolean more = kept.size() > n;
    Answer answer =
        new Answer(
            found.question(),
            found.status(),
            more ? kept.subList(0, n) : kept,
            null,
            found.language());
    String key =
        states.put(answer.question(), where.chatId(), answer.passages(), showQuestion, texts);
    SendMessage message =
        where
            .reply(formatter.answer(answer, showQuestion, texts))
            .replyMarkup(AnswerKeyboard.of(key, answer.passages(), 0, more, texts))
            .build();
    sender.send(message);
  }

  /**
   * The language of an answer's frame: the chat's when it chose one with /language; else the
   * asker's, which a Ukrainian or Russian question shows better than the chat's default.
   */
  private Texts frame(Conversation where, QuestionLanguage asked) {
    if (asked == QuestionLanguage.ENGLISH || languages.chosen(where.chatId()).isPresent())
      return where.texts();
    return Texts.forLanguage(asked.code());
  }
}
