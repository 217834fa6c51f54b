package org.peacetalks.storage;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The {@code subscription} table, one row per chat. Every change is one transaction touching only
 * the rows it names, committed before the method returns; when it fails, nothing of it stays.
 * Nothing is cached, so opening costs nothing however many chats there are. Thread-safe.
 */
public final class SubscriptionTable {
  private static final String COLUMNS =
      "chat_id, thread_id, send_time, subscribed_at, last_digest_date, last_digest_at, language";

  /**
   * One row as stored; {@code threadId}, {@code lastDigestDate}, {@code lastDigestAt} and {@code
   * language} may be null.
   */
  public record Row(
      long chatId,
      Integer threadId,
      LocalTime time,
      Instant subscribedAt,
      LocalDate lastDigestDate,
      Instant lastDigestAt,
      String language) {
    public Row {
      Objects.requireNonNull(time, "time == null");
      Objects.requireNonNull(subscribedAt, "subscribedAt == null");
    }

    Row withChat(long newChatId) {
      return new Row(
          newChatId, threadId, time, subscribedAt, lastDigestDate, lastDigestAt, language);
    }
  }

  /** A row before and after an {@link #upsert}; {@code before} is null when there was none. */
  public record Upserted(Row before, Row after) {}

  /**
   * The outcome of {@link #move}: the row now under the new id (null when neither id had one), and
   * whether the old id's row is the one that moved there.
   */
  public record Moved(Row now, boolean moved) {}

  private final StateDatabase db;

  public SubscriptionTable(StateDatabase db) {
    this.db = Objects.requireNonNull(db, "db == null");
  }

  /**
   * Reads a chat's row and replaces it with {@code change}'s result, in one transaction, so that
   * nothing written in between is lost.
   *
   * @param change given the stored row, or null when there is none; returns the row to store, under
   *     the same chat id
   */
  public Upserted upsert(long chatId, UnaryOperator<Row> change) throws IOException {
    return db.write(
        c -> {
          Row before = find(c, chatId);
          Row after = Objects.requireNonNull(change.apply(before), "row == null");
          if (after.chatId() != chatId)
            throw new IllegalArgumentException("chat id changed: " + chatId + " → " + after);
          put(c, after);
          return new Upserted(before, after);
        });
  }

  /** Deletes a chat's row; false when it had none. */
  public boolean delete(long chatId) throws IOException {
    return db.write(c -> delete(c, chatId));
  }

  /**
   * Moves a chat's row to a new chat id (a group upgraded to a supergroup), in one transaction.
   * When the new id has a row already, that one is kept and the old one deleted.
   */
  public Moved move(long oldChatId, long newChatId) throws IOException {
    return db.write(
        c -> {
          Row old = find(c, oldChatId);
          Row there = find(c, newChatId);
          if (old == null) return new Moved(there, false);
          delete(c, oldChatId);
          if (there != null) return new Moved(there, false);
          Row moved = old.withChat(newChatId);
          put(c, moved);
          return new Moved(moved, true);
        });
  }

  /**
   * Sets a chat's last digest day, and its last digest time when {@code sentAt} is not null (a null
   * leaves the time as it is). One row, one statement.
   *
   * @return false when the chat has no row
   */
  public boolean markDigest(long chatId, LocalDate day, Instant sentAt) throws IOException {
    Objects.requireNonNull(day, "day == null");
    return db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE subscription SET last_digest_date = ?, "
                      + "last_digest_at = coalesce(?, last_digest_at) WHERE chat_id = ?")) {
            p.setString(1, day.toString());
            if (sentAt != null) p.setLong(2, Micros.of(sentAt));
            else p.setNull(2, Types.INTEGER);
            p.setLong(3, chatId);
            return p.executeUpdate() == 1;
          }
        });
  }

  /**
   * Sets the last digest day of many chats in one transaction.
   *
   * @return the chats that have a row (and were set)
   */
  public Set<Long> claimDigests(Collection<Long> chatIds, LocalDate day) throws IOException {
    Objects.requireNonNull(day, "day == null");
    return db.write(
        c -> {
          Set<Long> claimed = new HashSet<>();
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE subscription SET last_digest_date = ? WHERE chat_id = ?")) {
            for (long chatId : chatIds) {
              p.setString(1, day.toString());
              p.setLong(2, chatId);
              if (p.executeUpdate() == 1) claimed.add(chatId);
            }
          }
          return claimed;
        });
  }

  /**
   * Sets the last digest day and time of many chats in one transaction (chat id → time); chats
   * without a row are left out.
   */
  public void recordDigestsSent(Map<Long, Instant> sentAtByChat, LocalDate day) throws IOException {
    Objects.requireNonNull(day, "day == null");
    db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE subscription SET last_digest_date = ?, last_digest_at = ? WHERE chat_id = ?")) {
            for (Map.Entry<Long, Instant> e : sentAtByChat.entrySet()) {
              p.setString(1, day.toString());
              p.setLong(2, Micros.of(e.getValue()));
              p.setLong(3, e.getKey());
              p.executeUpdate();
            }
          }
          return null;
        });
  }

  /**
   * Sets a chat's last digest day back to {@code previous} (null for none), only if it is still
   * {@code day}: a change made since is kept.
   */
  public void releaseDigest(long chatId, LocalDate day, LocalDate previous) throws IOException {
    Objects.requireNonNull(day, "day == null");
    db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE subscription SET last_digest_date = ? WHERE chat_id = ? AND last_digest_date = ?")) {
            if (previous != null) p.setString(1, previous.toString());
            else p.setNull(1, Types.VARCHAR);
            p.setLong(2, chatId);
            p.setString(3, day.toString());
            return p.executeUpdate();
          }
        });
  }

  /** A chat's row, if any. */
  public Optional<Row> find(long chatId) throws IOException {
    return Optional.ofNullable(db.read(c -> find(c, chatId)));
  }

  /** Every row, by chat id. */
  public List<Row> all() throws IOException {
    return db.read(c -> list(c, "SELECT " + COLUMNS + " FROM subscription ORDER BY chat_id", null));
  }

  /** The rows whose last digest day is not {@code day} (or none), by chat id. */
  public List<Row> unsettledOn(LocalDate day) throws IOException {
    return db.read(
        c ->
            list(
                c,
                "SELECT "
                    + COLUMNS
                    + " FROM subscription "
                    + "WHERE last_digest_date IS NULL OR last_digest_date <> ? ORDER BY chat_id",
                day.toString()));
  }

  public int count() throws IOException {
    return db.read(
        c -> {
          try (ResultSet rs =
              c.createStatement().executeQuery("SELECT count(*) FROM subscription")) {
            return rs.next() ? rs.getInt(1) : 0;
          }
        });
  }

  private static Row find(Connection c, long chatId) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT " + COLUMNS + " FROM subscription WHERE chat_id = ?")) {
      p.setLong(1, chatId);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? row(rs) : null;
      }
    }
  }

  private static List<Row> list(Connection c, String sql, String param) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      if (param != null) p.setString(1, param);
      List<Row> out = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) out.add(row(rs));
      }
      return out;
    }
  }

  private static void put(Connection c, Row s) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT OR REPLACE INTO subscription (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      p.setLong(1, s.chatId());
      if (s.threadId() != null) p.setInt(2, s.threadId());
      else p.setNull(2, Types.INTEGER);
      p.setString(3, s.time().toString());
      p.setLong(4, Micros.of(s.subscribedAt()));
      if (s.lastDigestDate() != null) p.setString(5, s.lastDigestDate().toString());
      else p.setNull(5, Types.VARCHAR);
      if (s.lastDigestAt() != null) p.setLong(6, Micros.of(s.lastDigestAt()));
      else p.setNull(6, Types.INTEGER);
      p.setString(7, s.language());
      p.executeUpdate();
    }
  }

  private static boolean delete(Connection c, long chatId) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("DELETE FROM subscription WHERE chat_id = ?")) {
      p.setLong(1, chatId);
      return p.executeUpdate() == 1;
    }
  }

  private static Row row(ResultSet rs) throws SQLException {
    long chat = rs.getLong(1);
    int thread = rs.getInt(2);
    Integer threadId = rs.wasNull() ? null : thread;
    LocalTime time = LocalTime.parse(rs.getString(3));
    Instant subscribedAt = Micros.toInstant(rs.getLong(4));
    String day = rs.getString(5);
    long at = rs.getLong(6);
    Instant lastAt = rs.wasNull() ? null : Micros.toInstant(at);
    return new Row(
        chat,
        threadId,
        time,
        subscribedAt,
        day == null ? null : LocalDate.parse(day),
        lastAt,
        rs.getString(7));
  }
}
