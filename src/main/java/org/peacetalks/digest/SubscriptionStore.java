package org.peacetalks.digest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
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
import org.peacetalks.storage.Micros;
import org.peacetalks.storage.StateDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscriptions, by chat id, in the state database's {@code subscription} table. Every change
 * is one transaction touching only its chat's row, committed before the method returns; when it
 * fails the change did not happen. Nothing is held in memory, so opening costs nothing however many
 * chats there are. Thread-safe.
 */
public final class SubscriptionStore {
  private static final Logger log = LoggerFactory.getLogger(SubscriptionStore.class);
  private static final String COLUMNS =
      "chat_id, thread_id, send_time, subscribed_at, last_digest_date, last_digest_at, language";

  private final StateDatabase db;
  private final Clock clock;

  private SubscriptionStore(StateDatabase db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** The subscriptions of the state database. */
  public static SubscriptionStore open(StateDatabase db, Clock clock) {
    return new SubscriptionStore(
        Objects.requireNonNull(db, "db == null"), Objects.requireNonNull(clock, "clock == null"));
  }

  /**
   * Subscribes a chat at {@code time}, or changes an existing subscription's time and topic
   * (keeping its digest history, so the change does not cause a second digest that day).
   *
   * @param messageThreadId the forum topic /subscribe was sent in, or {@code null}
   * @return the subscription as stored
   */
  public Subscription subscribe(long chatId, Integer messageThreadId, LocalTime time)
      throws IOException {
    return subscribe(chatId, messageThreadId, time, null);
  }

  /**
   * As {@link #subscribe(long, Integer, LocalTime)}, with the language the digest is written in.
   *
   * @param language {@code uk}, {@code ru} or {@code en}; {@code null} keeps the one stored
   */
  public Subscription subscribe(
      long chatId, Integer messageThreadId, LocalTime time, String language) throws IOException {
    Objects.requireNonNull(time, "time == null");
    Instant now = clock.instant();
    Subscription[] old = new Subscription[1];
    Subscription stored =
        db.write(
            c -> {
              old[0] = find(c, chatId);
              Subscription s =
                  old[0] == null
                      ? new Subscription(chatId, messageThreadId, time, now, null, null, language)
                      : old[0].withSchedule(messageThreadId, time);
              if (language != null) s = s.withLanguage(language);
              put(c, s);
              return s;
            });
    log.info(
        "Chat {} {} to the digest at {}",
        chatId,
        old[0] == null ? "subscribed" : "changed its subscription",
        time);
    return stored;
  }

  /** Ends a chat's subscription at its request; false when it had none. */
  public boolean unsubscribe(long chatId) throws IOException {
    return remove(chatId, "unsubscribed");
  }

  /**
   * Drops a chat's subscription because the chat is gone for the bot (blocked, kicked, deleted, bot
   * removed); false when it had none.
   *
   * @param reason for the log, e.g. Telegram's error description
   */
  public boolean remove(long chatId, String reason) throws IOException {
    boolean removed = db.write(c -> delete(c, chatId));
    if (removed) log.info("Chat {} removed from the digest: {}", chatId, reason);
    return removed;
  }

  /**
   * Moves a subscription to the chat's new id (a group upgraded to a supergroup). When the new id
   * already has a subscription, that one is kept and the old one dropped.
   *
   * @return the subscription now under {@code newChatId}, or empty when {@code oldChatId} had none
   */
  public Optional<Subscription> migrate(long oldChatId, long newChatId) throws IOException {
    boolean[] moved = new boolean[1];
    Subscription now =
        db.write(
            c -> {
              Subscription old = find(c, oldChatId);
              Subscription there = find(c, newChatId);
              if (old == null) return there;
              delete(c, oldChatId);
              if (there != null) return there;
              Subscription s = old.withChat(newChatId);
              put(c, s);
              moved[0] = true;
              return s;
            });
    if (moved[0]) log.info("Chat {} migrated to {}: subscription moved", oldChatId, newChatId);
    return Optional.ofNullable(now);
  }

  /**
   * Records that the digest of calendar day {@code day} is settled for this chat.
   *
   * @param sentAt when a digest was actually sent, or {@code null} when none was (nothing new, or
   *     given up for the day): the next digest then still starts after the last one sent
   * @return false when the chat is no longer subscribed
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
   * Claims the digest of {@code day} for this chat before it is sent: the day counts as settled,
   * and the period covered ({@code last_digest_at}) is left as it was until {@link #markDigest}
   * records the send. One row, one statement.
   *
   * @return false when the chat is no longer subscribed
   */
  public boolean claimDigest(long chatId, LocalDate day) throws IOException {
    return markDigest(chatId, day, null);
  }

  /**
   * {@link #claimDigest} for many chats in one transaction.
   *
   * @return the chats claimed: those still subscribed
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
   * Records digests sent, in one transaction: each chat's day and the end of the period its digest
   * covered (the next one starts there). Chats no longer subscribed are left out.
   */
  public void recordDigestsSent(Map<Long, Instant> coveredByChat, LocalDate day)
      throws IOException {
    Objects.requireNonNull(day, "day == null");
    db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "UPDATE subscription SET last_digest_date = ?, last_digest_at = ? WHERE chat_id = ?")) {
            for (Map.Entry<Long, Instant> e : coveredByChat.entrySet()) {
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
   * Gives back a claim of {@link #claimDigest} after a send that failed: the chat's last digest day
   * becomes {@code previous} again (null for none), unless something else changed it since.
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

  /** A chat's subscription; an unreadable database reads as an error, never as "not subscribed". */
  public Optional<Subscription> get(long chatId) {
    return Optional.ofNullable(unchecked(() -> db.read(c -> find(c, chatId))));
  }

  /** Every subscription, by chat id. */
  public List<Subscription> all() {
    return unchecked(
        () ->
            db.read(
                c -> list(c, "SELECT " + COLUMNS + " FROM subscription ORDER BY chat_id", null)));
  }

  /**
   * The subscriptions whose scheduled digest of {@code day} is not settled yet, by chat id: the
   * only ones that can be due that day, so a check after the day's round reads few rows.
   */
  public List<Subscription> unsettledOn(LocalDate day) {
    return unchecked(
        () ->
            db.read(
                c ->
                    list(
                        c,
                        "SELECT "
                            + COLUMNS
                            + " FROM subscription "
                            + "WHERE last_digest_date IS NULL OR last_digest_date <> ? ORDER BY chat_id",
                        day.toString())));
  }

  public int size() {
    return unchecked(
        () ->
            db.read(
                c -> {
                  try (ResultSet rs =
                      c.createStatement().executeQuery("SELECT count(*) FROM subscription")) {
                    return rs.next() ? rs.getInt(1) : 0;
                  }
                }));
  }

  private interface Read<T> {
    T get() throws IOException;
  }

  /** Reads for callers that have always had them in memory (the scheduler, status lines). */
  private static <T> T unchecked(Read<T> read) {
    try {
      return read.get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Subscription find(Connection c, long chatId) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT " + COLUMNS + " FROM subscription WHERE chat_id = ?")) {
      p.setLong(1, chatId);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? row(rs) : null;
      }
    }
  }

  private static List<Subscription> list(Connection c, String sql, String param)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      if (param != null) p.setString(1, param);
      List<Subscription> out = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) out.add(row(rs));
      }
      return out;
    }
  }

  private static void put(Connection c, Subscription s) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT OR REPLACE INTO subscription (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      p.setLong(1, s.chatId());
      if (s.messageThreadId() != null) p.setInt(2, s.messageThreadId());
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

  private static Subscription row(ResultSet rs) throws SQLException {
    long chat = rs.getLong(1);
    int thread = rs.getInt(2);
    Integer threadId = rs.wasNull() ? null : thread;
    LocalTime time = LocalTime.parse(rs.getString(3));
    Instant subscribedAt = Micros.toInstant(rs.getLong(4));
    String day = rs.getString(5);
    long at = rs.getLong(6);
    Instant lastAt = rs.wasNull() ? null : Micros.toInstant(at);
    return new Subscription(
        chat,
        threadId,
        time,
        subscribedAt,
        day == null ? null : LocalDate.parse(day),
        lastAt,
        rs.getString(7));
  }
}
