package org.peacetalks.feeds;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peacetalks.storage.Micros;
import org.peacetalks.storage.StateDatabase;

/**
 * Feeds and the items seen in them, in the state database ({@code feed}, {@code feed_item}). Feeds
 * added in the chat are kept across restarts; feeds of the configuration are brought in step with
 * it at start. Thread-safe (the database serializes writes).
 */
public final class FeedStore {
  /** What became of an item. */
  public enum ItemStatus {
    TAKEN,
    SKIPPED,
    DUPLICATE,
    EMPTY
  }

  /** Items first seen since some time, by what became of them. */
  public record Counts(long taken, long skipped) {}

  private final StateDatabase db;

  public FeedStore(StateDatabase db) {
    this.db = Objects.requireNonNull(db, "db == null");
  }

  /** Every feed, in the order they were added (the numbers of /feeds). */
  public List<Feed> list() throws IOException {
    return db.read(
        c -> {
          List<Feed> out = new ArrayList<>();
          try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM feed ORDER BY id")) {
            while (rs.next()) out.add(feed(rs));
          }
          return out;
        });
  }

  public Optional<Feed> find(long id) throws IOException {
    return list().stream().filter(f -> f.id() == id).findFirst();
  }

  /**
   * Adds a feed unless its URL is there already.
   *
   * @param addedBy the chat that added it, or null for the configuration
   * @return the feed added, or empty when it was there
   */
  public Optional<Feed> add(String url, String name, Long addedBy, Instant now) throws IOException {
    boolean added =
        db.write(
            c -> {
              try (PreparedStatement p =
                  c.prepareStatement(
                      "INSERT OR IGNORE INTO feed (url, name, origin, added_by, added_at)"
                          + " VALUES (?, ?, ?, ?, ?)")) {
                p.setString(1, url);
                p.setString(2, name);
                p.setString(3, addedBy == null ? "config" : "chat");
                if (addedBy == null) p.setNull(4, Types.INTEGER);
                else p.setLong(4, addedBy);
                p.setLong(5, Micros.of(now));
                return p.executeUpdate() == 1;
              }
            });
    if (!added) return Optional.empty();
    return list().stream().filter(f -> f.url().equals(url)).findFirst();
  }

  /**
   * Brings the configured feeds in step: each is added (or its name updated), and a feed of an
   * earlier configuration that is no longer named is dropped. Feeds added in the chat stay.
   */
  public void syncConfigured(List<org.peacetalks.config.BotConfig.FeedSource> sources, Instant now)
      throws IOException {
    db.write(
        c -> {
          List<String> urls =
              sources.stream().map(org.peacetalks.config.BotConfig.FeedSource::url).toList();
          List<Long> gone = new ArrayList<>();
          try (ResultSet rs =
              c.createStatement()
                  .executeQuery("SELECT id, url FROM feed WHERE origin = 'config'")) {
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
            for (var s : sources) {
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

  /** Removes a feed; its items stay known, so they are not taken again if it comes back. */
  public boolean remove(long id) throws IOException {
    return db.write(
        c -> {
          try (PreparedStatement p = c.prepareStatement("DELETE FROM feed WHERE id = ?")) {
            p.setLong(1, id);
            return p.executeUpdate() == 1;
          }
        });
  }

  /** A fetch that worked: new validators, the error cleared, the backoff reset. */
  public void fetched(long feedId, String etag, String lastModified, String title, Instant now)
      throws IOException {
    db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE feed SET etag = ?, last_modified = ?, last_fetch_at = ?,"
                      + " last_ok_at = ?, last_error = NULL, failures = 0, backoff_until = NULL,"
                      + " name = CASE WHEN name IS NULL OR name = '' THEN ? ELSE name END WHERE id = ?")) {
            p.setString(1, etag);
            p.setString(2, lastModified);
            p.setLong(3, Micros.of(now));
            p.setLong(4, Micros.of(now));
            p.setString(5, title == null || title.isBlank() ? null : title);
            p.setLong(6, feedId);
            p.executeUpdate();
          }
          return null;
        });
  }

  /** A fetch that failed: the last good state stays; the error is shown and the feed waits. */
  public void failed(long feedId, String error, Instant backoffUntil, Instant now)
      throws IOException {
    db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE feed SET last_fetch_at = ?, last_error = ?,"
                      + " failures = failures + 1, backoff_until = ? WHERE id = ?")) {
            p.setLong(1, Micros.of(now));
            p.setString(2, error);
            p.setLong(3, Micros.of(backoffUntil));
            p.setLong(4, feedId);
            p.executeUpdate();
          }
          return null;
        });
  }

  /** Whether an item of this canonical URL was seen before. */
  public boolean seenUrl(String canonicalUrl) throws IOException {
    return exists("SELECT 1 FROM feed_item WHERE canonical_url = ?", canonicalUrl);
  }

  /** Whether an item with this text was seen before (under another URL). */
  public boolean seenText(String contentHash) throws IOException {
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

  /** Records an item once, counting a taken or skipped one against its feed. */
  public void recordItem(
      long feedId,
      String canonicalUrl,
      String contentHash,
      String articleId,
      ItemStatus status,
      Instant now)
      throws IOException {
    db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT OR IGNORE INTO feed_item"
                      + " (canonical_url, content_hash, feed_id, article_id, status, first_seen) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setString(1, canonicalUrl);
            p.setString(2, contentHash);
            p.setLong(3, feedId);
            p.setString(4, articleId);
            p.setString(5, status.name().toLowerCase(java.util.Locale.ROOT));
            p.setLong(6, Micros.of(now));
            if (p.executeUpdate() == 0) return null;
          }
          String column =
              status == ItemStatus.TAKEN
                  ? "taken"
                  : status == ItemStatus.SKIPPED ? "skipped" : null;
          if (column != null) {
            try (PreparedStatement p =
                c.prepareStatement(
                    "UPDATE feed SET " + column + " = " + column + " + 1 WHERE id = ?")) {
              p.setLong(1, feedId);
              p.executeUpdate();
            }
          }
          return null;
        });
  }

  /** Items taken and skipped that were first seen at or after {@code since}. */
  public Counts countSince(Instant since) throws IOException {
    return db.read(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT coalesce(sum(status = 'taken'), 0),"
                      + " coalesce(sum(status = 'skipped'), 0) FROM feed_item WHERE first_seen >= ?")) {
            p.setLong(1, Micros.of(since));
            try (ResultSet rs = p.executeQuery()) {
              rs.next();
              return new Counts(rs.getLong(1), rs.getLong(2));
            }
          }
        });
  }

  private static Feed feed(ResultSet rs) throws SQLException {
    return new Feed(
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
