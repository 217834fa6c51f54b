package org.peacetalks.telegram;

import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Keeps sends within Telegram's limits: about 25 messages a second overall, 1 a second per chat
 * (with a small burst) and 20 a minute per group. Generic cell rate algorithm: each limit keeps the
 * time its next message is due; a send reserves a slot in every limit that applies and waits,
 * outside the lock, until the latest of them. Thread-safe.
 */
public final class RateLimiter {
  /** One limit: {@code burst} messages at once, then one every {@code interval}. */
  public record Limit(int burst, Duration interval) {
    long intervalNanos() {
      return interval.toNanos();
    }

    long toleranceNanos() {
      return (burst - 1) * interval.toNanos();
    }
  }

  public static final Limit GLOBAL = new Limit(25, Duration.ofMillis(40));
  public static final Limit PER_CHAT = new Limit(3, Duration.ofSeconds(1));

  /**
   * Telegram allows 20 messages a minute in a group. A burst of b then one every i allows b + 60 s
   * / i in any minute: 4 + 15 = 19, safely under (sustained: 15 a minute).
   */
  public static final Limit PER_GROUP = new Limit(4, Duration.ofSeconds(4));

  private final Limit global;
  private final Limit perChat;
  private final Limit perGroup;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private long globalDue;
  private final Map<Long, Long> chatDue = new HashMap<>();
  private final Map<Long, Long> groupDue = new HashMap<>();
  private int sinceCleanup;

  public RateLimiter(
      Limit global, Limit perChat, Limit perGroup, LongSupplier nanoTime, Sleeper sleeper) {
    this.global = global;
    this.perChat = perChat;
    this.perGroup = perGroup;
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
    this.globalDue = nanoTime.getAsLong();
  }

  public static RateLimiter telegramDefaults() {
    return new RateLimiter(GLOBAL, PER_CHAT, PER_GROUP, System::nanoTime, Sleeper.REAL);
  }

  /**
   * Waits until a message to {@code chatId} may go out (groups have negative ids): first for the
   * chat's own slot, then for a global one, so a chat that must wait does not hold global slots
   * that other chats could use meanwhile.
   */
  void acquire(long chatId) throws InterruptedException {
    Duration wait = reserve(chatId);
    if (!wait.isZero()) sleeper.sleep(wait);
    wait = reserveGlobal();
    if (!wait.isZero()) sleeper.sleep(wait);
  }

  /** Reserves the chat's (and group's) next slot and returns how long to wait for it. */
  public synchronized Duration reserve(long chatId) {
    long now = nanoTime.getAsLong();
    boolean group = chatId < 0;
    long chat = chatDue.getOrDefault(chatId, now);
    long start = earliest(chat, now, perChat);
    long grp = now;
    if (group) {
      grp = groupDue.getOrDefault(chatId, now);
      start = Math.max(start, earliest(grp, now, perGroup));
    }
    chatDue.put(chatId, Math.max(chat, start) + perChat.intervalNanos());
    if (group) groupDue.put(chatId, Math.max(grp, start) + perGroup.intervalNanos());
    if (++sinceCleanup >= 1_000) cleanup(now);
    return Duration.ofNanos(start - now);
  }

  /** Reserves the next global slot and returns how long to wait for it. */
  public synchronized Duration reserveGlobal() {
    long now = nanoTime.getAsLong();
    long start = earliest(globalDue, now, global);
    globalDue = Math.max(globalDue, start) + global.intervalNanos();
    return Duration.ofNanos(start - now);
  }

  private static long earliest(long due, long now, Limit limit) {
    return Math.max(now, due - limit.toleranceNanos());
  }

  /** Forgets chats whose limits have fully recovered. */
  private void cleanup(long now) {
    sinceCleanup = 0;
    for (Iterator<Long> it = chatDue.values().iterator(); it.hasNext(); )
      if (it.next() < now) it.remove();
    for (Iterator<Long> it = groupDue.values().iterator(); it.hasNext(); )
      if (it.next() < now) it.remove();
  }
}
