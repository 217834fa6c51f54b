package org.peacetalks.telegram.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.peacetalks.telegram.RateLimiter;

/** RateLimiter, FloodControl and ButtonStates: the bot's time-based limits. */
public class LimitsTest {
  @Test
  void rateLimiterAllowsABurstThenSpacesMessagesPerChat() {
    AtomicLong now = new AtomicLong(0);
    RateLimiter limiter =
        new RateLimiter(
            RateLimiter.GLOBAL, RateLimiter.PER_CHAT, RateLimiter.PER_GROUP, now::get, d -> {});
    for (int i = 0; i < 3; i++) assertEquals(Duration.ZERO, limiter.reserve(1));
    assertEquals(Duration.ofSeconds(1), limiter.reserve(1));
    assertEquals(Duration.ZERO, limiter.reserve(2), "other chats are not held up");
  }

  @Test
  void rateLimiterKeepsGroupsTo20AMinute() {
    AtomicLong now = new AtomicLong(0);
    RateLimiter.Limit loose = new RateLimiter.Limit(1000, Duration.ofNanos(1));
    RateLimiter limiter = new RateLimiter(loose, loose, RateLimiter.PER_GROUP, now::get, d -> {});
    // Send as fast as the limiter lets us for five minutes: no 60-second window may hold more than
    // 20.
    java.util.List<Long> sentAt = new java.util.ArrayList<>();
    while (now.get() < Duration.ofMinutes(5).toNanos()) {
      now.addAndGet(limiter.reserve(-100).toNanos());
      sentAt.add(now.get());
    }
    for (int i = 0; i < sentAt.size(); i++) {
      long windowEnd = sentAt.get(i) + Duration.ofSeconds(60).toNanos();
      long inWindow = sentAt.subList(i, sentAt.size()).stream().filter(t -> t < windowEnd).count();
      assertTrue(inWindow <= 20, "sends in the minute from send " + i + ": " + inWindow);
    }
    assertTrue(sentAt.size() >= 70, "and the group still gets 15 a minute: " + sentAt.size());
  }

  @Test
  void rateLimiterKeepsTheGlobalPace() {
    AtomicLong now = new AtomicLong(0);
    RateLimiter.Limit loose = new RateLimiter.Limit(1000, Duration.ofNanos(1));
    RateLimiter limiter = new RateLimiter(RateLimiter.GLOBAL, loose, loose, now::get, d -> {});
    for (int i = 0; i < 25; i++) assertEquals(Duration.ZERO, limiter.reserveGlobal());
    assertEquals(Duration.ofMillis(40), limiter.reserveGlobal());
    assertEquals(Duration.ZERO, limiter.reserve(99), "the chat itself is free");
  }

  public static final class MutableClock extends Clock {
    public Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void floodControlWarnsOnceThenIsSilentUntilTheWindowPasses() {
    MutableClock clock = new MutableClock();
    FloodControl flood = new FloodControl(3, Duration.ofMinutes(1), clock);
    for (int i = 0; i < 3; i++) assertEquals(FloodControl.Verdict.ALLOW, flood.check(1));
    assertEquals(FloodControl.Verdict.WARN, flood.check(1));
    assertEquals(FloodControl.Verdict.IGNORE, flood.check(1));
    assertEquals(FloodControl.Verdict.ALLOW, flood.check(2), "per user");
    clock.now = clock.now.plusSeconds(61);
    assertEquals(FloodControl.Verdict.ALLOW, flood.check(1), "not a ban");
  }

  @Test
  void buttonStatesExpireAndStayBounded() {
    MutableClock clock = new MutableClock();
    ButtonStates states = new ButtonStates(2, Duration.ofHours(1), clock, new Random(1));
    String a = states.put("qa", 1, List.of());
    String b = states.put("qb", 1, List.of());
    String c = states.put("qc", 1, List.of());
    assertEquals(ButtonStates.KEY_LENGTH, a.length());
    assertFalse(states.get(a).isPresent(), "oldest dropped");
    assertEquals("qb", states.get(b).orElseThrow().question);
    clock.now = clock.now.plusSeconds(3601);
    assertFalse(states.get(c).isPresent(), "expired");
    states.purgeExpired();
    assertEquals(0, states.size());
  }

  @Test
  void callbackDataStaysWithin64Bytes() {
    String key = "Zz9Zz9Zz";
    var kb = AnswerKeyboard.of(key, List.of(AnswerFormatterTest.plain(999, "x")), 99_999, true);
    kb.getKeyboard()
        .forEach(row -> row.forEach(b -> assertTrue(b.getCallbackData().getBytes().length <= 64)));
    assertEquals(
        new AnswerKeyboard.Press('c', key, 999), AnswerKeyboard.Press.parse("c:" + key + ":999"));
    assertEquals(
        new AnswerKeyboard.Press('p', key, 12), AnswerKeyboard.Press.parse("p:" + key + ":12"));
    assertEquals(
        new AnswerKeyboard.Press('f', key, -1), AnswerKeyboard.Press.parse("f:" + key + ":d"));
    assertEquals(new AnswerKeyboard.Press('q', "", 2), AnswerKeyboard.Press.parse("q:2"));
    assertEquals(null, AnswerKeyboard.Press.parse("c:" + key + ":x"));
    assertEquals(null, AnswerKeyboard.Press.parse("p:" + key + ":-1"));
    assertEquals(null, AnswerKeyboard.Press.parse("f:" + key + ":x"));
  }
}
