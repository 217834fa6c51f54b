package org.peacetalks.bench.botapi;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A slow server: each answer to a method is held back this long (the call is recorded when it
 * arrives).
 */
public final class Delays implements Filter {
  private final Map<String, Duration> delays = new ConcurrentHashMap<>();

  public void delay(String method, Duration delay) {
    delays.put(method.toLowerCase(Locale.ROOT), delay);
  }

  @Override
  public ApiReply answer(ApiRequest request, Route next) throws InterruptedException {
    ApiReply reply = next.answer(request);
    Duration delay = delays.get(request.method());
    return delay == null ? reply : reply.heldFor(delay);
  }
}
