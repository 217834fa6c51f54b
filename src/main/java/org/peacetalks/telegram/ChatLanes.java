package org.peacetalks.telegram;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work for different chats concurrently on a shared pool, and work for one chat strictly in
 * order: each chat has a chain of futures, and a task starts when the one before it in the same
 * chat has finished. A slow chat only holds up itself. Thread-safe.
 */
public final class ChatLanes implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);

  private final ExecutorService pool;
  private final ConcurrentHashMap<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

  ChatLanes(ExecutorService pool) {
    this.pool = pool;
  }

  /** A pool of daemon threads named {@code tg-chat-N}. */
  static ChatLanes withThreads(int threads) {
    return new ChatLanes(Executors.newFixedThreadPool(threads, daemonThreads("tg-chat")));
  }

  public static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Queues {@code task} behind earlier tasks of the same key. The task should catch its own errors.
   */
  void submit(long key, Runnable task) {
    CompletableFuture<Void> tail =
        tails.compute(
            key,
            (k, previous) -> {
              CompletableFuture<Void> after =
                  previous == null ? CompletableFuture.completedFuture(null) : previous;
              return after
                  .handle((ok, err) -> null)
                  .thenRunAsync(
                      () -> {
                        try {
                          task.run();
                        } catch (RuntimeException | Error e) {
                          log.warn("Task for chat {} failed: {}", k, e.toString(), e);
                        }
                      },
                      pool);
            });
    tail.whenComplete((ok, err) -> tails.remove(key, tail));
  }

  /** Chats with work queued or running. */
  int busyChats() {
    return tails.size();
  }

  /** Waits until all queued work has finished, or the timeout passes; true when idle. */
  boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!tails.isEmpty()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) return false;
      CompletableFuture<?>[] all = tails.values().toArray(new CompletableFuture<?>[0]);
      try {
        CompletableFuture.allOf(all).handle((ok, err) -> null).get(left, TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        return false;
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("handle() swallows failures", e);
      }
    }
    return true;
  }

  /**
   * Stops taking work; running tasks are interrupted only if they do not finish within a few
   * seconds.
   */
  @Override
  public void close() {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(5, TimeUnit.SECONDS)) pool.shutdownNow();
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
