package org.peacetalks.telegram;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.peacetalks.storage.StateDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many questions the bot answered: today (the UTC day) and in total, for {@code /stats}.
 * Kept in the state database's {@code question_count} row, one short transaction per question,
 * so a crash loses no count; or in memory only, for tests and features built without one.
 * Thread-safe.
 */
public final class QuestionStats {
  private static final Logger log = LoggerFactory.getLogger(QuestionStats.class);

  /** The counts at one moment. */
  public record Counts(long today, long total) {}

  private final StateDatabase db;
  private final Clock clock;
  private long total;
  private LocalDate day;
  private long today;

  private QuestionStats(StateDatabase db, Clock clock) {
    this.db = db;
    this.clock = clock;
    this.day = today();
  }

  /** Counts kept in memory only (tests, and features built without a data folder). */
  public static QuestionStats inMemory(Clock clock) {
    return new QuestionStats(null, clock);
  }

  /** The counts kept in the state database. */
  static QuestionStats load(StateDatabase db, Clock clock) throws IOException {
    QuestionStats stats = new QuestionStats(db, clock);
    db.read(c -> {
      try (ResultSet rs = c.createStatement().executeQuery("SELECT total, day, today FROM question_count WHERE id = 1")) {
        if (rs.next()) {
          stats.total = Math.max(0, rs.getLong(1));
          if (stats.day.toString().equals(rs.getString(2))) stats.today = Math.max(0, rs.getLong(3));
        }
      }
      return null;
    });
    return stats;
  }

  /** One more question answered. */
  public synchronized void answered() {
    rollDay();
    total++;
    today++;
    if (db == null) return;
    long t = total;
    long d = today;
    String dayName = day.toString();
    try {
      db.write(c -> {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO question_count (id, total, day, today) "
            + "VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET total = excluded.total, day = excluded.day, "
            + "today = excluded.today")) {
          p.setLong(1, t);
          p.setString(2, dayName);
          p.setLong(3, d);
          return p.executeUpdate();
        }
      });
    } catch (IOException e) {
      log.warn("Cannot record the question count: {}", e.toString());
    }
  }

  public synchronized Counts counts() {
    rollDay();
    return new Counts(today, total);
  }

  private void rollDay() {
    LocalDate now = today();
    if (!now.equals(day)) {
      day = now;
      today = 0;
    }
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
