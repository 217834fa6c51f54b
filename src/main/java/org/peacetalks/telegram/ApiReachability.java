package org.peacetalks.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the Bot API server can be reached, from every call the bot makes (fed by {@link
 * BotApiWatch}), and when getUpdates last succeeded (for the health check).
 *
 * <p>An outage is logged twice, not once per failed call: a WARN when the first call fails (with
 * the method and the reason), and one INFO when a call gets an answer again, saying how long the
 * server was away and how many polls failed meanwhile. Calls that fail during the outage are logged
 * at DEBUG only. Only "could not get an answer" counts: I/O errors and 502/503/504 (a proxy or
 * Telegram's front end without its back end); any other HTTP answer, even an error, means the
 * server is there. Thread-safe.
 */
final class ApiReachability {
  private static final Logger log = LoggerFactory.getLogger(ApiReachability.class);
  static final String POLL_METHOD = "getupdates";

  private final Clock clock;
  private Instant downSince;

  /** When the last outage ended. */
  private Instant backSince = Instant.MIN;

  private int failedPolls;
  private int failedCalls;
  private String lastFailure = "";
  private volatile Instant lastPoll;

  /** Set when the bot begins to stop: calls cut short from then on are not an outage. */
  private volatile boolean stopping;

  ApiReachability(Clock clock) {
    this.clock = clock;
  }

  /**
   * The bot is stopping: a call that fails from now on (a poll or a menu update still in flight
   * when the server or the bot went away) is logged at DEBUG and starts no outage, so that a clean
   * stop does not end with "Bot API unreachable"; nor does a late answer end an outage in a log
   * line after "Bot stopped".
   */
  void stopping() {
    stopping = true;
  }

  boolean isStopping() {
    return stopping;
  }

  /**
   * A call sent at {@code sentAt} got no usable answer: {@code why} is the I/O error or the HTTP
   * status with its text. Only a call sent after the server last came back starts an outage: one
   * sent during the last outage may still fail just after another call ended it.
   */
  void failed(String method, String why, Instant sentAt) {
    if (stopping) {
      log.debug("Bot API: {} failed while the bot stops ({})", method, why);
      return;
    }
    synchronized (this) {
      lastFailure = why;
      if (downSince == null && sentAt.isBefore(backSince)) {
        log.debug("Bot API: {} sent before the server came back failed ({})", method, why);
        return;
      }
      failedCalls++;
      if (POLL_METHOD.equals(method)) failedPolls++;
      if (downSince == null) {
        downSince = clock.instant();
        log.warn("Bot API unreachable: {} failed ({}); retrying with backoff", method, why);
        return;
      }
    }
    log.debug("Bot API still unreachable: {} failed ({})", method, why);
  }

  /**
   * A call sent at {@code sentAt} got an HTTP answer with this status. Only a call sent after an
   * outage began ends it: a long poll held since before may still come back in the middle of one.
   */
  void answered(String method, int status, Instant sentAt) {
    Instant now = clock.instant();
    if (POLL_METHOD.equals(method) && status / 100 == 2) lastPoll = now;
    Duration away;
    int polls;
    synchronized (this) {
      if (stopping || downSince == null || sentAt.isBefore(downSince)) return;
      away = Duration.between(downSince, now);
      polls = failedPolls;
      downSince = null;
      backSince = now;
      failedPolls = 0;
      failedCalls = 0;
    }
    log.info(
        "Bot API reachable again after {} s, {} polls failed",
        Math.max(0, away.toSeconds()),
        polls);
  }

  /**
   * getUpdates got an answer, but a refusal (409: another instance polls; 401: the token was
   * revoked): not an outage, but the reason the next backoff line gives.
   */
  synchronized void pollRefused(String why) {
    lastFailure = why;
  }

  /** False from the first call that got no answer until one gets an answer again. */
  synchronized boolean reachable() {
    return downSince == null;
  }

  /** When the current outage started, if there is one. */
  synchronized Optional<Instant> downSince() {
    return Optional.ofNullable(downSince);
  }

  /** The last failure's reason, for the health check and backoff lines; empty before the first. */
  synchronized String lastFailure() {
    return lastFailure;
  }

  /** Polls that failed in the current outage. */
  synchronized int failedPolls() {
    return failedPolls;
  }

  /** When getUpdates last succeeded; empty before the first. */
  Optional<Instant> lastPoll() {
    return Optional.ofNullable(lastPoll);
  }

  Clock clock() {
    return clock;
  }
}
