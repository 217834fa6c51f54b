package org.peacetalks.storage;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The {@code article} table, the article ledger: when each article entered the corpus (indexed by
 * {@code added_at}), its content hash (indexed), whether it came with the initial import, and the
 * state of an /add ({@code adding} until its index commit, then {@code indexed}). Also the {@code
 * setting} saying when the ledger started. Every change is one transaction touching only the rows
 * it names. What the rows mean for a digest is {@code digest.ArticleLedger}'s business.
 * Thread-safe; several processes may share the table.
 */
public final class ArticleTable {
  /**
   * What {@link #recordIndexed} did: {@code first} when it started the ledger (its rows are the
   * initial import), and the ids it inserted, in the order given.
   */
  public record Recorded(boolean first, List<String> inserted) {
    public Recorded {
      inserted = List.copyOf(inserted);
    }
  }

  /** A row in state {@code adding}: its article id, content hash, file name and time begun. */
  public record Adding(String articleId, String contentHash, String fileName, Instant addedAt) {}

  private final StateDatabase db;

  public ArticleTable(StateDatabase db) {
    this.db = Objects.requireNonNull(db, "db == null");
  }

  /**
   * In one transaction: starts the ledger at {@code now} if it has not started (then the rows
   * inserted are the initial import), inserts the articles not recorded as added at {@code now},
   * and for recorded ones refreshes a hash that differs (id → hash; a null hash leaves a row as it
   * is). A recorded row still {@code adding} (an /add interrupted before its commit, which the
   * rebuild indexed) becomes {@code indexed} as added at {@code now}.
   */
  public Recorded recordIndexed(Map<String, String> hashById, Instant now) throws IOException {
    Objects.requireNonNull(now, "now == null");
    return db.write(
        c -> {
          boolean first = Settings.get(c, Settings.LEDGER_STARTED) == null;
          if (first) Settings.put(c, Settings.LEDGER_STARTED, String.valueOf(Micros.of(now)));
          List<String> inserted = new ArrayList<>();
          try (PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT OR IGNORE INTO article "
                          + "(id, added_at, initial, content_hash, state) VALUES (?, ?, ?, ?, 'indexed')");
              PreparedStatement hash =
                  c.prepareStatement(
                      "UPDATE article SET content_hash = ?, added_at = CASE WHEN state = 'adding' THEN ? ELSE added_at END, "
                          + "state = 'indexed' WHERE id = ? AND (content_hash IS NOT ? OR state <> 'indexed')")) {
            for (Map.Entry<String, String> e : hashById.entrySet()) {
              insert.setString(1, e.getKey());
              insert.setLong(2, Micros.of(now));
              insert.setInt(3, first ? 1 : 0);
              insert.setString(4, e.getValue());
              if (insert.executeUpdate() == 1) {
                inserted.add(e.getKey());
              } else if (e.getValue() != null) {
                hash.setString(1, e.getValue());
                hash.setLong(2, Micros.of(now));
                hash.setString(3, e.getKey());
                hash.setString(4, e.getValue());
                hash.executeUpdate();
              }
            }
          }
          return new Recorded(first, inserted);
        });
  }

  /** Deletes an article's row; false when there was none. */
  public boolean delete(String articleId) throws IOException {
    return db.write(
        c -> {
          try (PreparedStatement p = c.prepareStatement("DELETE FROM article WHERE id = ?")) {
            p.setString(1, articleId);
            return p.executeUpdate() == 1;
          }
        });
  }

  /** Marks an article's row as initial; false when there is none. */
  public boolean markInitial(String articleId) throws IOException {
    return db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("UPDATE article SET initial = 1 WHERE id = ?")) {
            p.setString(1, articleId);
            return p.executeUpdate() == 1;
          }
        });
  }

  /** When the article was recorded as added, if it is. */
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

  /** Whether the article's row is marked initial (false when there is none). */
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

  /** Whether the ledger has started (the first {@link #recordIndexed} has happened). */
  public boolean isStarted() throws IOException {
    return db.read(c -> Settings.get(c, Settings.LEDGER_STARTED) != null);
  }

  /**
   * The rows not initial and {@code indexed} added in {@code (after, until]}, id → time added: a
   * range of the index on {@code added_at}, whatever the size of the table.
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

  /** The id of an article with this content hash, in any state, if any: one index lookup. */
  public Optional<String> idWithHash(String contentHash) throws IOException {
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

  /** Whether some row has no content hash. */
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
   * Writes an article's row in state {@code adding}, not initial, added at {@code now}, replacing
   * any row of that id.
   */
  public void putAdding(String articleId, String contentHash, String fileName, Instant now)
      throws IOException {
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

  /** Sets a row still {@code adding} to {@code indexed}, added at {@code now}. */
  public void settleAdding(String articleId, Instant now) throws IOException {
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

  /** Deletes an article's row if it is still {@code adding}. */
  public void deleteAdding(String articleId) throws IOException {
    db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("DELETE FROM article WHERE id = ? AND state = 'adding'")) {
            p.setString(1, articleId);
            return p.executeUpdate();
          }
        });
  }

  /** The rows in state {@code adding}, oldest first. */
  public List<Adding> adding() throws IOException {
    return db.read(
        c -> {
          List<Adding> out = new ArrayList<>();
          try (ResultSet rs =
              c.createStatement()
                  .executeQuery(
                      "SELECT id, content_hash, file_name, added_at FROM article WHERE state = 'adding' ORDER BY added_at")) {
            while (rs.next()) {
              out.add(
                  new Adding(
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
