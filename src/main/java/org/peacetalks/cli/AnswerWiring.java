package org.peacetalks.cli;

import java.io.IOException;
import java.time.Instant;
import org.peacetalks.telegram.answer.AnswerExtras;
import org.peacetalks.telegram.answer.FeedbackSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the bot's answers draw on besides the index: the digest ledger's dates, the feedback store.
 */
final class AnswerWiring {
  private static final Logger log = LoggerFactory.getLogger(AnswerWiring.class);

  private AnswerWiring() {}

  static AnswerExtras extras(Services services) {
    return new AnswerExtras(FeedbackSink.NONE, articleId -> addedAt(services, articleId));
  }

  /** When an article entered the corpus, or {@code null} when unknown or unreadable. */
  static Instant addedAt(Services services, String articleId) {
    try {
      return services.ledger.addedAt(articleId).orElse(null);
    } catch (IOException e) {
      log.warn("Reading when article {} was added: {}", articleId, e.toString());
      return null; // the date is a courtesy: the answer goes out without it
    }
  }
}
