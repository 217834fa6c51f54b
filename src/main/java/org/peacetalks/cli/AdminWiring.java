package org.peacetalks.cli;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.function.IntSupplier;
import org.peacetalks.admin.ArticleIntake;
import org.peacetalks.digest.ArticleLedger;
import org.peacetalks.search.ArticleSummary;
import org.peacetalks.telegram.AdminFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the bot's admin feature from the services: intake with its digest bookkeeping, reindexer, figures. */
final class AdminWiring {
  private static final Logger log = LoggerFactory.getLogger(AdminWiring.class);

  private AdminWiring() {}

  /** @param subscriptions subscribed chats for /stats, or {@link AdminFeature#SUBSCRIPTIONS_UNKNOWN} */
  static AdminFeature feature(Services services, IntSupplier subscriptions) {
    Clock clock = Clock.systemUTC();
    ArticleLedger ledger = services.ledger;
    ArticleIntake intake = new ArticleIntake(services.store, services.index, clock,
        added -> recordAdded(ledger, added, clock));
    return new AdminFeature(intake, services.reindexer, services.index,
        id -> {
          if (ledger != null) ledger.forget(id);
        },
        subscriptions, services.config.search().maxArticleBytes(), version(), clock);
  }

  /** The digest learns of an /add; if its file cannot be written, the article stays added and the next rebuild records it. */
  private static void recordAdded(ArticleLedger ledger, ArticleSummary added, Clock clock) {
    if (ledger == null) return;
    try {
      ledger.recordNew(List.of(added), clock.instant());
    } catch (IOException | RuntimeException e) {
      log.warn("Added article {}, but the digest ledger could not record it: {}", added.id(), e.toString());
    }
  }

  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "development build" : v;
  }
}
