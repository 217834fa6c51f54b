package org.peacetalks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BroadcastLimiterTest {
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T07:00:00Z"));
  final List<Duration> sleeps = new ArrayList<>();
  final BroadcastLimiter limiter = BroadcastLimiter.forTelegram(clock, d -> {
    sleeps.add(d);
    clock.advance(d);
  });

  @Test
  void atMost25MessagesInAnySecond() throws Exception {
    List<Instant> at = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      limiter.acquire(1000L + i);
      at.add(clock.instant());
    }
    for (int i = 25; i < at.size(); i++) {
      assertTrue(!at.get(i).isBefore(at.get(i - 25).plusSeconds(1)), "message " + i + " within a second of " + (i - 25));
    }
    assertEquals(Duration.ofSeconds(3), Duration.between(at.get(0), at.get(99)), "and no slower than that");
  }

  @Test
  void atMost20MessagesAMinuteToOneGroup() throws Exception {
    Instant start = clock.instant();
    for (int i = 0; i < 20; i++) limiter.acquire(-100L);
    assertEquals(start, clock.instant(), "the first 20 go at once");
    limiter.acquire(-100L);
    assertEquals(start.plus(Duration.ofMinutes(1)), clock.instant());
    limiter.acquire(-200L);
    assertEquals(start.plus(Duration.ofMinutes(1)), clock.instant(), "another group does not wait");
    limiter.acquire(42L);
    assertEquals(start.plus(Duration.ofMinutes(1)), clock.instant(), "a private chat is not a group");
  }

  @Test
  void trimForgetsIdleGroups() throws Exception {
    limiter.acquire(-1L);
    clock.advance(Duration.ofMinutes(2));
    limiter.trim();
    for (int i = 0; i < 20; i++) limiter.acquire(-1L);
    assertTrue(sleeps.isEmpty());
  }
}
