package org.peacetalks.telegram;

import java.time.Duration;

/** Waits; a seam so tests of retries and limits need not sleep. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL =
      d -> {
        if (!d.isNegative() && !d.isZero()) Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
      };

  void sleep(Duration duration) throws InterruptedException;
}
