package org.peacetalks.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The index's commit lifecycle: one {@link IndexWriter}, opened at the first change and kept open
 * until {@link #close()}, and the searchers over the commits it makes.
 *
 * <p>Every change is committed before {@link #change} returns, so a change reported done survives a
 * kill; a change that fails is rolled back and the last commit stays the index. Searchers see
 * commits only: they are refreshed once per change, after its commit and under the same lock, so
 * nothing uncommitted is ever there to see. Once the writer is open, the refresh opens the reader
 * from the writer rather than from the directory: the same committed documents, but the writer's
 * segment readers are shared instead of opened again (at 100,000 paragraphs a refresh from the
 * directory cost about ten times as much, most of an /add's refresh). A merge that the writer
 * finishes in the background between the commit and the refresh may show up as one segment in place
 * of several, holding the same documents. Keeping the writer open spares each one-article change
 * the writer's start-up and its wait at close for merges; the cost is that the index's write lock
 * is held by the process that last changed it (another process's rebuild is refused with a message
 * saying so). Writes are serialised; searches run concurrently. Thread-safe.
 */
final class IndexCommits implements AutoCloseable {
  /**
   * Merges of one-article changes stay below this size, leaving the rebuild's segments alone. A
   * rebuild flushes a segment each time the writer's buffer fills, so its segments are just under
   * the buffer's size (15.99 MB of 16): the merge policy takes segments up to half its largest
   * merge, so that largest merge must stay well below twice the buffer, or the first /add after a
   * rebuild sets off merges of the rebuild's segments (at 100,000 paragraphs, tens of seconds of
   * vector-graph building on several threads, beside each /add that follows). A quarter of the
   * buffer leaves them alone: an /add's segment (about 80 KB for 20 paragraphs) merges with others
   * up to 2 MB.
   */
  static final double SMALL_MERGE_MB = IndexWriterConfig.DEFAULT_RAM_BUFFER_SIZE_MB / 4;

  private final Directory directory;
  private final Path path;
  private final Analyzer analyzer;
  private final CommitSearchers searchers;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final MergePolicy fullMerges = new TieredMergePolicy();
  private final MergePolicy smallMerges =
      new TieredMergePolicy().setMaxMergedSegmentMB(SMALL_MERGE_MB);

  /**
   * Open from the first change on; null after a rollback until the next. Guarded by {@link
   * #writeLock}.
   */
  private IndexWriter writer;

  /** The user data of the last commit made here; guarded by {@link #writeLock}. */
  private Map<String, String> committedData;

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
    this.searchers = new CommitSearchers();
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
      committedData = committedData(w);
    } catch (IOException | RuntimeException | Error e) {
      writer = null;
      w.rollback(); // closes the writer; the last commit stays the index
      throw e;
    }
  }

  /**
   * The user data of the commit {@code w} has just made: what it was told to commit, or when it was
   * told nothing, what the commit file says.
   */
  private Map<String, String> committedData(IndexWriter w) throws IOException {
    Iterable<Map.Entry<String, String>> live = w.getLiveCommitData();
    if (live == null) return SegmentInfos.readLatestCommit(directory).getUserData();
    Map<String, String> out = new HashMap<>();
    for (Map.Entry<String, String> e : live) out.put(e.getKey(), e.getValue());
    return Map.copyOf(out);
  }

  private IndexWriter writer() throws IOException {
    if (writer != null && writer.isOpen()) return writer;
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setCommitOnClose(false);
    config.setMergePolicy(fullMerges);
    // A commit would otherwise wait up to half a second for the merges of small segments it sets
    // off (Lucene's merge-on-commit): an /add after every tenth or so paid for merging the segments
    // of the ones before. They run in the background instead, and the next change commits them.
    config.setMaxFullFlushMergeWaitMillis(0);
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
   * A searcher with the user data of the commit it reads. A reader opened from the writer reports
   * the user data the writer was opened with, not that of the commits made since, so it is kept
   * here.
   */
  static final class CommitSearcher extends IndexSearcher {
    private final Map<String, String> commitData;

    private CommitSearcher(DirectoryReader reader, Map<String, String> commitData)
        throws IOException {
      super(reader);
      this.commitData = commitData != null ? commitData : reader.getIndexCommit().getUserData();
    }

    Map<String, String> commitData() {
      return commitData;
    }
  }

  /**
   * The searchers, refreshed only by {@link #change} under its lock: from the directory until a
   * writer is open, from the writer after.
   */
  private final class CommitSearchers extends ReferenceManager<IndexSearcher> {
    CommitSearchers() throws IOException {
      current = new CommitSearcher(DirectoryReader.open(directory), null);
    }

    @Override
    protected IndexSearcher refreshIfNeeded(IndexSearcher old) throws IOException {
      DirectoryReader reader = (DirectoryReader) old.getIndexReader();
      IndexWriter w = writer;
      boolean fromWriter = w != null && w.isOpen();
      DirectoryReader fresh =
          fromWriter
              ? DirectoryReader.openIfChanged(reader, w, true)
              : DirectoryReader.openIfChanged(reader);
      return fresh == null ? null : new CommitSearcher(fresh, fromWriter ? committedData : null);
    }

    @Override
    protected boolean tryIncRef(IndexSearcher s) {
      return s.getIndexReader().tryIncRef();
    }

    @Override
    protected void decRef(IndexSearcher s) throws IOException {
      s.getIndexReader().decRef();
    }

    @Override
    protected int getRefCount(IndexSearcher s) {
      return s.getIndexReader().getRefCount();
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
