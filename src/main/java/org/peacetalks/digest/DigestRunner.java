package org.peacetalks.digest;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.peacetalks.wording.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the digests: every {@code checkEvery} on the injected executor it sends one to each due
 * subscription ({@link DigestScheduler}) through the {@link DigestSender}, which keeps Telegram's
 * send limits; and {@link #sendToAll()} does it for every subscriber at once (/senddigest).
 *
 * <p>Chats are served in batches of {@link #BATCH}: the day is claimed (recorded as that day's
 * digest) for the whole batch in one transaction <em>before</em> its sends, and the period each
 * sent digest covered is recorded for the batch in one transaction after them. So a crash can at
 * worst skip a digest, never repeat it: the chats of the batch in flight that had not been sent to
 * get no message that day, and their next digest starts after the last one recorded as sent, so it
 * lists what the skipped one would have; those sent to but not yet recorded get no second message
 * that day, and their next digest lists those articles again. Two transactions per batch keep a
 * round's bookkeeping small beside the sends. Nothing new → no message unless {@code
 * sendWhenEmpty}, day settled; chat gone (403) → subscription removed; migrated → subscription
 * moved to the new id and the digest resent there once; failed → the claim is given back and the
 * send retried after 1, 5 and 15 minutes, then given up for that day (the next digest still lists
 * everything since the last one delivered). One round at a time; a bad chat never stops the round.
 * Thread-safe.
 */
public final class DigestRunner implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DigestRunner.class);

  /** Waits before retrying a failed send the same day; after the last, the day is given up. */
  static final List<Duration> RETRY_AFTER =
      List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15));

  /**
   * Chats claimed and recorded per transaction: a crash skips that day's digest for at most this
   * many chats (about two seconds of sends at Telegram's pace), and a round to 100,000 chats costs
   * 4,000 short transactions instead of 200,000.
   */
  static final int BATCH = 50;

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
   * Chats sent to, by day, in this process: guards against resending every round when the store
   * cannot be written. Only touched under {@link #round}.
   */
  private final Map<Long, LocalDate> sentInProcess = new HashMap<>();

  private ScheduledFuture<?> task;
  private volatile boolean closed;
  private volatile LastRound lastRound;

  /**
   * The last round that had chats to send to: when it ended and what it did (for the health check).
   */
  public record LastRound(Instant at, FanOutReport report) {}

  private record Retry(LocalDate day, int failures, Instant notBefore) {}

  /**
   * @param sendWhenEmpty {@code digest.sendWhenEmpty}: send "nothing new" rather than nothing
   * @param executor runs the periodic check and {@link #sendToAllInBackground()}; not shut down by
   *     {@link #close()}: its owner does that after closing this, with {@code shutdown()} and
   *     {@code awaitTermination} (not {@code shutdownNow()}: an interrupt during a state write
   *     loses that write)
   * @param languageOf the language each subscriber's digest is written in ({@link #storedLanguage}
   *     or the chat's chosen one)
   */
  public DigestRunner(
      SubscriptionStore store,
      DigestScheduler scheduler,
      DigestBuilder builder,
      DigestFormatter formatter,
      DigestSender sender,
      boolean sendWhenEmpty,
      Clock clock,
      ScheduledExecutorService executor,
      Function<Subscription, Texts> languageOf) {
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

  /** The language stored with a subscription: its user's when the chat subscribed. */
  public static Texts storedLanguage(Subscription s) {
    return Texts.forLanguage(s.language());
  }

  /** Checks for due digests now and then every {@code checkEvery} (30 s is plenty). */
  public synchronized void start(Duration checkEvery) {
    if (task != null) throw new IllegalStateException("already started");
    task =
        executor.scheduleWithFixedDelay(
            this::scheduledRound, 0, checkEvery.toMillis(), TimeUnit.MILLISECONDS);
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
      List<Subscription> due = new ArrayList<>();
      for (Subscription s : scheduler.due(now)) {
        Retry retry = retries.get(s.chatId());
        if (retry != null && retry.day().equals(today) && now.isBefore(retry.notBefore())) continue;
        if (today.equals(sentInProcess.get(s.chatId()))) continue;
        due.add(s);
      }
      deliverAll(due, now, counts);
      return counts.report("Scheduled digests");
    } finally {
      round.unlock();
    }
  }

  /**
   * Sends the digest to every subscriber now (/senddigest); counts as each chat's digest for today.
   * Blocks for the whole fan-out, which the rate limits make long for many chats: from a chat
   * handler, use {@link #sendToAllInBackground()}.
   */
  public FanOutReport sendToAll() throws InterruptedException {
    round.lockInterruptibly();
    try {
      Instant now = clock.instant();
      Counts counts = new Counts();
      deliverAll(store.all(), now, counts);
      return counts.report("Digest to all subscribers");
    } finally {
      round.unlock();
    }
  }

  /** {@link #sendToAll()} on the executor; the future completes with its report. */
  public CompletableFuture<FanOutReport> sendToAllInBackground() {
    CompletableFuture<FanOutReport> result = new CompletableFuture<>();
    executor.execute(
        () -> {
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
   * Builds, claims, sends and records the digests of these subscriptions, batch by batch. Every
   * digest of a round covers articles up to the round's start ({@code dueAt}), so chats whose
   * windows hold the same new articles (all those of the last round) share one listing ({@link
   * DigestBuilder} keeps it): the round's bookkeeping does not grow with the corpus. An article
   * added during the round is in each chat's next digest.
   */
  private void deliverAll(List<Subscription> subscriptions, Instant dueAt, Counts counts)
      throws InterruptedException {
    for (int from = 0; from < subscriptions.size() && !closed; from += BATCH) {
      deliverBatch(
          subscriptions.subList(from, Math.min(subscriptions.size(), from + BATCH)), dueAt, counts);
    }
  }

  private void deliverBatch(List<Subscription> batch, Instant dueAt, Counts counts)
      throws InterruptedException {
    LocalDate day = scheduler.dayOf(dueAt);
    Map<Long, Digest> digests = new LinkedHashMap<>();
    for (Subscription s : batch) {
      try {
        digests.put(s.chatId(), builder.between(DigestBuilder.since(s), dueAt));
      } catch (IOException | RuntimeException e) {
        log.warn("Digest for chat {} could not be built: {}", s.chatId(), e.toString());
        counts.chats++;
        failed(s.chatId(), dueAt, e.toString(), counts);
      }
    }
    if (digests.isEmpty()) return;
    Set<Long> claimed;
    try {
      claimed =
          store.claimDigests(
              digests.keySet(), day); // also settles the day of those with nothing new
    } catch (IOException e) {
      // Not sent: a send whose day could not be recorded first might be repeated.
      log.warn(
          "Digests to {} chats not sent: their day could not be recorded first ({})",
          digests.size(),
          e.toString());
      for (long chatId : digests.keySet()) {
        counts.chats++;
        failed(chatId, dueAt, e.toString(), counts);
      }
      return;
    }
    Map<Long, Instant> sent = new LinkedHashMap<>();
    try {
      for (Subscription s : batch) {
        Digest digest = digests.get(s.chatId());
        if (digest == null || !claimed.contains(s.chatId()))
          continue; // not built, or unsubscribed meanwhile
        if (closed) {
          release(s.chatId(), day, s.lastDigestDate()); // sent after the restart instead
          continue;
        }
        counts.chats++;
        if (digest.isEmpty() && !sendWhenEmpty) {
          counts.nothingNew++;
          sentInProcess.put(s.chatId(), day);
          continue;
        }
        deliver(s, digest, dueAt, counts, sent);
      }
    } catch (InterruptedException e) {
      record(sent, day);
      throw e;
    }
    record(sent, day);
  }

  /**
   * Sends one claimed chat its digest; a sent one goes into {@code sent}, to be recorded with its
   * batch.
   */
  private void deliver(
      Subscription s, Digest digest, Instant dueAt, Counts counts, Map<Long, Instant> sent)
      throws InterruptedException {
    long chatId = s.chatId();
    LocalDate day = scheduler.dayOf(dueAt);
    String html = formatter.html(digest, languageOf.apply(s));
    SendResult result = send(chatId, s.messageThreadId(), html);
    switch (result.outcome()) {
      case SENT -> sent(chatId, day, digest.until(), counts, sent);
      case CHAT_GONE -> gone(chatId, result.detail(), counts);
      case FAILED -> {
        release(chatId, day, s.lastDigestDate());
        failed(chatId, dueAt, result.detail(), counts);
      }
      case MIGRATED -> {
        long newId = result.newChatId();
        try {
          store.migrate(chatId, newId); // the claimed day moves with the subscription
          counts.migrated++;
        } catch (IOException e) {
          log.error(
              "Chat {} migrated to {}, but the subscription could not be moved: {}",
              chatId,
              newId,
              e.toString());
        }
        if (result.deliveredThere()) {
          sent(newId, day, digest.until(), counts, sent);
          return;
        }
        SendResult again = send(newId, s.messageThreadId(), html);
        switch (again.outcome()) {
          case SENT -> sent(newId, day, digest.until(), counts, sent);
          case CHAT_GONE -> gone(newId, again.detail(), counts);
          case FAILED -> {
            release(newId, day, s.lastDigestDate());
            failed(newId, dueAt, again.detail(), counts);
          }
          case MIGRATED -> {
            release(newId, day, s.lastDigestDate());
            failed(newId, dueAt, "migrated twice in a row (to " + again.newChatId() + ")", counts);
          }
        }
      }
    }
  }

  /**
   * Gives a claimed day back (a failed send, or a stop before it), so the chat is due again today.
   */
  private void release(long chatId, LocalDate day, LocalDate previous) {
    try {
      store.releaseDigest(chatId, day, previous);
    } catch (IOException e) {
      // The day stays claimed: no retry today; the next digest lists everything since the last one
      // sent.
      log.error(
          "Digest day of chat {} could not be given back ({}); its next digest comes tomorrow",
          chatId,
          e.toString());
    }
  }

  /** Records the period each digest of a batch covered, in one transaction. */
  private void record(Map<Long, Instant> sent, LocalDate day) {
    if (sent.isEmpty()) return;
    try {
      store.recordDigestsSent(sent, day);
    } catch (IOException e) {
      // The days are claimed, so nothing is resent; the next digests list these articles again.
      log.error(
          "Digests sent to {} chats but the periods they covered not recorded ({})",
          sent.size(),
          e.toString());
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
  private void sent(
      long chatId, LocalDate day, Instant covered, Counts counts, Map<Long, Instant> sent) {
    counts.sent++;
    retries.remove(chatId);
    sentInProcess.put(chatId, day);
    sent.put(chatId, covered);
    log.debug("Digest sent to chat {}", chatId);
  }

  private void gone(long chatId, String detail, Counts counts) {
    counts.removed++;
    retries.remove(chatId);
    try {
      store.remove(chatId, detail);
    } catch (IOException e) {
      log.error(
          "Chat {} is gone ({}), but its subscription could not be removed: {}",
          chatId,
          detail,
          e.toString());
    }
  }

  private void failed(long chatId, Instant dueAt, String detail, Counts counts) {
    counts.failed++;
    LocalDate day = scheduler.dayOf(dueAt);
    Retry previous = retries.get(chatId);
    int failures = previous != null && previous.day().equals(day) ? previous.failures() + 1 : 1;
    if (failures > RETRY_AFTER.size()) {
      retries.remove(chatId);
      log.warn(
          "Digest to chat {} failed {} times today ({}); giving up until tomorrow",
          chatId,
          failures,
          detail);
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
        log.info(
            "{}: {} chats, {} sent, {} with nothing new, {} removed, {} migrated, {} failed",
            what,
            chats,
            sent,
            nothingNew,
            removed,
            migrated,
            failed);
      }
      return r;
    }
  }
}
