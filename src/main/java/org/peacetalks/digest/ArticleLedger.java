package org.peacetalks.digest;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.peacetalks.search.ArticleSummary;
import org.peacetalks.storage.Micros;
import org.peacetalks.storage.Settings;
import org.peacetalks.storage.StateDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When each article entered the corpus and what its content hash is, in the state database's {@code
 * article} table (indexed by time added and by hash). This, not the index, decides what a digest
 * calls new: an article is recorded once, the first time it is seen after an index build or an
 * /add, and keeps that time through reindexing and restarts. Its hash is what /add compares a new
 * article with.
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

  private final StateDatabase db;

  public ArticleLedger(StateDatabase db) {
    this.db = Objects.requireNonNull(db, "db == null");
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
   * stored or refreshed for known articles too: what a rebuild indexed.
   */
  public List<String> recordIndexed(Map<String, String> hashById, Instant now) throws IOException {
    Objects.requireNonNull(now, "now == null");
    boolean[] first = new boolean[1];
    List<String> added =
        db.write(
            c -> {
              first[0] = Settings.get(c, Settings.LEDGER_STARTED) == null;
              if (first[0])
                Settings.put(c, Settings.LEDGER_STARTED, String.valueOf(Micros.of(now)));
              List<String> fresh = new ArrayList<>();
              try (PreparedStatement insert =
                      c.prepareStatement(
                          "INSERT OR IGNORE INTO article "
                              + "(id, added_at, initial, content_hash, state) VALUES (?, ?, ?, ?, 'indexed')");
                  PreparedStatement hash =
                      c.prepareStatement(
                          // an interrupted /add the rebuild found counts as added now, as finishAdd
                          // would
                          "UPDATE article SET content_hash = ?, added_at = CASE WHEN state = 'adding' THEN ? ELSE added_at END, "
                              + "state = 'indexed' WHERE id = ? AND (content_hash IS NOT ? OR state <> 'indexed')")) {
                for (Map.Entry<String, String> e : hashById.entrySet()) {
                  insert.setString(1, e.getKey());
                  insert.setLong(2, Micros.of(now));
                  insert.setInt(3, first[0] ? 1 : 0);
                  insert.setString(4, e.getValue());
                  if (insert.executeUpdate() == 1) {
                    fresh.add(e.getKey());
                  } else if (e.getValue() != null) {
                    hash.setString(1, e.getValue());
                    hash.setLong(2, Micros.of(now));
                    hash.setString(3, e.getKey());
                    hash.setString(4, e.getValue());
                    hash.executeUpdate();
                  }
                }
              }
              return fresh;
            });
    if (first[0]) {
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
    return db.write(
        c -> {
          try (PreparedStatement p = c.prepareStatement("DELETE FROM article WHERE id = ?")) {
            p.setString(1, articleId);
            return p.executeUpdate() == 1;
          }
        });
  }

  /**
   * Marks an article as never new for the digest, like the initial import: a feed item that was
   * already old when the bot first saw it is indexed, but no digest lists it.
   *
   * @return false when the article is not recorded
   */
  public boolean markNotNew(String articleId) throws IOException {
    return db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("UPDATE article SET initial = 1 WHERE id = ?")) {
            p.setString(1, articleId);
            return p.executeUpdate() == 1;
          }
        });
  }

  /** When the article was first seen, if recorded. */
  public Optional<Instant> addedAt(String articleId) throws IOException {
    return db.read(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("SELECT added_at FROM article WHERE id = ?")) {
            p.setString(1, articleId);
            try (ResultSet rs = p.executeQuery()) {
              return rs.next() ? Optional.of(Micros.toInstant(rs.getLong(1))) : Optional.empty();
            }
          }
        });
  }

  /** Whether the article came with the initial import (and is never listed as new). */
  public boolean isInitial(String articleId) throws IOException {
    return db.read(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("SELECT initial FROM article WHERE id = ?")) {
            p.setString(1, articleId);
            try (ResultSet rs = p.executeQuery()) {
              return rs.next() && rs.getInt(1) == 1;
            }
          }
        });
  }

  /** Whether the ledger has started (the first {@link #recordNew} has happened). */
  public boolean isStarted() throws IOException {
    return db.read(c -> Settings.get(c, Settings.LEDGER_STARTED) != null);
  }

  /**
   * The articles added (not initial, settled) in {@code (after, until]}, id → time added: a range
   * of the index on time added, whatever the size of the corpus.
   *
   * @param after exclusive lower bound
   * @param until inclusive upper bound
   */
  public Map<String, Instant> addedBetween(Instant after, Instant until) throws IOException {
    return db.read(
        c -> {
          Map<String, Instant> out = new TreeMap<>();
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT id, added_at FROM article WHERE initial = 0 "
                      + "AND added_at > ? AND added_at <= ? AND state = 'indexed'")) {
            p.setLong(1, Micros.of(after));
            p.setLong(2, Micros.of(until));
            try (ResultSet rs = p.executeQuery()) {
              while (rs.next()) out.put(rs.getString(1), Micros.toInstant(rs.getLong(2)));
            }
          }
          return out;
        });
  }

  /** The article with this content hash, settled or being added, if any: one index lookup. */
  public Optional<String> articleWithHash(String contentHash) throws IOException {
    return db.read(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("SELECT id FROM article WHERE content_hash = ? LIMIT 1")) {
            p.setString(1, contentHash);
            try (ResultSet rs = p.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
          }
        });
  }

  /**
   * Whether some article is recorded without its hash (imported from an earlier version and not
   * rebuilt since): then a duplicate check must also ask the index.
   */
  public boolean lacksHashes() throws IOException {
    return db.read(
        c -> {
          try (ResultSet rs =
              c.createStatement()
                  .executeQuery(
                      "SELECT EXISTS (SELECT 1 FROM article WHERE content_hash IS NULL)")) {
            return rs.next() && rs.getInt(1) == 1;
          }
        });
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
    db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT OR REPLACE INTO article "
                      + "(id, added_at, initial, content_hash, file_name, state) VALUES (?, ?, 0, ?, ?, 'adding')")) {
            p.setString(1, articleId);
            p.setLong(2, Micros.of(now));
            p.setString(3, contentHash);
            p.setString(4, fileName);
            p.executeUpdate();
          }
          return null;
        });
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
    db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE article SET state = 'indexed', added_at = ? WHERE id = ? AND state = 'adding'")) {
            p.setLong(1, Micros.of(now));
            p.setString(2, articleId);
            return p.executeUpdate();
          }
        });
  }

  /** Drops the journal row of an /add that did not happen. */
  public void abandonAdd(String articleId) throws IOException {
    db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("DELETE FROM article WHERE id = ? AND state = 'adding'")) {
            p.setString(1, articleId);
            return p.executeUpdate();
          }
        });
  }

  /** The /adds a crash or failure left unsettled (few: read from a partial index). */
  public List<PendingAdd> unfinishedAdds() throws IOException {
    return db.read(
        c -> {
          List<PendingAdd> out = new ArrayList<>();
          try (ResultSet rs =
              c.createStatement()
                  .executeQuery(
                      "SELECT id, content_hash, file_name, added_at FROM article WHERE state = 'adding' ORDER BY added_at")) {
            while (rs.next()) {
              out.add(
                  new PendingAdd(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      Micros.toInstant(rs.getLong(4))));
            }
          }
          return out;
        });
  }
}
