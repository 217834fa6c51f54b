package org.peacetalks.telegram;

import java.io.IOException;
import org.peacetalks.search.Answer;
import org.peacetalks.search.PassageSearcher;
import org.peacetalks.storage.FeedbackRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/**
 * Answers one question in a conversation: flood check, search, HTML with buttons, send. Shared
 * by private-chat text, {@code /ask} and follow-up replies. Thread-safe.
 */
final class QuestionAnswerer {
  private static final Logger log = LoggerFactory.getLogger(QuestionAnswerer.class);

  private final PassageSearcher searcher;
  private final AnswerFormatter formatter;
  private final ButtonStates states;
  private final FloodControl flood;
  private final Sender sender;
  private final QuestionStats stats;
  private final FeedbackRepository feedback;

  QuestionAnswerer(PassageSearcher searcher, AnswerFormatter formatter, ButtonStates states, FloodControl flood, Sender sender) {
    this(searcher, formatter, states, flood, sender, QuestionStats.inMemory(java.time.Clock.systemUTC()), null);
  }

  /**
   * @param stats counts every question answered (with passages or with "nothing about that")
   * @param feedback records the questions with no answer, for admins; null: not recorded
   */
  QuestionAnswerer(PassageSearcher searcher, AnswerFormatter formatter, ButtonStates states, FloodControl flood,
      Sender sender, QuestionStats stats, FeedbackRepository feedback) {
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

  void answer(Conversation where, String question) throws IOException {
    switch (flood.check(where.userId())) {
      case IGNORE -> {
        log.debug("Ignoring a question of user {}: over the limit and told so", where.userId());
        return;
      }
      case WARN -> {
        sender.send(where.reply(Html.escape(AnswerFormatter.slowDown(flood.window().toSeconds()))).build());
        return;
      }
      case ALLOW -> { }
    }
    int n = pageSize();
    Answer answer = searcher.answer(question, 0, n);
    stats.answered();
    if (answer.noAnswer()) {
      sender.send(where.reply(formatter.noAnswer(answer)).build());
      recordNoAnswer(where, question);
      return;
    }
    String key = states.put(answer.question(), where.chatId(), answer.passages());
    SendMessage message = where.reply(formatter.answer(answer))
        .replyMarkup(AnswerKeyboard.of(key, answer.passages(), answer.passages().size() == n))
        .build();
    sender.send(message);
  }

  /** A question the articles had nothing about is worth an admin's look; losing one only logs. */
  private void recordNoAnswer(Conversation where, String question) {
    if (feedback == null) return;
    try {
      feedback.recordNoAnswer(where.chatId(), question);
    } catch (IOException | RuntimeException e) {
      log.warn("Could not record the unanswered question of chat {}: {}", where.chatId(), e.toString());
    }
  }
}
