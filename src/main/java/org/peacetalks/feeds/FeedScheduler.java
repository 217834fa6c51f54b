package org.peacetalks.feeds;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls every feed every poll interval on one background thread (daemon, so it never keeps the JVM
 * alive), the first round at once. {@link #pollSoon()} asks for an extra round (a feed was just
 * added). Rounds never overlap, and nothing thrown in one stops the next.
 */
public final class FeedScheduler implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(FeedScheduler.class);

  private final FeedPoller poller;
  private final Duration interval;
  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "feed-poller");
            t.setDaemon(true);
            return t;
          });
  private volatile PollReport last = PollReport.NONE;
  private volatile boolean started;

  public FeedScheduler(FeedPoller poller, Duration interval) {
    this.poller = Objects.requireNonNull(poller, "poller == null");
    this.interval = Objects.requireNonNull(interval, "interval == null");
  }

  public synchronized void start() {
    if (started) return;
    started = true;
    executor.scheduleWithFixedDelay(this::round, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    log.info("Polling news feeds every {}", interval);
  }

  /** An extra round as soon as the current one (if any) ends. */
  public void pollSoon() {
    if (!executor.isShutdown()) executor.execute(this::round);
  }

  /** What the last round did. */
  public PollReport last() {
    return last;
  }

  private void round() {
    try {
      last = poller.pollAll(false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | StackOverflowError e) {
      // The next round must still come: an uncaught throwable would cancel the schedule.
      log.error("A feed polling round failed: {}", e.toString());
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS))
        log.warn("The feed poller did not stop within 10 s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
