package org.peacetalks.cli;

import java.io.IOException;
import java.time.Clock;
import org.peacetalks.admin.ArticleIntake;
import org.peacetalks.config.BotConfig;
import org.peacetalks.digest.ArticleLedger;
import org.peacetalks.feeds.FeedPoller;
import org.peacetalks.feeds.FeedRegistry;
import org.peacetalks.feeds.FeedScheduler;
import org.peacetalks.feeds.FeedStore;
import org.peacetalks.feeds.FeedVerdict;
import org.peacetalks.feeds.PoliteFetcher;
import org.peacetalks.feeds.TopicFilter;
import org.peacetalks.feeds.TopicRelevance;

/**
 * The news feed reader built from the services: the feeds of the configuration brought into the
 * state database, one polite fetcher, the poller feeding the bot's one {@link ArticleIntake}, and
 * (for {@code run}) its scheduler. Closes the scheduler, then the fetcher.
 */
final class FeedWiring implements AutoCloseable {
  final FeedStore store;
  final PoliteFetcher fetcher;
  final FeedPoller poller;
  final FeedScheduler scheduler;
  final FeedRegistry registry;

  /** The bot's one intake, which the feeds add through (and the admin commands too). */
  final ArticleIntake intake;

  private FeedWiring(
      FeedStore store,
      PoliteFetcher fetcher,
      FeedPoller poller,
      FeedScheduler scheduler,
      FeedRegistry registry,
      ArticleIntake intake) {
    this.intake = intake;
    this.store = store;
    this.fetcher = fetcher;
    this.poller = poller;
    this.scheduler = scheduler;
    this.registry = registry;
  }

  /** Needs the state database ({@link Services#open}). */
  static FeedWiring open(Services services, ArticleIntake intake, Clock clock) throws IOException {
    BotConfig config = services.config;
    BotConfig.Feeds feeds = config.feeds();
    FeedStore store = new FeedStore(services.state);
    store.syncConfigured(feeds.sources(), clock.instant());
    PoliteFetcher fetcher =
        new PoliteFetcher(
            PoliteFetcher.Settings.defaults(
                Main.version(), config.search().maxArticleBytes(), feeds.allowPrivate()),
            clock);
    ArticleLedger ledger = services.ledger;
    FeedPoller poller =
        new FeedPoller(
            store,
            fetcher,
            services.store.parser(),
            intake,
            topicFilter(services),
            id -> {
              if (ledger != null) ledger.markNotNew(id);
            },
            feeds.pollInterval(),
            feeds.maxAge(),
            clock);
    FeedScheduler scheduler = new FeedScheduler(poller, feeds.pollInterval());
    return new FeedWiring(
        store,
        fetcher,
        poller,
        scheduler,
        new FeedRegistry(store, scheduler::pollSoon, clock),
        intake);
  }

  /**
   * The on-topic decision for new feed articles ({@link TopicRelevance}, with the embedding model
   * when the index has one, by words otherwise), kept from {@code feeds.relevance} up. The article
   * is scored once: an embedding is the costly part.
   */
  static TopicFilter topicFilter(Services services) {
    TopicRelevance relevance =
        new TopicRelevance(services.index.embedder(), services.config.feeds().relevance());
    return article -> {
      double score = relevance.score(article);
      return score >= relevance.threshold() ? FeedVerdict.keep(score) : FeedVerdict.skip(score);
    };
  }

  @Override
  public void close() {
    scheduler.close();
    fetcher.close();
  }
}
