package org.peacetalks.storage;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code feed} table (one row per news feed, with its validators and health) and {@code
 * feed_item} (every item seen once, by canonical URL, with the hash of its text). Every change is
 * one transaction touching only the rows it names, committed before the method returns; when it
 * fails, nothing of it stays. A feed's {@code taken} and {@code skipped} counts are kept with its
 * items: recording an item of that status adds one in the same transaction. Which feeds to keep and
 * what an item's fate is are {@code feeds.FeedStore}'s and the poller's business. Thread-safe.
 */
public final class FeedTable {
  private static final String COLUMNS =
      "id, url, name, origin, etag, last_modified, last_fetch_at, last_ok_at, last_error,"
          + " failures, backoff_until, taken, skipped";

  /**
   * One {@code feed} row as stored; everything but {@code id} and {@code url} may be null (the
   * counts are zero until an item is recorded).
   *
   * @param fromConfig origin {@code config} (the configuration) rather than {@code chat}
   */
  public record Row(
      long id,
      String url,
      String name,
      boolean fromConfig,
      String etag,
      String lastModified,
      Instant lastFetchAt,
      Instant lastOkAt,
      String lastError,
      int failures,
      Instant backoffUntil,
      long taken,
      long skipped) {
    public Row {
      Objects.requireNonNull(url, "url == null");
    }
  }

  /** A feed as the configuration names it; {@code name} may be null. */
  public record Configured(String url, String name) {
    public Configured {
      Objects.requireNonNull(url, "url == null");
    }
  }

  /** What became of an item, as the {@code status} column holds it. */
  public enum ItemStatus {
    /** Indexed as an article; counted in the feed's {@code taken}. */
    TAKEN,
    /** Judged off topic; counted in the feed's {@code skipped}. */
    SKIPPED,
    DUPLICATE,
    EMPTY;

    String stored() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Items recorded since some time, by status. */
  public record ItemCounts(long taken, long skipped) {}

  private final StateDatabase db;

  public FeedTable(StateDatabase db) {
    this.db = Objects.requireNonNull(db, "db == null");
  }

  /** Every feed row, by id (the order feeds were added in). */
  public List<Row> all() throws IOException {
    return db.read(
        c -> {
          List<Row> out = new ArrayList<>();
          try (PreparedStatement p =
                  c.prepareStatement("SELECT " + COLUMNS + " FROM feed ORDER BY id");
              ResultSet rs = p.executeQuery()) {
            while (rs.next()) out.add(row(rs));
          }
          return out;
        });
  }

  /** A feed's row, if any. */
  public Optional<Row> find(long id) throws IOException {
    return Optional.ofNullable(
        db.read(
            c -> {
              try (PreparedStatement p =
                  c.prepareStatement("SELECT " + COLUMNS + " FROM feed WHERE id = ?")) {
                p.setLong(1, id);
                return one(p);
              }
            }));
  }

  /**
   * Inserts a feed unless a row has its URL already, and reads back the row inserted, in one
   * transaction.
   *
   * @param addedBy the chat that added it, or null
   * @return the row inserted, or empty when the URL was there
   */
  public Optional<Row> insert(
      String url, String name, boolean fromConfig, Long addedBy, Instant addedAt)
      throws IOException {
    Objects.requireNonNull(url, "url == null");
    Objects.requireNonNull(addedAt, "addedAt == null");
    return Optional.ofNullable(
        db.write(
            c -> {
              try (PreparedStatement p =
                  c.prepareStatement(
                      "INSERT OR IGNORE INTO feed (url, name, origin, added_by, added_at)"
                          + " VALUES (?, ?, ?, ?, ?)")) {
                p.setString(1, url);
                p.setString(2, name);
                p.setString(3, fromConfig ? "config" : "chat");
                if (addedBy == null) p.setNull(4, Types.INTEGER);
                else p.setLong(4, addedBy);
                p.setLong(5, Micros.of(addedAt));
                if (p.executeUpdate() == 0) return null;
              }
              return byUrl(c, url);
            }));
  }

  /**
   * In one transaction, makes the configuration's rows those of {@code configured}: a row of the
   * configuration whose URL is not named is deleted, a URL not there is inserted as the
   * configuration's, and a name given replaces the stored one (a null name keeps it). Rows added in
   * a chat stay as they are, also when the configuration names their URL.
   */
  public void syncConfigured(List<Configured> configured, Instant now) throws IOException {
    Objects.requireNonNull(now, "now == null");
    List<Configured> sources = List.copyOf(configured);
    db.write(
        c -> {
          List<String> urls = sources.stream().map(Configured::url).toList();
          List<Long> gone = new ArrayList<>();
          try (PreparedStatement p =
                  c.prepareStatement("SELECT id, url FROM feed WHERE origin = 'config'");
              ResultSet rs = p.executeQuery()) {
            while (rs.next()) if (!urls.contains(rs.getString(2))) gone.add(rs.getLong(1));
          }
          try (PreparedStatement p = c.prepareStatement("DELETE FROM feed WHERE id = ?")) {
            for (long id : gone) {
              p.setLong(1, id);
              p.executeUpdate();
            }
          }
          try (PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT OR IGNORE INTO feed (url, name, origin, added_at)"
                          + " VALUES (?, ?, 'config', ?)");
              PreparedStatement name =
                  c.prepareStatement("UPDATE feed SET name = coalesce(?, name) WHERE url = ?")) {
            for (Configured s : sources) {
              insert.setString(1, s.url());
              insert.setString(2, s.name());
              insert.setLong(3, Micros.of(now));
              insert.executeUpdate();
              name.setString(1, s.name());
              name.setString(2, s.url());
              name.executeUpdate();
            }
          }
          return null;
        });
  }

  /** Deletes a feed's row; its items stay, no longer tied to a feed. False when it had none. */
  public boolean delete(long id) throws IOException {
    return db.write(
        c -> {
          try (PreparedStatement p = c.prepareStatement("DELETE FROM feed WHERE id = ?")) {
            p.setLong(1, id);
            return p.executeUpdate() == 1;
          }
        });
  }

  /**
   * Records a fetch that worked: the validators given, {@code now} as the last attempt and the last
   * success, the error, failures and backoff cleared, and {@code title} as the name when the row
   * has none (a null title leaves it).
   */
  public void recordFetched(long id, String etag, String lastModified, String title, Instant now)
      throws IOException {
    Objects.requireNonNull(now, "now == null");
    db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE feed SET etag = ?, last_modified = ?, last_fetch_at = ?,"
                      + " last_ok_at = ?, last_error = NULL, failures = 0, backoff_until = NULL,"
                      + " name = CASE WHEN name IS NULL OR name = '' THEN ? ELSE name END"
                      + " WHERE id = ?")) {
            p.setString(1, etag);
            p.setString(2, lastModified);
            p.setLong(3, Micros.of(now));
            p.setLong(4, Micros.of(now));
            p.setString(5, title);
            p.setLong(6, id);
            p.executeUpdate();
          }
          return null;
        });
  }

  /**
   * Records a fetch that failed: {@code now} as the last attempt, the error, one failure more and
   * the backoff; the validators and the last success stay.
   */
  public void recordFailed(long id, String error, Instant backoffUntil, Instant now)
      throws IOException {
    Objects.requireNonNull(backoffUntil, "backoffUntil == null");
    Objects.requireNonNull(now, "now == null");
    db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE feed SET last_fetch_at = ?, last_error = ?,"
                      + " failures = failures + 1, backoff_until = ? WHERE id = ?")) {
            p.setLong(1, Micros.of(now));
            p.setString(2, error);
            p.setLong(3, Micros.of(backoffUntil));
            p.setLong(4, id);
            p.executeUpdate();
          }
          return null;
        });
  }

  /** Whether an item of this canonical URL is recorded (a lookup by the primary key). */
  public boolean hasItemAt(String canonicalUrl) throws IOException {
    return exists("SELECT 1 FROM feed_item WHERE canonical_url = ?", canonicalUrl);
  }

  /** Whether an item with this content hash is recorded (a lookup in its index). */
  public boolean hasItemWithHash(String contentHash) throws IOException {
    return exists("SELECT 1 FROM feed_item WHERE content_hash = ?", contentHash);
  }

  private boolean exists(String sql, String value) throws IOException {
    return db.read(
        c -> {
          try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, value);
            try (ResultSet rs = p.executeQuery()) {
              return rs.next();
            }
          }
        });
  }

  /**
   * An item to record.
   *
   * @param contentHash null when the item had no text
   * @param articleId the article it was indexed as, or null
   */
  public record NewItem(
      long feedId,
      String canonicalUrl,
      String contentHash,
      String articleId,
      ItemStatus status,
      Instant firstSeen) {
    public NewItem {
      Objects.requireNonNull(canonicalUrl, "canonicalUrl == null");
      Objects.requireNonNull(status, "status == null");
      Objects.requireNonNull(firstSeen, "firstSeen == null");
    }
  }

  /**
   * Inserts an item unless its canonical URL is recorded, and for a {@link ItemStatus#TAKEN} or
   * {@link ItemStatus#SKIPPED} one adds one to its feed's count, in one transaction.
   *
   * @param contentHash null when the item had no text
   * @param articleId the article it was indexed as, or null
   * @return false when the URL was recorded already (nothing changed)
   */
  public boolean insertItem(
      long feedId,
      String canonicalUrl,
      String contentHash,
      String articleId,
      ItemStatus status,
      Instant firstSeen)
      throws IOException {
    return insertItems(
            List.of(new NewItem(feedId, canonicalUrl, contentHash, articleId, status, firstSeen)))
        == 1;
  }

  /**
   * Inserts each item as {@link #insertItem} does, each with its feed's count, all in one
   * transaction: a batch of a poll costs one commit instead of one per item, and when it fails none
   * of it stays.
   *
   * @return how many were inserted (an item whose URL was recorded already changes nothing)
   */
  public int insertItems(List<NewItem> items) throws IOException {
    if (items.isEmpty()) return 0;
    List<NewItem> batch = List.copyOf(items);
    return db.write(
        c -> {
          int inserted = 0;
          try (PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT OR IGNORE INTO feed_item (canonical_url, content_hash, feed_id,"
                          + " article_id, status, first_seen) VALUES (?, ?, ?, ?, ?, ?)");
              PreparedStatement taken =
                  c.prepareStatement("UPDATE feed SET taken = taken + 1 WHERE id = ?");
              PreparedStatement skipped =
                  c.prepareStatement("UPDATE feed SET skipped = skipped + 1 WHERE id = ?")) {
            for (NewItem item : batch) {
              insert.setString(1, item.canonicalUrl());
              insert.setString(2, item.contentHash());
              insert.setLong(3, item.feedId());
              insert.setString(4, item.articleId());
              insert.setString(5, item.status().stored());
              insert.setLong(6, Micros.of(item.firstSeen()));
              if (insert.executeUpdate() == 0) continue;
              inserted++;
              PreparedStatement count =
                  switch (item.status()) {
                    case TAKEN -> taken;
                    case SKIPPED -> skipped;
                    case DUPLICATE, EMPTY -> null;
                  };
              if (count != null) {
                count.setLong(1, item.feedId());
                count.executeUpdate();
              }
            }
          }
          return inserted;
        });
  }

  /** Items taken and skipped first seen at or after {@code since}, of every feed, gone or not. */
  public ItemCounts countItemsSince(Instant since) throws IOException {
    Objects.requireNonNull(since, "since == null");
    return db.read(
        c -> {
          Map<String, Long> byStatus = new HashMap<>();
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT status, count(*) FROM feed_item WHERE first_seen >= ? GROUP BY status")) {
            p.setLong(1, Micros.of(since));
            try (ResultSet rs = p.executeQuery()) {
              while (rs.next()) byStatus.put(rs.getString(1), rs.getLong(2));
            }
          }
          return new ItemCounts(
              byStatus.getOrDefault(ItemStatus.TAKEN.stored(), 0L),
              byStatus.getOrDefault(ItemStatus.SKIPPED.stored(), 0L));
        });
  }

  private static Row byUrl(Connection c, String url) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT " + COLUMNS + " FROM feed WHERE url = ?")) {
      p.setString(1, url);
      return one(p);
    }
  }

  private static Row one(PreparedStatement p) throws SQLException {
    try (ResultSet rs = p.executeQuery()) {
      return rs.next() ? row(rs) : null;
    }
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(
        rs.getLong("id"),
        rs.getString("url"),
        rs.getString("name"),
        "config".equals(rs.getString("origin")),
        rs.getString("etag"),
        rs.getString("last_modified"),
        instant(rs, "last_fetch_at"),
        instant(rs, "last_ok_at"),
        rs.getString("last_error"),
        rs.getInt("failures"),
        instant(rs, "backoff_until"),
        rs.getLong("taken"),
        rs.getLong("skipped"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : Micros.toInstant(v);
  }
}
