package org.peacetalks.digest;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.peacetalks.search.ArticleSummary;
import org.peacetalks.storage.ArticleTable;
import org.peacetalks.storage.StateDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When each article entered the corpus and what its content hash is, in the state database's {@code
 * article} table ({@link ArticleTable}, indexed by time added and by hash). This, not the index,
 * decides what a digest calls new: an article is recorded once, the first time it is seen after an
 * index build or an /add, and keeps that time through reindexing and restarts. Its hash is what
 * /add compares a new article with.
 *
 * <p><b>The first run.</b> Until the ledger has started (a fresh install, or the data folder was
 * lost), the articles seen are recorded as the <em>initial import</em>: with the time they were
 * first seen, but marked so that no digest ever lists them. Otherwise the bundled corpus, or a
 * whole existing collection after an upgrade, would flood the first digests as "new". Only articles
 * that arrive after the ledger started appear in digests. Every rebuild records what it indexed
 * ({@link #recordNew}), which starts the ledger the first time.
 *
 * <p><b>Adding.</b> An /add is journalled here before its file is written ({@link #beginAdd}: state
 * {@code adding}) and settled after its index commit ({@link #finishAdd}); start-up finishes or
 * drops the few rows a crash left {@code adding} ({@link #unfinishedAdds}). Digests list only
 * settled rows.
 *
 * <p>Thread-safe; several processes (the bot, the {@code index} command) may share it.
 */
public final class ArticleLedger {
  private static final Logger log = LoggerFactory.getLogger(ArticleLedger.class);

  private final ArticleTable table;

  public ArticleLedger(StateDatabase db) {
    this.table = new ArticleTable(Objects.requireNonNull(db, "db == null"));
  }

  /** An /add journalled and not yet settled: its article id, content hash and file name. */
  public record PendingAdd(
      String articleId, String contentHash, String fileName, Instant addedAt) {}

  /**
   * Records the articles not seen before as added at {@code now}; known ones keep their time. On
   * the first run they are recorded as the initial import instead (see the class doc).
   *
   * @return the ids recorded as new (for a digest), in id order; empty on the first run
   */
  public List<String> recordNew(Collection<ArticleSummary> articles, Instant now)
      throws IOException {
    Map<String, String> ids = new LinkedHashMap<>();
    for (ArticleSummary a : articles) ids.put(a.id(), null);
    return recordIndexed(ids, now);
  }

  /**
   * As {@link #recordNew}, with each article's content hash (id → hash, hash may be null), which is
   * stored or refreshed for known articles too: what a rebuild indexed. An interrupted /add the
   * rebuild found counts as added now, as {@link #finishAdd} would.
   */
  public List<String> recordIndexed(Map<String, String> hashById, Instant now) throws IOException {
    ArticleTable.Recorded recorded = table.recordIndexed(hashById, now);
    List<String> added = recorded.inserted();
    if (recorded.first()) {
      log.info(
          "Article ledger started with {} articles as the initial import (not listed in digests)",
          added.size());
      return List.of();
    }
    if (!added.isEmpty())
      log.info(
          "New articles for the digest: {}",
          added.size() <= 20 ? added : added.size() + " articles");
    return added.stream().sorted().toList();
  }

  /**
   * Forgets an article (after /remove), so that adding it again later counts as new.
   *
   * @return false when it was not recorded
   */
  public boolean forget(String articleId) throws IOException {
    return table.delete(articleId);
  }

  /**
   * Marks an article as never new for the digest, like the initial import: a feed item that was
   * already old when the bot first saw it is indexed, but no digest lists it.
   *
   * @return false when the article is not recorded
   */
  public boolean markNotNew(String articleId) throws IOException {
    return table.markInitial(articleId);
  }

  /** When the article was first seen, if recorded. */
  public Optional<Instant> addedAt(String articleId) throws IOException {
    return table.addedAt(articleId);
  }

  /** Whether the article came with the initial import (and is never listed as new). */
  public boolean isInitial(String articleId) throws IOException {
    return table.isInitial(articleId);
  }

  /** Whether the ledger has started (the first {@link #recordNew} has happened). */
  public boolean isStarted() throws IOException {
    return table.isStarted();
  }

  /**
   * The articles added (not initial, settled) in {@code (after, until]}, id → time added: a range
   * of the index on time added, whatever the size of the corpus.
   *
   * @param after exclusive lower bound
   * @param until inclusive upper bound
   */
  public Map<String, Instant> addedBetween(Instant after, Instant until) throws IOException {
    return table.addedBetween(after, until);
  }

  /** The article with this content hash, settled or being added, if any: one index lookup. */
  public Optional<String> articleWithHash(String contentHash) throws IOException {
    return table.idWithHash(contentHash);
  }

  /**
   * Whether some article is recorded without its hash (imported from an earlier version and not
   * rebuilt since): then a duplicate check must also ask the index.
   */
  public boolean lacksHashes() throws IOException {
    return table.lacksHashes();
  }

  /**
   * Journals an /add before its file is written: the row is there, state {@code adding}, with the
   * time that will be its time added. Starts the ledger first if needed, with {@code indexedBefore}
   * as the initial import (so the new article alone is new).
   *
   * @throws IOException when the journal cannot be written: then nothing may be added
   */
  public void beginAdd(
      String articleId,
      String contentHash,
      String fileName,
      Instant now,
      IndexedArticles indexedBefore)
      throws IOException {
    if (!isStarted()) recordIndexed(indexedBefore.hashById(), now);
    table.putAdding(articleId, contentHash, fileName, now);
  }

  /** The articles indexed before the ledger started; asked for only on that first /add. */
  @FunctionalInterface
  public interface IndexedArticles {
    Map<String, String> hashById() throws IOException;
  }

  /**
   * Settles an /add whose index commit is done: from now on digests list it, as added at {@code
   * now} (not when it was begun: a digest round that ran in between, while it was unsettled, has
   * covered that moment already, and the article must fall into the next one).
   */
  public void finishAdd(String articleId, Instant now) throws IOException {
    table.settleAdding(articleId, now);
  }

  /** Drops the journal row of an /add that did not happen. */
  public void abandonAdd(String articleId) throws IOException {
    table.deleteAdding(articleId);
  }

  /** The /adds a crash or failure left unsettled (few: read from a partial index). */
  public List<PendingAdd> unfinishedAdds() throws IOException {
    return table.adding().stream()
        .map(a -> new PendingAdd(a.articleId(), a.contentHash(), a.fileName(), a.addedAt()))
        .toList();
  }
}
