package org.peacetalks.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.peacetalks.storage.DurableFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many questions the bot answered: today (the UTC day) and in total, for {@code /stats}.
 * Kept in {@code data/question-stats.json}, written at most once a {@link #SAVE_EVERY} as
 * questions come in and on {@link #save()} at stop, so a crash loses at most that much counting.
 * Thread-safe.
 */
final class QuestionStats {
  private static final Logger log = LoggerFactory.getLogger(QuestionStats.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  static final Duration SAVE_EVERY = Duration.ofMinutes(1);

  /** The counts at one moment. */
  record Counts(long today, long total) {}

  /** The file's shape. */
  record StateFile(long total, String day, long today) {}

  private final Path file;
  private final Clock clock;
  private long total;
  private LocalDate day;
  private long today;
  private Instant savedAt = Instant.MIN;
  private boolean dirty;

  private QuestionStats(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
    this.day = today();
  }

  /** Counts kept in memory only (tests, and features built without a data folder). */
  static QuestionStats inMemory(Clock clock) {
    return new QuestionStats(null, clock);
  }

  /** The counts saved in {@code file}; starts from zero when it is missing or unreadable. */
  static QuestionStats load(Path file, Clock clock) {
    QuestionStats stats = new QuestionStats(file, clock);
    if (Files.exists(file)) {
      try {
        StateFile state = JSON.readValue(file.toFile(), StateFile.class);
        stats.total = Math.max(0, state.total());
        if (stats.day.toString().equals(state.day())) stats.today = Math.max(0, state.today());
      } catch (IOException | RuntimeException e) {
        log.warn("Cannot read question counts from {} ({}): counting from zero", file, e.toString());
      }
    }
    return stats;
  }

  /** One more question answered. */
  synchronized void answered() {
    rollDay();
    total++;
    today++;
    dirty = true;
    if (Duration.between(savedAt, clock.instant()).compareTo(SAVE_EVERY) >= 0) save();
  }

  synchronized Counts counts() {
    rollDay();
    return new Counts(today, total);
  }

  /** Writes the counts if they changed; a failure is logged, never thrown. */
  synchronized void save() {
    if (file == null || !dirty) return;
    try {
      DurableFiles.replace(file, JSON.writeValueAsBytes(new StateFile(total, day.toString(), today)));
      dirty = false;
    } catch (IOException | RuntimeException e) {
      log.warn("Cannot save question counts to {}: {}", file, e.toString());
    } finally {
      savedAt = clock.instant();
    }
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
