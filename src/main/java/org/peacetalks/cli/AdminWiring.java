package org.peacetalks.cli;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.peacetalks.admin.ArticleIntake;
import org.peacetalks.digest.ArticleLedger;
import org.peacetalks.digest.LedgerJournal;
import org.peacetalks.telegram.admin.AdminFeature;
import org.peacetalks.wording.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the bot's admin feature from the services: intake with its digest bookkeeping, reindexer,
 * figures.
 */
final class AdminWiring {
  private static final Logger log = LoggerFactory.getLogger(AdminWiring.class);

  private AdminWiring() {}

  /**
   * @param subscriptions subscribed chats for /stats, or {@link AdminFeature#SUBSCRIPTIONS_UNKNOWN}
   */
  static AdminFeature feature(Services services, IntSupplier subscriptions) {
    Clock clock = Clock.systemUTC();
    return feature(services, intake(services, clock), subscriptions, texts -> List.of(), clock);
  }

  /**
   * @param intake the bot's one intake (shared with the news feeds: one change at a time)
   * @param moreFigures lines other features add to /stats
   */
  static AdminFeature feature(
      Services services,
      ArticleIntake intake,
      IntSupplier subscriptions,
      Function<Texts, List<String>> moreFigures,
      Clock clock) {
    ArticleLedger ledger = services.ledger;
    return new AdminFeature(
        intake,
        services.reindexer,
        services.index,
        id -> {
          if (ledger != null) ledger.forget(id);
        },
        subscriptions,
        services.config.search().maxArticleBytes(),
        Main.version(),
        clock,
        moreFigures);
  }

  /**
   * Adds to the services' articles folder and index, journalled in the article ledger (which is
   * also how the digest learns of each article added). Finishes the adds a crash interrupted before
   * the bot handles any update.
   */
  static ArticleIntake intake(Services services, Clock clock) {
    ArticleLedger ledger = services.ledger;
    ArticleIntake intake =
        ledger == null
            ? new ArticleIntake(
                services.store, services.index, clock, added -> {}, services.reindexer.corpusLock())
            : new ArticleIntake(
                services.store,
                services.index,
                new LedgerJournal(ledger, services.index, clock),
                services.reindexer.corpusLock());
    try {
      intake.finishInterrupted();
    } catch (IOException | RuntimeException e) {
      log.error("Could not finish the /adds interrupted by the last stop: {}", e.toString());
    }
    return intake;
  }
}
