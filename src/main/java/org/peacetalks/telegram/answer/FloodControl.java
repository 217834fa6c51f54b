package org.peacetalks.telegram.answer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-user question limit: up to {@code max} questions per window. The first question over the
 * limit gets one polite notice; further ones are ignored until the window ends. Not a ban: the next
 * window starts fresh. Thread-safe.
 */
public final class FloodControl {
  /** What to do with a user's question. */
  enum Verdict {
    /** Answer it. */
    ALLOW,
    /** Over the limit for the first time in this window: say so once. */
    WARN,
    /** Over the limit and already told: stay silent. */
    IGNORE
  }

  private final int max;
  private final Duration window;
  private final Clock clock;
  private final Map<Long, Window> users = new HashMap<>();

  public FloodControl(int max, Duration window, Clock clock) {
    if (max < 1) throw new IllegalArgumentException("max < 1");
    this.max = max;
    this.window = window;
    this.clock = clock;
  }

  private static final class Window {
    Instant start;
    int count;
    boolean warned;
  }

  Duration window() {
    return window;
  }

  public synchronized Verdict check(long userId) {
    Instant now = clock.instant();
    if (users.size() > 10_000) users.values().removeIf(w -> !now.isBefore(w.start.plus(window)));
    Window w = users.computeIfAbsent(userId, id -> new Window());
    if (w.start == null || !now.isBefore(w.start.plus(window))) {
      w.start = now;
      w.count = 0;
      w.warned = false;
    }
    w.count++;
    if (w.count <= max) return Verdict.ALLOW;
    if (w.warned) return Verdict.IGNORE;
    w.warned = true;
    return Verdict.WARN;
  }
}
