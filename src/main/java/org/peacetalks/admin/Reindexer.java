package org.peacetalks.admin;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.ArticleFeed;
import org.peacetalks.corpus.ArticleStore;
import org.peacetalks.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the index from the articles folder. One rebuild at a time; questions keep being answered
 * from the previous commit while it runs, and a failed rebuild leaves that commit serving.
 * Thread-safe.
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

    /**
     * As {@link #rebuilt(SearchIndex, Instant)}, told each article indexed with its content hash
     * (id → hash), as the rebuild saw them: no need to read them back from the index.
     */
    default void rebuilt(SearchIndex index, Map<String, String> hashById, Instant at)
        throws IOException {
      rebuilt(index, at);
    }
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
      Map<String, String> hashById = new LinkedHashMap<>();
      try (ArticleFeed feed = store.feed()) { // parses ahead while the index takes each article
        index.rebuild(noting(feed, hashById));
        report =
            new ReindexReport(
                feed.articleCount(),
                feed.paragraphCount(),
                feed.skipped(),
                Duration.between(start, clock.instant()));
      }
      last = report;
      lastAt = clock.instant();
      log.info(
          "Reindexed {} articles, {} paragraphs, {} files skipped, in {} ms",
          report.articles(),
          report.paragraphs(),
          report.skipped().size(),
          report.took().toMillis());
      try {
        afterRebuild.rebuilt(index, hashById, lastAt);
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

  /** The articles of {@code feed}, each noted in {@code hashById} as the index takes it. */
  private static Iterable<Article> noting(Iterable<Article> feed, Map<String, String> hashById) {
    return () -> {
      Iterator<Article> it = feed.iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public Article next() {
          Article a = it.next();
          hashById.put(a.id(), a.contentHash());
          return a;
        }
      };
    };
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
