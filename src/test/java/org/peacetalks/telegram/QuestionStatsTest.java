package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.storage.OpenStates;

class QuestionStatsTest {
  @TempDir Path dir;

  /** A clock the test moves. */
  static final class TestClock extends Clock {
    final AtomicReference<Instant> now = new AtomicReference<>();

    TestClock(String at) {
      now.set(Instant.parse(at));
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }

  @Test
  void countsTodayAndTotalAndStartsANewDayAtUtcMidnight() {
    TestClock clock = new TestClock("2026-11-22T23:59:00Z");
    QuestionStats stats = QuestionStats.inMemory(clock);
    stats.answered();
    stats.answered();
    assertEquals(new QuestionStats.Counts(2, 2), stats.counts());
    clock.now.set(Instant.parse("2026-11-23T00:01:00Z"));
    assertEquals(new QuestionStats.Counts(0, 2), stats.counts());
    stats.answered();
    assertEquals(new QuestionStats.Counts(1, 3), stats.counts());
  }

  @Test
  void keptAcrossRestartsWithoutWaitingForAStop() throws Exception {
    TestClock clock = new TestClock("2026-11-22T10:00:00Z");
    try (OpenStates states = new OpenStates()) {
      QuestionStats stats = QuestionStats.load(states.open(dir), clock);
      for (int i = 0; i < 5; i++) stats.answered();
      assertEquals(
          new QuestionStats.Counts(5, 5),
          QuestionStats.load(states.open(dir), clock).counts(),
          "every count committed: a crash loses none");
      clock.now.set(Instant.parse("2026-11-23T10:00:00Z"));
      assertEquals(
          new QuestionStats.Counts(0, 5), QuestionStats.load(states.open(dir), clock).counts());
    }
  }
}
