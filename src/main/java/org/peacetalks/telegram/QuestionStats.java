package org.peacetalks.telegram;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.peacetalks.storage.QuestionCountTable;
import org.peacetalks.storage.StateDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many questions the bot answered: today (the UTC day) and in total, for {@code /stats}. Kept
 * in the state database's {@code question_count} row, one short transaction per question, so a
 * crash loses no count; or in memory only, for tests and features built without one. Thread-safe.
 */
public final class QuestionStats {
  private static final Logger log = LoggerFactory.getLogger(QuestionStats.class);

  /** The counts at one moment. */
  public record Counts(long today, long total) {}

  /** Null for counts kept in memory only. */
  private final QuestionCountTable table;

  private final Clock clock;
  private long total;
  private LocalDate day;
  private long today;

  private QuestionStats(QuestionCountTable table, Clock clock) {
    this.table = table;
    this.clock = clock;
    this.day = today();
  }

  /** Counts kept in memory only (tests, and features built without a data folder). */
  public static QuestionStats inMemory(Clock clock) {
    return new QuestionStats(null, clock);
  }

  /** The counts kept in the state database. */
  static QuestionStats load(StateDatabase db, Clock clock) throws IOException {
    QuestionStats stats = new QuestionStats(new QuestionCountTable(db), clock);
    Optional<QuestionCountTable.Stored> stored = stats.table.read();
    if (stored.isPresent()) {
      stats.total = stored.get().total();
      if (stats.day.equals(stored.get().day())) stats.today = stored.get().today();
    }
    return stats;
  }

  /** One more question answered. */
  public synchronized void answered() {
    rollDay();
    total++;
    today++;
    if (table == null) return;
    try {
      table.write(total, day, today);
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
