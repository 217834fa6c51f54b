package org.peacetalks.bench.botapi;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Misbehaviour by chance, per call of the methods given: 429 with {@code retry_after} 1, 500, a
 * dropped connection (closed without a response, before anything is delivered), and a reply delayed
 * by up to {@code slowMax}. Thread-safe.
 */
public final class RandomFaults implements Filter {
  /** Chances per call; they add up to at most 1. */
  public record Chances(
      double tooManyRequests, double serverError, double slow, double dropped, Duration slowMax) {
    public static final Chances NONE = new Chances(0, 0, 0, 0, Duration.ZERO);

    public Chances {
      if (tooManyRequests + serverError + slow + dropped > 1)
        throw new IllegalArgumentException("chances add up over 1");
    }
  }

  /** What went wrong, on purpose, so far. */
  public record Counts(int tooManyRequests, int serverErrors, int slow, int dropped) {}

  private final Chances chances;
  private final Set<String> methods;
  private final AtomicInteger tooMany = new AtomicInteger();
  private final AtomicInteger serverErrors = new AtomicInteger();
  private final AtomicInteger slow = new AtomicInteger();
  private final AtomicInteger dropped = new AtomicInteger();

  /**
   * @param methods the methods that misbehave, in lower case
   */
  public RandomFaults(Chances chances, Set<String> methods) {
    this.chances = chances;
    this.methods = Set.copyOf(methods);
  }

  public Counts counts() {
    return new Counts(tooMany.get(), serverErrors.get(), slow.get(), dropped.get());
  }

  @Override
  public ApiReply answer(ApiRequest request, Route next) throws InterruptedException {
    if (chances.equals(Chances.NONE) || !methods.contains(request.method()))
      return next.answer(request);
    double roll = ThreadLocalRandom.current().nextDouble();
    if ((roll -= chances.tooManyRequests()) < 0) {
      tooMany.incrementAndGet();
      return ApiReply.error(
          429,
          "Too Many Requests: retry after 1",
          ApiReply.JSON.createObjectNode().put("retry_after", 1));
    }
    if ((roll -= chances.serverError()) < 0) {
      serverErrors.incrementAndGet();
      return ApiReply.error(500, "Internal Server Error");
    }
    if ((roll -= chances.dropped()) < 0) {
      dropped.incrementAndGet();
      return ApiReply.drop();
    }
    if ((roll -= chances.slow()) < 0) {
      slow.incrementAndGet();
      Thread.sleep(ThreadLocalRandom.current().nextLong(Math.max(1, chances.slowMax().toMillis())));
    }
    return next.answer(request);
  }
}
