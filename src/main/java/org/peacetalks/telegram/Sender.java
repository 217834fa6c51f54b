package org.peacetalks.telegram;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Every call to the Bot API goes through here, so that Telegram's answers are acted on once, by
 * their class ({@link ApiOutcome}):
 *
 * <ul>
 *   <li>done, even when the 2xx reply cannot be read: never sent again;
 *   <li>429: waits the full {@code retry_after}, then sends again;
 *   <li>no answer (connection refused, 5xx, a proxy's 502): backs off (doubling up to a cap) and
 *       sends again, for as long as the delivery budget lasts (minutes: Telegram's outages are);
 *   <li>no answer within the client's timeout after the call went out: it may have been delivered,
 *       so it is sent once more after a longer wait, and never a third time;
 *   <li>403 (blocked, kicked, deactivated) and 400 "chat not found": records the chat in {@link
 *       BlockedChats} and writes to it no more;
 *   <li>400 "can't parse entities": sends the same content once more as plain text;
 *   <li>400 with {@code migrate_to_chat_id} (a group became a supergroup): sends it there once;
 *   <li>400 "message is not modified" (paging to the same page): not an error;
 *   <li>any other 4xx, and a call TelegramBots refuses before sending it: refused for good.
 * </ul>
 *
 * Messages and edits pass the {@link RateLimiter} first: the one limiter every send takes, digests
 * included. Nothing is thrown: a failed call is logged once, with its method, chat id, status and
 * Telegram's description, and yields an empty result. Retries during a known outage log at DEBUG
 * ({@link ApiReachability} says when it starts and ends). Thread-safe. Never logs the token (it is
 * only in URLs, which are never logged here).
 */
public final class Sender {
  private static final Logger log = LoggerFactory.getLogger(Sender.class);

  /**
   * How long a call may keep trying.
   *
   * @param firstBackoff the first wait after a call got no answer; doubles with each failure
   * @param maxBackoff the longest such wait
   * @param budget the most a call waits in all (backoff and {@code retry_after}) before giving up
   * @param maybeSentWait the wait before the one retry of a call that timed out after going out
   */
  record RetryPolicy(
      Duration firstBackoff, Duration maxBackoff, Duration budget, Duration maybeSentWait) {
    /** Minutes, not seconds: answers outlast an outage of Telegram's. */
    static final RetryPolicy DEFAULTS =
        new RetryPolicy(
            Duration.ofMillis(500),
            Duration.ofSeconds(30),
            Duration.ofMinutes(10),
            Duration.ofSeconds(30));
  }

  /** What became of a call, and its result when there is one to read. */
  record Result<T>(ApiOutcome outcome, T value) {
    Optional<T> result() {
      return Optional.ofNullable(value);
    }
  }

  private final TelegramClient client;
  private final RateLimiter limiter;
  private final BlockedChats blocked;
  private final Sleeper sleeper;
  private final RetryPolicy policy;
  private final ApiReachability reachability;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final Set<String> unreadableTold = ConcurrentHashMap.newKeySet();

  public Sender(
      TelegramClient client,
      RateLimiter limiter,
      BlockedChats blocked,
      Sleeper sleeper,
      Duration firstBackoff) {
    this(
        client,
        limiter,
        blocked,
        sleeper,
        new RetryPolicy(
            firstBackoff,
            RetryPolicy.DEFAULTS.maxBackoff(),
            RetryPolicy.DEFAULTS.budget(),
            RetryPolicy.DEFAULTS.maybeSentWait()),
        new ApiReachability(Clock.systemUTC()));
  }

  public Sender(
      TelegramClient client,
      RateLimiter limiter,
      BlockedChats blocked,
      Sleeper sleeper,
      RetryPolicy policy,
      ApiReachability reachability) {
    this.client = client;
    this.limiter = limiter;
    this.blocked = blocked;
    this.sleeper = sleeper;
    this.policy = policy;
    this.reachability = reachability;
  }

  /**
   * Sends a message; empty when it was not delivered, or delivered with a reply that could not be
   * read.
   */
  public Optional<Message> send(SendMessage message) {
    return call(message, Long.parseLong(message.getChatId()), true).result();
  }

  /**
   * Sends a message like {@link #send}, and says what became of it: the digest needs to tell a chat
   * that is closed to the bot from a passing failure, and to learn a supergroup's new id.
   */
  public Delivery deliver(SendMessage message) {
    long chatId = Long.parseLong(message.getChatId());
    Result<Message> result = call(message, chatId, true);
    ApiOutcome outcome = result.outcome();
    // A migration points the message at the supergroup (moveTo) before sending it there.
    long sentTo = Long.parseLong(message.getChatId());
    Long migratedTo = sentTo != chatId ? Long.valueOf(sentTo) : null;
    if (outcome.kind() == ApiOutcome.Kind.MIGRATED) migratedTo = outcome.migratedTo();
    return new Delivery(outcome, migratedTo);
  }

  /** Edits a message; false when the edit did not happen (or changed nothing). */
  public boolean edit(EditMessageText edit) {
    ApiOutcome outcome = call(edit, Long.parseLong(edit.getChatId()), true).outcome();
    return outcome.kind() == ApiOutcome.Kind.DONE
        || outcome.kind() == ApiOutcome.Kind.DONE_UNREADABLE;
  }

  /** Any other method (callback and inline answers, menus, getMe): retried, not rate-limited. */
  public <T extends Serializable> Optional<T> execute(BotApiMethod<T> method) {
    return call(method, null, false).result();
  }

  /** As {@link #execute}, with what became of the call. */
  <T extends Serializable> Result<T> executeWithOutcome(BotApiMethod<T> method) {
    return call(method, null, false);
  }

  /** Calls in progress: waiting for the limiter, for an answer or to retry. */
  int inFlight() {
    return inFlight.get();
  }

  private <T extends Serializable> Result<T> call(
      BotApiMethod<T> method, Long chatId, boolean limited) {
    inFlight.incrementAndGet();
    try {
      return attempt(method, chatId, limited);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private <T extends Serializable> Result<T> attempt(
      BotApiMethod<T> method, Long chatId, boolean limited) {
    String name = method.getMethod();
    Duration waited = Duration.ZERO;
    int noAnswer = 0;
    boolean plainTried = false;
    boolean migrated = false;
    boolean maybeSentRetried = false;
    while (true) {
      if (chatId != null && blocked.contains(chatId)) {
        log.debug("Not calling {} for chat {}: the chat blocked the bot", name, chatId);
        return new Result<>(
            new ApiOutcome(
                ApiOutcome.Kind.CHAT_GONE,
                0,
                "the chat is closed to the bot (recorded earlier)",
                null,
                null),
            null);
      }
      ApiOutcome outcome;
      try {
        if (limited) limiter.acquire(chatId);
        return new Result<>(ApiOutcome.done(), client.execute(method));
      } catch (TelegramApiException e) {
        outcome = ApiOutcome.of(e);
        log.debug("{}{}: {}", name, to(chatId), outcome, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Result<>(
            new ApiOutcome(ApiOutcome.Kind.TRANSIENT, 0, "interrupted", null, null), null);
      }
      Duration wait;
      switch (outcome.kind()) {
        case DONE, NOT_MODIFIED -> {
          return new Result<>(outcome, null);
        }
        case DONE_UNREADABLE -> {
          if (unreadableTold.add(name)) {
            log.warn(
                "{}{} was accepted (HTTP 2xx) but its reply could not be read ({}); counted as done,"
                    + " not sent again (told once per method)",
                name,
                to(chatId),
                outcome.description());
          }
          return new Result<>(outcome, null);
        }
        case RETRY_AFTER -> {
          wait = outcome.retryAfter();
          if (waited.plus(wait).compareTo(policy.budget()) > 0)
            return giveUp(name, chatId, outcome, waited);
          log.info(
              "{}{}: Telegram asks to slow down (429): waiting {} s",
              name,
              to(chatId),
              wait.toSeconds());
        }
        case MIGRATED -> {
          if (migrated || !moveTo(method, outcome.migratedTo()))
            return refused(name, chatId, outcome);
          migrated = true;
          log.info(
              "Chat {} became supergroup {}: sending {} there", chatId, outcome.migratedTo(), name);
          chatId = outcome.migratedTo();
          continue;
        }
        case CHAT_GONE -> {
          if (chatId != null && blocked.add(chatId)) {
            log.info(
                "{}{} refused ({}): the chat is closed to the bot, not writing to it any more",
                name,
                to(chatId),
                outcome.detail());
          } else {
            log.info("{}{} refused: {}", name, to(chatId), outcome.detail());
          }
          return new Result<>(outcome, null);
        }
        case BAD_MARKUP -> {
          if (plainTried || !asPlainText(method)) return refused(name, chatId, outcome);
          plainTried = true;
          log.warn(
              "{}{}: Telegram could not parse our HTML ({}): sending as plain text",
              name,
              to(chatId),
              outcome.detail());
          continue;
        }
        case UNAUTHORIZED, REJECTED -> {
          return refused(name, chatId, outcome);
        }
        case MAYBE_SENT -> {
          if (maybeSentRetried) {
            log.warn(
                "{}{}: no answer again ({}); it may have arrived, so it is not sent a third time",
                name,
                to(chatId),
                outcome.detail());
            return new Result<>(outcome, null);
          }
          maybeSentRetried = true;
          wait = policy.maybeSentWait();
          log.warn(
              "{}{}: no answer in time ({}); it may have arrived: sending it once more in {} s",
              name,
              to(chatId),
              outcome.detail(),
              wait.toSeconds());
        }
        default -> { // TRANSIENT
          noAnswer++;
          wait = backoff(noAnswer);
          if (waited.plus(wait).compareTo(policy.budget()) > 0)
            return giveUp(name, chatId, outcome, waited);
          if (noAnswer == 1 && reachability.reachable()) {
            log.info(
                "{}{} failed ({}): retrying with backoff for up to {}",
                name,
                to(chatId),
                outcome.detail(),
                readable(policy.budget()));
          } else {
            log.debug(
                "{}{} failed ({}): retry {} in {} ms",
                name,
                to(chatId),
                outcome.detail(),
                noAnswer,
                wait.toMillis());
          }
        }
      }
      if (!pause(wait)) {
        return new Result<>(
            new ApiOutcome(ApiOutcome.Kind.TRANSIENT, 0, "interrupted", null, null), null);
      }
      waited = waited.plus(wait);
    }
  }

  private Duration backoff(int failures) {
    Duration wait = policy.firstBackoff().multipliedBy(1L << Math.min(20, failures - 1));
    return wait.compareTo(policy.maxBackoff()) > 0 ? policy.maxBackoff() : wait;
  }

  private static <T> Result<T> refused(String name, Long chatId, ApiOutcome outcome) {
    log.warn("{}{} refused: {}", name, to(chatId), outcome.detail());
    return new Result<>(outcome, null);
  }

  private static <T> Result<T> giveUp(
      String name, Long chatId, ApiOutcome outcome, Duration waited) {
    log.warn(
        "Giving up {}{} after retrying for {} s: {}",
        name,
        to(chatId),
        waited.toSeconds(),
        outcome.detail());
    return new Result<>(outcome, null);
  }

  private static String readable(Duration d) {
    return d.toSeconds() >= 120 ? d.toMinutes() + " min" : d.toSeconds() + " s";
  }

  /** " to chat N", or nothing for calls without a chat. */
  private static String to(Long chatId) {
    return chatId == null ? "" : " to chat " + chatId;
  }

  private boolean pause(Duration wait) {
    try {
      sleeper.sleep(wait);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Points a message at the supergroup its group became; false for methods that cannot move. */
  private static boolean moveTo(BotApiMethod<?> method, long chatId) {
    if (method instanceof SendMessage m) {
      m.setChatId(chatId);
      return true;
    }
    return false;
  }

  /** Turns an HTML message or edit into plain text in place; false for other methods. */
  private static boolean asPlainText(BotApiMethod<?> method) {
    if (method instanceof SendMessage m && m.getParseMode() != null) {
      m.setText(Html.toPlain(m.getText()));
      m.setParseMode(null);
      return true;
    }
    if (method instanceof EditMessageText m && m.getParseMode() != null) {
      m.setText(Html.toPlain(m.getText()));
      m.setParseMode(null);
      return true;
    }
    return false;
  }
}
