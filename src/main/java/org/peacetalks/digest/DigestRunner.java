package org.peacetalks.digest;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.peacetalks.wording.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the digests: every {@code checkEvery} on the injected executor it sends one to each due
 * subscription ({@link DigestScheduler}) through the {@link DigestSender}, which keeps
 * Telegram's send limits; and {@link #sendToAll()} does it for every subscriber at once
 * (/senddigest).
 *
 * <p>Per chat: sent → marked as that day's digest (after the send: a crash in between may repeat
 * one digest, never lose one); nothing new → no message unless {@code sendWhenEmpty}, day
 * settled; chat gone (403) → subscription removed; migrated → subscription moved to the new id
 * and the digest resent there once; failed → retried after 1, 5 and 15 minutes, then given up for
 * that day (the next digest still lists everything since the last one delivered). One round at a
 * time; a bad chat never stops the round. Thread-safe.
 */
public final class DigestRunner implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DigestRunner.class);
  /** Waits before retrying a failed send the same day; after the last, the day is given up. */
  static final List<Duration> RETRY_AFTER = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15));

  private final SubscriptionStore store;
  private final DigestScheduler scheduler;
  private final DigestBuilder builder;
  private final DigestFormatter formatter;
  private final DigestSender sender;
  private final boolean sendWhenEmpty;
  private final Clock clock;
  private final ScheduledExecutorService executor;
  private final Function<Subscription, Texts> languageOf;

  private final ReentrantLock round = new ReentrantLock();
  /** Failed chats waiting to retry; only touched under {@link #round}. */
  private final Map<Long, Retry> retries = new HashMap<>();
  /**
   * Chats sent to, by day, in this process: guards against resending every round when the
   * store cannot be written. Only touched under {@link #round}.
   */
  private final Map<Long, LocalDate> sentInProcess = new HashMap<>();
  private ScheduledFuture<?> task;
  private volatile boolean closed;
  private volatile LastRound lastRound;

  /** The last round that had chats to send to: when it ended and what it did (for the health check). */
  public record LastRound(Instant at, FanOutReport report) {}

  private record Retry(LocalDate day, int failures, Instant notBefore) {}

  /**
   * @param sendWhenEmpty {@code digest.sendWhenEmpty}: send "nothing new" rather than nothing
   * @param executor runs the periodic check and {@link #sendToAllInBackground()}; not shut down
   *     by {@link #close()}: its owner does that after closing this, with {@code shutdown()} and
   *     {@code awaitTermination} (not {@code shutdownNow()}: an interrupt during a state write
   *     loses that write)
   */
  public DigestRunner(SubscriptionStore store, DigestScheduler scheduler, DigestBuilder builder,
      DigestFormatter formatter, DigestSender sender, boolean sendWhenEmpty,
      Clock clock, ScheduledExecutorService executor) {
    this(store, scheduler, builder, formatter, sender, sendWhenEmpty, clock, executor,
        s -> Texts.forLanguage(s.language()));
  }

  /** @param languageOf the language each subscriber's digest is written in */
  public DigestRunner(SubscriptionStore store, DigestScheduler scheduler, DigestBuilder builder,
      DigestFormatter formatter, DigestSender sender, boolean sendWhenEmpty,
      Clock clock, ScheduledExecutorService executor, Function<Subscription, Texts> languageOf) {
    this.languageOf = Objects.requireNonNull(languageOf, "languageOf == null");
    this.store = Objects.requireNonNull(store, "store == null");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler == null");
    this.builder = Objects.requireNonNull(builder, "builder == null");
    this.formatter = Objects.requireNonNull(formatter, "formatter == null");
    this.sender = Objects.requireNonNull(sender, "sender == null");
    this.sendWhenEmpty = sendWhenEmpty;
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.executor = Objects.requireNonNull(executor, "executor == null");
  }

  /** Checks for due digests now and then every {@code checkEvery} (30 s is plenty). */
  public synchronized void start(Duration checkEvery) {
    if (task != null) throw new IllegalStateException("already started");
    task = executor.scheduleWithFixedDelay(this::scheduledRound, 0, checkEvery.toMillis(), TimeUnit.MILLISECONDS);
    log.info("Digest scheduler started: {} subscriptions, zone {}", store.size(), scheduler.zone());
  }

  /**
   * Stops the periodic check. A round in progress stops after the chat it is sending to (not
   * interrupted mid-send, so what was sent is also recorded); the rest get theirs after restart.
   */
  @Override
  public synchronized void close() {
    closed = true;
    if (task != null) task.cancel(false);
    task = null;
  }

  private void scheduledRound() {
    try {
      runDue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // Thrown out of here, the executor would silently never run this task again.
      log.error("Digest round failed: {}", e.toString(), e);
    }
  }

  /** Sends the digests due now. */
  public FanOutReport runDue() throws InterruptedException {
    round.lockInterruptibly();
    try {
      Instant now = clock.instant();
      LocalDate today = scheduler.dayOf(now);
      Counts counts = new Counts();
      Map<Instant, Digest> built = new HashMap<>();
      for (Subscription s : scheduler.due(now)) {
        if (closed) break;
        Retry retry = retries.get(s.chatId());
        if (retry != null && retry.day().equals(today) && now.isBefore(retry.notBefore())) continue;
        if (today.equals(sentInProcess.get(s.chatId()))) continue;
        deliver(s.chatId(), now, counts, built);
      }
      return counts.report("Scheduled digests");
    } finally {
      round.unlock();
    }
  }

  /**
   * Sends the digest to every subscriber now (/senddigest); counts as each chat's digest for
   * today. Blocks for the whole fan-out, which the rate limits make long for many chats: from a
   * chat handler, use {@link #sendToAllInBackground()}.
   */
  public FanOutReport sendToAll() throws InterruptedException {
    round.lockInterruptibly();
    try {
      Instant now = clock.instant();
      Counts counts = new Counts();
      Map<Instant, Digest> built = new HashMap<>();
      for (Subscription s : store.all()) {
        if (closed) break;
        deliver(s.chatId(), now, counts, built);
      }
      return counts.report("Digest to all subscribers");
    } finally {
      round.unlock();
    }
  }

  /** {@link #sendToAll()} on the executor; the future completes with its report. */
  public CompletableFuture<FanOutReport> sendToAllInBackground() {
    CompletableFuture<FanOutReport> result = new CompletableFuture<>();
    executor.execute(() -> {
      try {
        result.complete(sendToAll());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        result.completeExceptionally(e);
      } catch (RuntimeException e) {
        log.error("Digest to all subscribers failed: {}", e.toString(), e);
        result.completeExceptionally(e);
      }
    });
    return result;
  }

  /**
   * Builds and sends one chat's digest, and records the outcome. Every digest of a round covers
   * articles up to the round's start ({@code dueAt}), so chats whose last digest ended at the same
   * moment (all those of the last round) share one built digest in {@code built}: the round's
   * bookkeeping does not grow with the corpus. An article added during the round is in each
   * chat's next digest.
   */
  private void deliver(long chatId, Instant dueAt, Counts counts, Map<Instant, Digest> built)
      throws InterruptedException {
    Subscription s = store.get(chatId).orElse(null);
    if (s == null) return; // unsubscribed meanwhile
    counts.chats++;
    Digest digest;
    try {
      Instant since = DigestBuilder.since(s);
      digest = built.get(since);
      if (digest == null) {
        digest = builder.between(since, dueAt);
        built.put(since, digest);
      }
    } catch (IOException | RuntimeException e) {
      log.warn("Digest for chat {} could not be built: {}", chatId, e.toString());
      failed(chatId, dueAt, e.toString(), counts);
      return;
    }
    if (digest.isEmpty() && !sendWhenEmpty) {
      counts.nothingNew++;
      settle(chatId, dueAt);
      return;
    }
    String html = formatter.html(digest, languageOf.apply(s));
    SendResult result = send(chatId, s.messageThreadId(), html);
    switch (result.outcome()) {
      case SENT -> sent(chatId, dueAt, digest.until(), counts);
      case CHAT_GONE -> gone(chatId, result.detail(), counts);
      case FAILED -> failed(chatId, dueAt, result.detail(), counts);
      case MIGRATED -> {
        long newId = result.newChatId();
        try {
          store.migrate(chatId, newId);
          counts.migrated++;
        } catch (IOException e) {
          log.error("Chat {} migrated to {}, but the subscription could not be moved: {}", chatId, newId, e.toString());
        }
        if (result.deliveredThere()) {
          sent(newId, dueAt, digest.until(), counts);
          return;
        }
        SendResult again = send(newId, s.messageThreadId(), html);
        switch (again.outcome()) {
          case SENT -> sent(newId, dueAt, digest.until(), counts);
          case CHAT_GONE -> gone(newId, again.detail(), counts);
          case FAILED -> failed(newId, dueAt, again.detail(), counts);
          case MIGRATED -> failed(newId, dueAt, "migrated twice in a row (to " + again.newChatId() + ")", counts);
        }
      }
    }
  }

  private SendResult send(long chatId, Integer threadId, String html) throws InterruptedException {
    try {
      return sender.send(chatId, threadId, html);
    } catch (RuntimeException e) {
      return SendResult.failed(e.toString());
    }
  }

  /**
   * @param covered the end of the period the digest covered: the next one starts there, so an
   *     article added while this one was being sent is not lost between the two
   */
  private void sent(long chatId, Instant dueAt, Instant covered, Counts counts) {
    counts.sent++;
    retries.remove(chatId);
    sentInProcess.put(chatId, scheduler.dayOf(dueAt));
    try {
      scheduler.markSent(chatId, dueAt, covered);
    } catch (IOException e) {
      log.error("Digest sent to chat {} but not recorded ({}); not resent while this process runs", chatId, e.toString());
    }
    log.debug("Digest sent to chat {}", chatId);
  }

  private void gone(long chatId, String detail, Counts counts) {
    counts.removed++;
    retries.remove(chatId);
    try {
      store.remove(chatId, detail);
    } catch (IOException e) {
      log.error("Chat {} is gone ({}), but its subscription could not be removed: {}", chatId, detail, e.toString());
    }
  }

  private void failed(long chatId, Instant dueAt, String detail, Counts counts) {
    counts.failed++;
    LocalDate day = scheduler.dayOf(dueAt);
    Retry previous = retries.get(chatId);
    int failures = previous != null && previous.day().equals(day) ? previous.failures() + 1 : 1;
    if (failures > RETRY_AFTER.size()) {
      retries.remove(chatId);
      log.warn("Digest to chat {} failed {} times today ({}); giving up until tomorrow", chatId, failures, detail);
      settle(chatId, dueAt);
      return;
    }
    Duration wait = RETRY_AFTER.get(failures - 1);
    retries.put(chatId, new Retry(day, failures, clock.instant().plus(wait)));
    log.warn("Digest to chat {} failed ({}); retrying in {} min", chatId, detail, wait.toMinutes());
  }

  private void settle(long chatId, Instant dueAt) {
    sentInProcess.put(chatId, scheduler.dayOf(dueAt));
    try {
      scheduler.markSettled(chatId, dueAt);
    } catch (IOException e) {
      log.error("Digest day of chat {} not recorded: {}", chatId, e.toString());
    }
  }

  /** The last round that had chats to send to, if any has run in this process. */
  public Optional<LastRound> lastRound() {
    return Optional.ofNullable(lastRound);
  }

  /** Tallies of one round. */
  private final class Counts {
    int chats;
    int sent;
    int nothingNew;
    int removed;
    int migrated;
    int failed;

    FanOutReport report(String what) {
      FanOutReport r = new FanOutReport(chats, sent, nothingNew, removed, migrated, failed);
      if (chats > 0) lastRound = new LastRound(clock.instant(), r);
      if (chats > 0) {
        log.info("{}: {} chats, {} sent, {} with nothing new, {} removed, {} migrated, {} failed",
            what, chats, sent, nothingNew, removed, migrated, failed);
      }
      return r;
    }
  }
}
