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
    return new AdminFeature(intake(services, clock), services.reindexer, services.index,
        id -> {
          if (ledger != null) ledger.forget(id);
        },
        subscriptions, services.config.search().maxArticleBytes(), version(), clock);
  }

  /** Adds to the services' articles folder and index; each article added is recorded for the digest. */
  static ArticleIntake intake(Services services, Clock clock) {
    return new ArticleIntake(services.store, services.index, clock, added -> recordAdded(services, added, clock),
        services.reindexer.corpusLock());
  }

  /**
   * The digest learns of an /add. A ledger not started yet would take its first entries as the
   * initial import (never in a digest), so it is first started with the articles indexed before.
   * If the ledger cannot be written, the article stays added and the next rebuild records it.
   */
  private static void recordAdded(Services services, ArticleSummary added, Clock clock) {
    ArticleLedger ledger = services.ledger;
    if (ledger == null) return;
    try {
      if (!ledger.isStarted()) {
        List<ArticleSummary> before = services.index.articles().stream().filter(a -> !a.id().equals(added.id())).toList();
        ledger.recordNew(before, clock.instant());
      }
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
