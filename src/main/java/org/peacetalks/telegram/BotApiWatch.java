package org.peacetalks.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sees every Bot API call of both the poller and the sender (an OkHttp interceptor on their
 * clients): tells {@link ApiReachability} whether the server answered, and hands TelegramBots a
 * body it can read ({@link ReplyNormalizer}), read in full here so that a connection that breaks
 * mid-body fails the call instead of leaving TelegramBots waiting for ever (an exception thrown
 * while it reads a body never completes its future). Never sees or logs more of the URL than the
 * method name: the rest is the token.
 */
final class BotApiWatch implements Interceptor {
  private static final Logger log = LoggerFactory.getLogger(BotApiWatch.class);
  private static final MediaType JSON = MediaType.get("application/json");

  /**
   * The shortest time between two polls that bring nothing. Telegram holds an empty getUpdates for
   * its 50 s timeout; a server that answers at once would otherwise be asked again at once, since
   * TelegramBots polls again a microsecond after each answer, and the bot would spin a core.
   */
  static final Duration EMPTY_POLL_GAP = Duration.ofMillis(500);

  private final ApiReachability reachability;
  private final Sleeper sleeper;
  private final ReplyNormalizer normalizer = new ReplyNormalizer();
  private final AtomicBoolean spinTold = new AtomicBoolean();

  BotApiWatch(ApiReachability reachability, Sleeper sleeper) {
    this.reachability = reachability;
    this.sleeper = sleeper;
  }

  /**
   * The body of a 2xx answer could not be read to the end. The server had accepted the call, so it
   * counts as done ({@link ApiOutcome.Kind#DONE_UNREADABLE}), never as a reason to send again.
   */
  static final class AcceptedButUnread extends IOException {
    AcceptedButUnread(String method, int status, IOException cause) {
      super(method + " answered HTTP " + status + " but the reply broke off: " + cause, cause);
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    String method = methodOf(chain.request().url().pathSegments());
    Instant sentAt = reachability.clock().instant();
    long sentNanos = System.nanoTime(); // the poll's real duration, whatever the bot's clock says
    Response response;
    try {
      response = chain.proceed(chain.request());
    } catch (IOException e) {
      reachability.failed(method, describe(e), sentAt);
      throw e;
    }
    int status = response.code();
    byte[] body;
    try (ResponseBody original = response.body()) {
      body = original == null ? new byte[0] : original.bytes();
    } catch (IOException e) {
      if (status / 100 == 2) throw new AcceptedButUnread(method, status, e);
      reachability.failed(method, describe(e), sentAt);
      throw e;
    }
    if (status == 502 || status == 503 || status == 504) {
      reachability.failed(
          method,
          "HTTP " + status + (body.length == 0 ? "" : ": " + ReplyNormalizer.snippet(body)),
          sentAt);
    } else {
      reachability.answered(method, status, sentAt);
    }
    byte[] readable = normalizer.normalize(method, status, body);
    boolean refusedOrRepaired = status / 100 != 2 || readable != body;
    if (ApiReachability.POLL_METHOD.equals(method)
        && refusedOrRepaired
        && status != 502
        && status != 503
        && status != 504) {
      String refusal = refusal(readable);
      if (refusal != null) reachability.pollRefused("HTTP " + status + ": " + refusal);
    }
    if (ApiReachability.POLL_METHOD.equals(method) && status / 100 == 2) {
      pauseAfterAnEarlyEmptyPoll(readable, Duration.ofNanos(System.nanoTime() - sentNanos));
    }
    Response.Builder answer = response.newBuilder().body(ResponseBody.create(readable, JSON));
    // A refusal the normalizer reads as done (deleteWebhook on a server without webhooks) must
    // also look done to TelegramBots, which checks the status before the body.
    if (status / 100 != 2 && refusal(readable) == null) answer.code(200).message("OK");
    return answer.build();
  }

  private void pauseAfterAnEarlyEmptyPoll(byte[] readable, Duration took) throws IOException {
    Duration left = EMPTY_POLL_GAP.minus(took);
    // A stopping bot's last poll, answered at once by a server that lets it go, needs no pause.
    if (left.isNegative() || left.isZero() || reachability.isStopping() || !emptyPoll(readable))
      return;
    if (spinTold.compareAndSet(false, true)) {
      log.warn(
          "The Bot API server answers getUpdates at once when there is nothing new (no long "
              + "polling): polling at most every {} ms",
          EMPTY_POLL_GAP.toMillis());
    }
    try {
      sleeper.sleep(left);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("stopped while pausing between polls");
    }
  }

  private static boolean emptyPoll(byte[] readable) {
    try {
      JsonNode reply = ReplyNormalizer.JSON.readTree(readable);
      return reply.path("ok").asBoolean(false)
          && reply.path("result").isArray()
          && reply.path("result").isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /** The description of a Bot API error reply; {@code null} for a reply that is not an error. */
  private static String refusal(byte[] normalized) {
    try {
      var reply = ReplyNormalizer.JSON.readTree(normalized);
      return reply.path("ok").asBoolean(true) ? null : reply.path("description").asText("");
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The last path segment, lower case: {@code /bot<token>/sendMessage} gives {@code sendmessage}.
   */
  static String methodOf(List<String> segments) {
    return segments.isEmpty() ? "" : segments.get(segments.size() - 1).toLowerCase(Locale.ROOT);
  }

  /** An I/O error in one short phrase: its kind and message, never a URL. */
  static String describe(IOException e) {
    String message = e.getMessage();
    if (e instanceof SocketTimeoutException) {
      return message != null && message.toLowerCase(java.util.Locale.ROOT).contains("connect")
          ? "connect timeout"
          : "no answer within the timeout";
    }
    String kind = e.getClass().getSimpleName();
    if (message == null || message.isBlank()) return kind;
    // Some messages name the URL (and with it the token): keep only the part before any.
    int url = message.indexOf("http");
    String text =
        url >= 0
            ? message.substring(0, url).strip().replaceAll("\\s+(on|to|from|at)$", "")
            : message;
    return text.isEmpty() ? kind : kind + ": " + text;
  }
}
