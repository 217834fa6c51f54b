package org.peacetalks.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every call to the Bot API goes through here, so that Telegram's errors are handled once:
 *
 * <ul>
 *   <li>429: waits {@code retry_after}, then sends again (a few times at most);
 *   <li>5xx, unreadable replies, network errors: bounded retries with exponential backoff;
 *   <li>403 (blocked, kicked, deactivated) and 400 "chat not found": records the chat in
 *       {@link BlockedChats} and writes to it no more;
 *   <li>400 "can't parse entities": sends the same content once more as plain text;
 *   <li>400 with {@code migrate_to_chat_id} (a group became a supergroup): sends it there once;
 *   <li>400 "message is not modified" (paging to the same page): not an error.
 * </ul>
 *
 * Messages and edits pass the {@link RateLimiter} first. Nothing is thrown: a failed call is
 * logged with its chat id and yields an empty result. Thread-safe. Never logs the token (it is
 * only in URLs, which are never logged here).
 */
final class Sender {
  private static final Logger log = LoggerFactory.getLogger(Sender.class);

  static final int MAX_FLOOD_WAITS = 5;
  static final int MAX_TRANSIENT_ATTEMPTS = 4;
  static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);

  private final TelegramClient client;
  private final RateLimiter limiter;
  private final BlockedChats blocked;
  private final Sleeper sleeper;
  private final Duration firstBackoff;

  Sender(TelegramClient client, RateLimiter limiter, BlockedChats blocked, Sleeper sleeper, Duration firstBackoff) {
    this.client = client;
    this.limiter = limiter;
    this.blocked = blocked;
    this.sleeper = sleeper;
    this.firstBackoff = firstBackoff;
  }

  /** Sends a message; empty when it could not be delivered (blocked chat, lasting failure). */
  Optional<Message> send(SendMessage message) {
    return call(message, Long.parseLong(message.getChatId()), true);
  }

  /**
   * Sends a message like {@link #send}, and says what became of it: the digest needs to tell a
   * chat that is closed to the bot from a passing failure, and to learn a supergroup's new id.
   */
  Delivery deliver(SendMessage message) {
    Trace trace = new Trace();
    boolean delivered = call(message, Long.parseLong(message.getChatId()), true, trace).isPresent();
    return new Delivery(delivered, trace.migratedTo, !delivered && trace.closed, delivered ? "" : trace.detail);
  }

  /** Edits a message; false when the edit did not happen (or changed nothing). */
  boolean edit(EditMessageText edit) {
    return call(edit, Long.parseLong(edit.getChatId()), true).isPresent();
  }

  /** Any other method (callback and inline answers, menus, getMe): retried, not rate-limited. */
  <T extends Serializable> Optional<T> execute(BotApiMethod<T> method) {
    return call(method, null, false);
  }

  /** What happened during one {@link #call}, for {@link #deliver}. */
  private static final class Trace {
    Long migratedTo;
    boolean closed;
    String detail = "";
  }

  private <T extends Serializable> Optional<T> call(BotApiMethod<T> method, Long chatId, boolean limited) {
    return call(method, chatId, limited, new Trace());
  }

  private <T extends Serializable> Optional<T> call(BotApiMethod<T> method, Long chatId, boolean limited, Trace trace) {
    String name = method.getMethod();
    int floodWaits = 0;
    int transientFailures = 0;
    boolean plainTried = false;
    boolean migrated = false;
    while (true) {
      if (chatId != null && blocked.contains(chatId)) {
        log.debug("Not calling {} for chat {}: the chat blocked the bot", name, chatId);
        trace.closed = true;
        trace.detail = "the chat is closed to the bot (recorded earlier)";
        return Optional.empty();
      }
      try {
        if (limited) limiter.acquire(chatId);
        return Optional.ofNullable(client.execute(method));
      } catch (TelegramApiRequestException e) {
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        String description = e.getApiResponse() == null ? "" : e.getApiResponse();
        String lower = description.toLowerCase(Locale.ROOT);
        trace.detail = code + " " + description;
        if (code == 429) {
          Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
          Duration wait = Duration.ofSeconds(after == null || after < 1 ? 1 : after);
          if (wait.compareTo(MAX_RETRY_AFTER) > 0) wait = MAX_RETRY_AFTER;
          if (++floodWaits > MAX_FLOOD_WAITS) {
            log.warn("Giving up {} for chat {}: still rate-limited after {} waits", name, chatId, MAX_FLOOD_WAITS);
            return Optional.empty();
          }
          log.info("Telegram asks to slow down ({} for chat {}): waiting {} s", name, chatId, wait.toSeconds());
          if (!pause(wait)) return Optional.empty();
        } else if (code == 400 && migratedTo(e) != null && !migrated && moveTo(method, migratedTo(e))) {
          migrated = true;
          trace.migratedTo = migratedTo(e);
          log.info("Chat {} became supergroup {}: sending there", chatId, migratedTo(e));
          chatId = migratedTo(e);
        } else if (code == 403 || (code == 400 && lower.contains("chat not found"))) {
          trace.closed = true;
          if (chatId != null && blocked.add(chatId)) {
            log.info("Chat {} is closed to the bot ({}): not writing to it any more", chatId, description);
          } else {
            log.info("{} refused for chat {}: {}", name, chatId, description);
          }
          return Optional.empty();
        } else if (code == 400 && lower.contains("not modified")) {
          return Optional.empty();
        } else if (code == 400 && lower.contains("can't parse entities") && !plainTried && asPlainText(method)) {
          plainTried = true;
          log.warn("Telegram could not parse our HTML for chat {} ({}): sending as plain text", chatId, description);
        } else if (code >= 500 || code == 0) {
          if (!retryTransient(name, chatId, ++transientFailures, code + " " + description)) return Optional.empty();
        } else {
          log.warn("{} for chat {} failed: {} {}", name, chatId, code, description);
          return Optional.empty();
        }
      } catch (TelegramApiException e) {
        String why = e.getCause() != null ? e.getCause().toString() : e.getClass().getSimpleName();
        trace.detail = why;
        if (!retryTransient(name, chatId, ++transientFailures, why)) return Optional.empty();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        trace.detail = "interrupted";
        return Optional.empty();
      }
    }
  }

  private boolean retryTransient(String method, Long chatId, int failures, String why) {
    if (failures >= MAX_TRANSIENT_ATTEMPTS) {
      log.warn("Giving up {} for chat {} after {} attempts: {}", method, chatId, failures, why);
      return false;
    }
    Duration wait = firstBackoff.multipliedBy(1L << (failures - 1));
    log.info("{} for chat {} failed ({}), retrying in {} ms", method, chatId, why, wait.toMillis());
    return pause(wait);
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

  private static Long migratedTo(TelegramApiRequestException e) {
    return e.getParameters() == null ? null : e.getParameters().getMigrateToChatId();
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
