package org.peacetalks.admin;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.peacetalks.corpus.ArticleFeed;
import org.peacetalks.corpus.ArticleStore;
import org.peacetalks.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the index from the articles folder. One rebuild at a time; questions keep being
 * answered from the previous commit while it runs, and a failed rebuild leaves that commit
 * serving. Thread-safe.
 */
public final class Reindexer {
  private static final Logger log = LoggerFactory.getLogger(Reindexer.class);

  private final ArticleStore store;
  private final SearchIndex index;
  private final Clock clock;
  private final AfterRebuild afterRebuild;
  private final AtomicBoolean running = new AtomicBoolean();
  private final ReentrantLock corpusLock = new ReentrantLock();
  private volatile ReindexReport last;
  private volatile Instant lastAt;

  public Reindexer(ArticleStore store, SearchIndex index, Clock clock) {
    this(store, index, clock, (i, at) -> {});
  }

  /**
   * @param afterRebuild runs after each successful rebuild, e.g. to record newly seen articles in
   *     the digest's ledger; its failure is logged and does not fail the rebuild
   */
  public Reindexer(ArticleStore store, SearchIndex index, Clock clock, AfterRebuild afterRebuild) {
    this.store = store;
    this.index = index;
    this.clock = clock;
    this.afterRebuild = afterRebuild;
  }

  /** Work that follows a committed rebuild. */
  @FunctionalInterface
  public interface AfterRebuild {
    void rebuilt(SearchIndex index, Instant at) throws IOException;
  }

  /**
   * Reads every article and replaces the index with them.
   *
   * @throws ReindexInProgressException when another rebuild is running
   * @throws IOException when the folder cannot be listed or the index cannot be written; the
   *     previous index keeps serving
   */
  public ReindexReport rebuild() throws IOException, ReindexInProgressException {
    if (!running.compareAndSet(false, true)) throw new ReindexInProgressException();
    corpusLock.lock();
    try {
      Instant start = clock.instant();
      ReindexReport report;
      try (ArticleFeed feed = store.feed()) { // parses ahead while the index takes each article
        index.rebuild(feed);
        report = new ReindexReport(feed.articleCount(), feed.paragraphCount(), feed.skipped(),
            Duration.between(start, clock.instant()));
      }
      last = report;
      lastAt = clock.instant();
      log.info("Reindexed {} articles, {} paragraphs, {} files skipped, in {} ms",
          report.articles(), report.paragraphs(), report.skipped().size(), report.took().toMillis());
      try {
        afterRebuild.rebuilt(index, lastAt);
      } catch (IOException | RuntimeException e) {
        // The index is committed and serving; only the follow-up (the digest ledger) lags.
        log.error("After reindexing: {}", e.getMessage(), e);
      }
      return report;
    } finally {
      corpusLock.unlock();
      running.set(false);
    }
  }

  /**
   * Held by a rebuild from reading the folder to its commit; an /add or /remove that took it
   * meanwhile would be undone by the rebuild, so they take it too (see {@link ArticleIntake}).
   */
  public Lock corpusLock() {
    return corpusLock;
  }

  public boolean isRunning() {
    return running.get();
  }

  /** The last successful rebuild in this process, or {@code null}. */
  public ReindexReport lastReport() {
    return last;
  }

  /** When the last successful rebuild in this process finished, or {@code null}. */
  public Instant lastReindexAt() {
    return lastAt;
  }
}
