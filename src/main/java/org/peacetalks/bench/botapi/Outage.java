package org.peacetalks.bench.botapi;

import java.time.Duration;
import java.util.Locale;

/**
 * An outage of the Bot API behind a proxy: armed for a method, it starts at that method's next call
 * and, for its length, every request (that one included) is answered 502 with an HTML page.
 * Thread-safe.
 */
public final class Outage implements Filter {
  private static final String PAGE =
      "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>";

  // Guarded by this.
  private String trigger;
  private Duration length;
  private long until;
  private int refused;

  /** The next call of {@code method} starts an outage of {@code length}. */
  public synchronized void armOnNext(String method, Duration length) {
    this.trigger = method.toLowerCase(Locale.ROOT);
    this.length = length;
  }

  /** Ends an outage now. */
  public synchronized void end() {
    until = System.nanoTime();
  }

  /** True while an outage lasts. */
  public synchronized boolean down() {
    return System.nanoTime() < until;
  }

  /** True once an outage was started and has ended. */
  public synchronized boolean over() {
    return trigger == null && until != 0 && !down();
  }

  /** Requests refused during outages so far. */
  public synchronized int refused() {
    return refused;
  }

  @Override
  public ApiReply answer(ApiRequest request, Route next) throws InterruptedException {
    synchronized (this) {
      if (trigger != null && trigger.equals(request.method())) {
        until = System.nanoTime() + length.toNanos();
        trigger = null;
      }
      if (System.nanoTime() < until) {
        refused++;
        return ApiReply.page(502, PAGE);
      }
    }
    return next.answer(request);
  }
}
