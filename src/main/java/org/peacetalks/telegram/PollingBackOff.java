package org.peacetalks.telegram;

import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/**
 * The wait between failed polls: 0.5 s, doubling, never over 30 s. TelegramBots' own
 * ExponentialBackOff waits 15 minutes per try once polling has failed for 15 minutes; after an
 * outage the bot should be back within half a minute.
 */
final class PollingBackOff implements BackOff {
  static final long FIRST_MILLIS = 500;
  static final long MAX_MILLIS = 30_000;

  private long next = FIRST_MILLIS;

  @Override
  public synchronized void reset() {
    next = FIRST_MILLIS;
  }

  @Override
  public synchronized long nextBackOffMillis() {
    long wait = next;
    next = Math.min(MAX_MILLIS, next * 2);
    return wait;
  }
}
