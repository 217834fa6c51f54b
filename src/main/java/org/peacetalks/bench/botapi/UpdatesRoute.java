package org.peacetalks.bench.botapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * getUpdates as Telegram long-polls it: updates with an id below {@code offset} are forgotten
 * (confirmed), up to 100 are answered at once if any remain, else the call is held until one is
 * pushed or the hold ends, and then answered empty (an instant empty answer would make the client's
 * poll loop spin). Thread-safe.
 */
public final class UpdatesRoute implements Route {
  /** Telegram's largest batch (getUpdates {@code limit}). */
  private static final int BATCH = 100;

  private final Duration hold;
  // Guarded by this.
  private final Deque<ObjectNode> updates = new ArrayDeque<>();
  private int inFlight;
  private long firstPollNanos;
  private boolean closing;

  /**
   * @param hold how long a getUpdates with nothing to return is held (Telegram holds up to its
   *     {@code timeout}; short here so that stopping is quick)
   */
  public UpdatesRoute(Duration hold) {
    this.hold = hold;
  }

  /** Queues an update ({@code update_id} set) for getUpdates. */
  public synchronized void push(ObjectNode update) {
    updates.add(update);
    notifyAll();
  }

  /** getUpdates calls being held right now. */
  public synchronized int inFlight() {
    return inFlight;
  }

  /** When the first getUpdates arrived ({@link System#nanoTime()}), 0 before. */
  public synchronized long firstPollNanos() {
    return firstPollNanos;
  }

  /** Waits until the first getUpdates arrives; false on timeout. */
  public synchronized boolean awaitFirstPoll(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (firstPollNanos == 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) return false;
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }

  @Override
  public ApiReply answer(ApiRequest request) throws InterruptedException {
    long offset = request.body().path("offset").asLong(0);
    ArrayNode out = ApiReply.JSON.createArrayNode();
    synchronized (this) {
      if (firstPollNanos == 0) firstPollNanos = System.nanoTime();
      updates.removeIf(u -> u.path("update_id").asLong() < offset);
      long deadline = System.nanoTime() + hold.toNanos();
      inFlight++;
      notifyAll();
      try {
        while (updates.isEmpty() && !closing) {
          long left = deadline - System.nanoTime();
          if (left <= 0) break;
          wait(Math.max(1, left / 1_000_000));
        }
      } finally {
        inFlight--;
        notifyAll();
      }
      for (ObjectNode u : updates) {
        if (out.size() == BATCH) break;
        out.add(u);
      }
    }
    return ApiReply.ok(out);
  }

  /** Answers held calls at once, and waits up to {@code max} for them to be answered. */
  synchronized void release(Duration max) {
    closing = true;
    notifyAll();
    long deadline = System.nanoTime() + max.toNanos();
    while (inFlight > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) return;
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
