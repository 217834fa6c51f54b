package org.peacetalks.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * What one Bot API call came to, decided in one place ({@link #of}) for every call the bot makes,
 * as python-telegram-bot's {@code telegram.error} does; callers switch on {@link #kind()}.
 *
 * @param status the HTTP status (Telegram's {@code error_code}); 0 when no answer came (I/O) or the
 *     call never left (a local validation error)
 * @param description Telegram's description, or the error in a few words; never the token
 * @param retryAfter for {@link Kind#RETRY_AFTER}: Telegram's {@code retry_after}; else zero
 * @param migratedTo for {@link Kind#MIGRATED}: the supergroup's id; else {@code null}
 */
public record ApiOutcome(
    Kind kind, int status, String description, Duration retryAfter, Long migratedTo) {
  /** The classes of outcome, each with one way to act on it. */
  public enum Kind {
    /** Telegram accepted the call and its result was read. */
    DONE,
    /**
     * Telegram accepted the call (HTTP 2xx) but its reply could not be read (a server that bends
     * the Bot API, a reply cut short). Done all the same: sending again would repeat it.
     */
    DONE_UNREADABLE,
    /** 400 "message is not modified": an edit to what the message already says. Not an error. */
    NOT_MODIFIED,
    /** 429: wait {@code retryAfter}, then send again. */
    RETRY_AFTER,
    /** 403 (blocked, kicked, deactivated) or 400 "chat not found": never write there again. */
    CHAT_GONE,
    /** 400 with {@code migrate_to_chat_id}: the group became a supergroup; send there once. */
    MIGRATED,
    /** 400 "can't parse entities": send once more as plain text. */
    BAD_MARKUP,
    /** 401 or 404: the token is wrong. */
    UNAUTHORIZED,
    /** Refused for good: any other 4xx, or a call TelegramBots refused to send (validation). */
    REJECTED,
    /** No answer, and the call is known not to have been acted on: connection refused, 5xx. */
    TRANSIENT,
    /** No answer within the client's timeout after the call went out: it may have been acted on. */
    MAYBE_SENT
  }

  public ApiOutcome {
    Objects.requireNonNull(kind, "kind == null");
    description = description == null ? "" : description;
    retryAfter = retryAfter == null ? Duration.ZERO : retryAfter;
  }

  static ApiOutcome done() {
    return new ApiOutcome(Kind.DONE, 200, "", null, null);
  }

  /** True for the outcomes after which the call must not be made again. */
  boolean accepted() {
    return kind == Kind.DONE || kind == Kind.DONE_UNREADABLE || kind == Kind.NOT_MODIFIED;
  }

  /**
   * The outcome in a few words for a log line: the status (when there was one) and the description.
   */
  String detail() {
    return status == 0 ? description : (status + " " + description).strip();
  }

  /** Classifies a failed call. */
  static ApiOutcome of(TelegramApiException e) {
    if (e instanceof TelegramApiRequestException r
        && r.getErrorCode() != null
        && r.getErrorCode() != 0) {
      return ofReply(r);
    }
    Throwable cause = e.getCause();
    if (e instanceof TelegramApiValidationException
        || cause instanceof TelegramApiValidationException) {
      TelegramApiException local =
          e instanceof TelegramApiValidationException ? e : (TelegramApiException) cause;
      return new ApiOutcome(
          Kind.REJECTED, 0, "invalid request, not sent: " + local.getMessage(), null, null);
    }
    if (e instanceof TelegramApiRequestException) {
      // "Unable to deserialize response": BotApiWatch turns every error status into a Bot API error
      // with its code, so a reply without one came with HTTP 2xx: Telegram accepted the call.
      return new ApiOutcome(
          Kind.DONE_UNREADABLE,
          200,
          firstLine(cause != null ? cause.getMessage() : e.getMessage()),
          null,
          null);
    }
    if (cause instanceof BotApiWatch.AcceptedButUnread) {
      return new ApiOutcome(Kind.DONE_UNREADABLE, 200, cause.getMessage(), null, null);
    }
    if (cause instanceof JsonProcessingException) {
      return new ApiOutcome(
          Kind.REJECTED,
          0,
          "could not write the request: " + firstLine(cause.getMessage()),
          null,
          null);
    }
    if (cause instanceof IOException io) {
      return new ApiOutcome(
          timedOutAfterSending(io) ? Kind.MAYBE_SENT : Kind.TRANSIENT,
          0,
          BotApiWatch.describe(io),
          null,
          null);
    }
    return new ApiOutcome(Kind.TRANSIENT, 0, firstLine(e.getMessage()), null, null);
  }

  private static ApiOutcome ofReply(TelegramApiRequestException e) {
    int code = e.getErrorCode();
    String description = e.getApiResponse() == null ? "" : e.getApiResponse();
    String lower = description.toLowerCase(Locale.ROOT);
    Long migratedTo = e.getParameters() == null ? null : e.getParameters().getMigrateToChatId();
    if (code == 429) {
      Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
      return new ApiOutcome(
          Kind.RETRY_AFTER,
          code,
          description,
          Duration.ofSeconds(after == null || after < 1 ? 1 : after),
          null);
    }
    if (code == 401 || code == 404)
      return new ApiOutcome(Kind.UNAUTHORIZED, code, description, null, null);
    if (code == 403) return new ApiOutcome(Kind.CHAT_GONE, code, description, null, null);
    if (code >= 500) return new ApiOutcome(Kind.TRANSIENT, code, description, null, null);
    if (code == 400 && migratedTo != null)
      return new ApiOutcome(Kind.MIGRATED, code, description, null, migratedTo);
    if (code == 400 && lower.contains("chat not found"))
      return new ApiOutcome(Kind.CHAT_GONE, code, description, null, null);
    if (code == 400 && lower.contains("not modified"))
      return new ApiOutcome(Kind.NOT_MODIFIED, code, description, null, null);
    if (code == 400 && lower.contains("can't parse entities")) {
      return new ApiOutcome(Kind.BAD_MARKUP, code, description, null, null);
    }
    return new ApiOutcome(Kind.REJECTED, code, description, null, null);
  }

  /**
   * A read or call timeout: the request went out and no answer came, so the server may have acted
   * on it. A connect timeout is not one of these (nothing went out).
   */
  private static boolean timedOutAfterSending(IOException e) {
    if (!(e instanceof InterruptedIOException)) return false;
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    if (message.contains("connect")) return false;
    return e instanceof SocketTimeoutException
        || message.contains("timeout")
        || message.contains("timed out");
  }

  /** The first line of an error message, at most 200 characters: enough for one log line. */
  static String firstLine(String text) {
    if (text == null) return "";
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    return line.length() <= 200 ? line : line.substring(0, 200) + "…";
  }
}
