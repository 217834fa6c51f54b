package org.peacetalks.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * The wait between failed polls: 0.5 s, doubling, never over the cap (30 s in production).
 * TelegramBots' own ExponentialBackOff waits 15 minutes per try once polling has failed for 15
 * minutes; after an outage the bot should be back within half a minute.
 *
 * <p>Also the poller's voice: TelegramBots logs each failed poll at ERROR with a stack trace (its
 * logger is off, see logback.xml), so this logs one line per backoff step instead, with the reason
 * {@link ApiReachability} saw. TelegramBots calls {@link #reset()} after every poll that worked.
 */
final class PollingBackOff implements BackOff {
  private static final Logger log = LoggerFactory.getLogger(PollingBackOff.class);
  static final long FIRST_MILLIS = 500;
  static final long MAX_MILLIS = 30_000;

  private final long max;
  private final ApiReachability reachability;
  private long next = FIRST_MILLIS;
  private int failures;

  PollingBackOff() {
    this(MAX_MILLIS, null);
  }

  /**
   * @param reachability where the reason of a failed poll is found; {@code null} for no log lines
   */
  PollingBackOff(long maxMillis, ApiReachability reachability) {
    this.max = maxMillis;
    this.reachability = reachability;
  }

  @Override
  public synchronized void reset() {
    next = FIRST_MILLIS;
    failures = 0;
  }

  @Override
  public synchronized long nextBackOffMillis() {
    long wait = next;
    next = Math.min(max, next * 2);
    failures++;
    if (reachability != null) {
      String seconds = String.format(java.util.Locale.ROOT, "%.1f", wait / 1000.0);
      if (reachability.reachable()) {
        // The Bot API answered but refused the poll (409: another instance polls with this token):
        // not an outage that passes by itself, so a WARN for the operator.
        log.warn(
            "getUpdates refused ({}): polling again in {} s", reachability.lastFailure(), seconds);
      } else {
        log.info(
            "getUpdates failed {} time{} ({}): polling again in {} s",
            failures,
            failures == 1 ? "" : "s",
            reachability.lastFailure(),
            seconds);
      }
    }
    return wait;
  }
}
