package org.peacetalks.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The index's commit lifecycle: one {@link IndexWriter}, opened at the first change and kept open
 * until {@link #close()}, and the {@link SearcherManager} over the commits it makes.
 *
 * <p>Every change is committed before {@link #change} returns, so a change reported done survives a
 * kill; a change that fails is rolled back and the last commit stays the index. Searchers see
 * commits only (they are opened from the directory, not from the writer), so everything read
 * through one searcher belongs to one commit. Keeping the writer open spares each one-article
 * change the writer's start-up and its wait at close for merges; the cost is that the index's write
 * lock is held by the process that last changed it (another process's rebuild is refused with a
 * message saying so). Writes are serialised; searches run concurrently. Thread-safe.
 */
final class IndexCommits implements AutoCloseable {
  /** Merges of one-article changes stay below this size, leaving the rebuild's segments alone. */
  private static final double SMALL_MERGE_MB = 32;

  private final Directory directory;
  private final Path path;
  private final Analyzer analyzer;
  private final SearcherManager searchers;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final MergePolicy fullMerges = new TieredMergePolicy();
  private final MergePolicy smallMerges =
      new TieredMergePolicy().setMaxMergedSegmentMB(SMALL_MERGE_MB);

  /**
   * Open from the first change on; null after a rollback until the next. Guarded by {@link
   * #writeLock}.
   */
  private IndexWriter writer;

  interface Change {
    void apply(IndexWriter writer) throws IOException;
  }

  /**
   * @param firstCommit stamps the empty first commit of a new index (so searchers can open)
   */
  IndexCommits(Directory directory, Path path, Analyzer analyzer, Change firstCommit)
      throws IOException {
    this.directory = directory;
    this.path = path;
    this.analyzer = analyzer;
    if (!DirectoryReader.indexExists(directory)) commit(firstCommit, false);
    this.searchers = new SearcherManager(directory, null);
  }

  Directory directory() {
    return directory;
  }

  /**
   * Applies {@code change} and commits it; searchers see it when this returns.
   *
   * @param small a change of one article: merges only among small segments, so that an /add never
   *     pays for a merge of the rebuild's large segments (rebuilding their vector graphs takes
   *     seconds at 100,000 paragraphs); the next rebuild compacts everything anyway
   */
  void change(Change change, boolean small) throws IOException {
    writeLock.lock();
    try {
      commit(change, small);
      searchers.maybeRefreshBlocking();
    } finally {
      writeLock.unlock();
    }
  }

  private void commit(Change change, boolean small) throws IOException {
    IndexWriter w = writer();
    w.getConfig().setMergePolicy(small ? smallMerges : fullMerges);
    try {
      change.apply(w);
      w.commit();
    } catch (IOException | RuntimeException | Error e) {
      writer = null;
      w.rollback(); // closes the writer; the last commit stays the index
      throw e;
    }
  }

  private IndexWriter writer() throws IOException {
    if (writer != null && writer.isOpen()) return writer;
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setCommitOnClose(false);
    config.setMergePolicy(fullMerges);
    try {
      writer = new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      throw new IOException(
          "the index"
              + (path == null ? "" : " at " + path)
              + " is locked by another process (is the bot running? use /reindex there)",
          e);
    }
    return writer;
  }

  /** Runs {@code work} on a searcher of the latest commit. */
  <T> T withSearcher(SearchIndex.SearcherWork<T> work) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return work.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Closes the writer (nothing uncommitted is left: every change commits), the searchers and the
   * directory. Waits a while for a change in progress to commit or roll back first.
   */
  @Override
  public void close() throws IOException {
    boolean locked = false;
    try {
      locked = writeLock.tryLock(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      if (writer != null) writer.close();
    } finally {
      try {
        searchers.close();
      } finally {
        directory.close();
        if (locked) writeLock.unlock();
      }
    }
  }
}
