package org.peacetalks.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

/** A clock tests move by hand. */
final class MutableClock extends Clock {
  private volatile Instant now;
  private final AtomicInteger reads = new AtomicInteger();

  MutableClock(Instant start) {
    this.now = start;
  }

  void set(Instant t) {
    now = t;
  }

  void advance(Duration d) {
    now = now.plus(d);
  }

  /**
   * How often the time was read: code that reads it once per round can be seen doing its rounds.
   */
  int reads() {
    return reads.get();
  }

  @Override
  public Instant instant() {
    reads.incrementAndGet();
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }
}
