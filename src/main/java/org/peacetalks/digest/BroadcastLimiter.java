package org.peacetalks.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps sends within Telegram's broadcast limits: at most {@code perSecond} messages in any
 * second overall, and at most {@code perGroupPerMinute} in any minute to one group (negative chat
 * id). Call {@link #acquire(long)} before each send; it waits as long as needed.
 *
 * <p>Sliding windows over the clock; waiting goes through a {@link Sleeper}, so tests use a fake
 * clock that the sleeper advances and never sleep. Thread-safe.
 */
public final class BroadcastLimiter {
  /** Telegram: about 30 messages a second overall; this leaves headroom. */
  public static final int TELEGRAM_PER_SECOND = 25;
  /** Telegram: 20 messages a minute to one group. */
  public static final int TELEGRAM_PER_GROUP_PER_MINUTE = 20;

  private static final Duration SECOND = Duration.ofSeconds(1);
  private static final Duration MINUTE = Duration.ofMinutes(1);

  /** Waits; {@code Thread::sleep} in production. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    static Sleeper real() {
      return d -> Thread.sleep(Math.max(1, d.toMillis()));
    }
  }

  private final Clock clock;
  private final Sleeper sleeper;
  private final int perSecond;
  private final int perGroupPerMinute;
  private final Deque<Instant> recent = new ArrayDeque<>();
  /** Past this many groups remembered, the quiet ones are forgotten (memory bounded by active groups). */
  private static final int TRIM_ABOVE_GROUPS = 1_000;

  private final Map<Long, Deque<Instant>> recentByGroup = new HashMap<>();

  public BroadcastLimiter(Clock clock, Sleeper sleeper, int perSecond, int perGroupPerMinute) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
    if (perSecond < 1 || perGroupPerMinute < 1) throw new IllegalArgumentException("limits must be positive");
    this.perSecond = perSecond;
    this.perGroupPerMinute = perGroupPerMinute;
  }

  /** Telegram's free broadcast limits (25/s overall, 20/min per group). */
  public static BroadcastLimiter forTelegram(Clock clock, Sleeper sleeper) {
    return new BroadcastLimiter(clock, sleeper, TELEGRAM_PER_SECOND, TELEGRAM_PER_GROUP_PER_MINUTE);
  }

  /** Waits until a message to {@code chatId} is within the limits, and counts it as sent. */
  public void acquire(long chatId) throws InterruptedException {
    while (true) {
      Duration wait;
      synchronized (this) {
        Instant now = clock.instant();
        wait = max(waitFor(recent, perSecond, SECOND, now),
            chatId < 0 ? waitFor(recentByGroup.get(chatId), perGroupPerMinute, MINUTE, now) : Duration.ZERO);
        if (wait.isZero()) {
          recent.addLast(now);
          if (chatId < 0) recentByGroup.computeIfAbsent(chatId, k -> new ArrayDeque<>()).addLast(now);
          if (recentByGroup.size() > TRIM_ABOVE_GROUPS) trim();
          return;
        }
      }
      sleeper.sleep(wait);
    }
  }

  /** How long until one more fits into {@code window}; drops entries that left the window. */
  private Duration waitFor(Deque<Instant> sent, int limit, Duration window, Instant now) {
    if (sent == null) return Duration.ZERO;
    while (!sent.isEmpty() && !sent.peekFirst().plus(window).isAfter(now)) sent.removeFirst();
    if (sent.size() < limit) return Duration.ZERO;
    return Duration.between(now, sent.peekFirst().plus(window));
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** Forgets groups with nothing in their window, so memory stays bounded by active groups. */
  public synchronized void trim() {
    Instant now = clock.instant();
    recentByGroup.values().removeIf(d -> {
      waitFor(d, perGroupPerMinute, MINUTE, now);
      return d.isEmpty();
    });
  }
}
