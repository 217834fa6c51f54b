package org.peacetalks.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Turns whatever a Bot API server answers into a body TelegramBots reads without surprises, so that
 * the status of the answer is never lost on the way to {@link ApiOutcome}:
 *
 * <ul>
 *   <li>An error status whose body is not a Bot API error (a proxy's 502 page, a plain-text 401)
 *       becomes {@code {"ok":false,"error_code":<status>,"description":…}}; an error reply without
 *       {@code error_code} gets the HTTP status, or 500 when it came with a 2xx; a {@code
 *       retry_after} that is no number is read as one or dropped. So "unable to deserialize" can
 *       only follow a 2xx.
 *   <li>A 2xx body that is no Bot API reply at all becomes {@code {"ok":true,"result":null}} for
 *       methods that act (the server accepted the call; there is nothing to read) and a 502-shaped
 *       error for getUpdates (a poll that brings nothing readable must be retried, and TelegramBots
 *       stops polling for good on a null result), as does a getUpdates result that is no list.
 *   <li>One update TelegramBots cannot read becomes its bare {@code update_id}, so that it does not
 *       block every update after it.
 *   <li>deleteWebhook refused for good (a server without webhooks) counts as done: TelegramBots
 *       will not poll otherwise.
 *   <li>Two deviations of test servers are read the way they were meant: dates in milliseconds
 *       ({@code date}, {@code edit_date}, {@code forward_date} above 10^11) become seconds, and a
 *       getMe result without {@code is_bot} or {@code first_name} gets them (the bot is a bot).
 * </ul>
 *
 * Each kind of repair is logged once per process, at WARN: the operator learns the server does not
 * follow the Bot API to the letter; a skipped update is logged each time, with its id. Thread-safe.
 */
final class ReplyNormalizer {
  private static final Logger log = LoggerFactory.getLogger(ReplyNormalizer.class);
  static final ObjectMapper JSON = new ObjectMapper();

  /** 10^11 seconds is the year 5138; 10^11 milliseconds is 1973. */
  private static final long MILLIS_FROM = 100_000_000_000L;

  private static final String DELETE_WEBHOOK = "deletewebhook";

  private static final Set<String> DATE_FIELDS = Set.of("date", "edit_date", "forward_date");
  private static final int SNIPPET = 120;

  /** An HTML page's title says what it is ("502 Bad Gateway") better than its text. */
  private static final java.util.regex.Pattern TITLE =
      java.util.regex.Pattern.compile(
          "<title>([^<]*)</title>", java.util.regex.Pattern.CASE_INSENSITIVE);

  private final Set<String> told = ConcurrentHashMap.newKeySet();

  /** The body to hand to TelegramBots for this reply. */
  byte[] normalize(String method, int status, byte[] body) {
    JsonNode node = parse(body);
    boolean success = status / 100 == 2;
    boolean botApiShaped = node != null && node.isObject() && node.path("ok").isBoolean();
    if (DELETE_WEBHOOK.equals(method) && webhookRefusedForGood(status, node)) {
      once(
          "deletewebhook",
          "deleteWebhook: the Bot API server refused it (HTTP {}: {}); polling all the same "
              + "(should a webhook be set for this token, getUpdates will fail with 409 Conflict)",
          status,
          botApiShaped ? node.path("description").asText("") : snippet(body));
      return bytes(JSON.createObjectNode().put("ok", true).put("result", true));
    }
    if (botApiShaped && !node.path("ok").booleanValue()) {
      ObjectNode error = (ObjectNode) node;
      if (!error.path("error_code").isInt() || error.path("error_code").intValue() == 0) {
        // A refusal that gives no code came with a 2xx or with its own status: a 2xx says nothing
        // of why, so it counts as the server's failure, to be tried again, never as done.
        error.put("error_code", success ? 500 : status);
      }
      if (!error.path("description").isTextual()) error.put("description", "HTTP " + status);
      readableRetryAfter(error);
      return bytes(error);
    }
    if (!success) {
      return bytes(
          error(status, "HTTP " + status + (body.length == 0 ? "" : ": " + snippet(body))));
    }
    if (!botApiShaped) {
      once(
          "not-bot-api-" + method,
          "{}: HTTP {} but the reply is not a Bot API reply ({}); {}",
          method,
          status,
          snippet(body),
          ApiReachability.POLL_METHOD.equals(method) ? "polling again" : "counted as done");
      if (ApiReachability.POLL_METHOD.equals(method)) {
        return bytes(
            error(502, "HTTP " + status + " reply is not a Bot API reply: " + snippet(body)));
      }
      ObjectNode accepted = JSON.createObjectNode().put("ok", true);
      accepted.putNull("result");
      return bytes(accepted);
    }
    JsonNode result = node.path("result");
    if (ApiReachability.POLL_METHOD.equals(method)) {
      if (!result.isArray()) {
        once(
            "poll-result",
            "getupdates: HTTP {} but the result is not a list of updates ({}); polling again",
            status,
            snippet(body));
        return bytes(error(502, "getUpdates result is not a list of updates: " + snippet(body)));
      }
      boolean changed = secondsFromMillis(result);
      changed |= unreadableUpdatesSkipped((ArrayNode) result);
      return changed ? bytes(node) : body;
    }
    boolean changed = secondsFromMillis(result);
    if ("getme".equals(method) && result.isObject())
      changed |= completeBotUser((ObjectNode) result);
    return changed ? bytes(node) : body;
  }

  private boolean secondsFromMillis(JsonNode node) {
    boolean changed = false;
    if (node.isArray()) {
      for (JsonNode child : node) changed |= secondsFromMillis(child);
    } else if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        JsonNode value = field.getValue();
        if (DATE_FIELDS.contains(field.getKey())
            && value.isIntegralNumber()
            && value.longValue() >= MILLIS_FROM) {
          field.setValue(JSON.getNodeFactory().numberNode(value.longValue() / 1000));
          once(
              "millis",
              "The Bot API server sends dates in milliseconds ({} {}); reading them as seconds",
              field.getKey(),
              value.longValue());
          changed = true;
        } else {
          changed |= secondsFromMillis(value);
        }
      }
    }
    return changed;
  }

  /**
   * An update TelegramBots cannot read (a field of a newer Bot API with a type it does not know, a
   * number past its int) would fail the whole batch, and the same batch would come back for ever:
   * nobody would be answered again. It is replaced by its bare id, which the bot skips, so polling
   * moves past it. Logged each time, with its id and why.
   */
  private boolean unreadableUpdatesSkipped(ArrayNode updates) {
    boolean changed = false;
    for (int i = 0; i < updates.size(); i++) {
      JsonNode update = updates.get(i);
      try {
        JSON.treeToValue(update, Update.class);
      } catch (IOException | RuntimeException unreadable) { // whatever the reason: skip it
        JsonNode id = update.path("update_id");
        if (id.canConvertToInt()) {
          log.warn(
              "Update {} cannot be read ({}): skipped",
              id.asText(),
              ApiOutcome.firstLine(unreadable.getMessage()));
          updates.set(i, JSON.createObjectNode().put("update_id", id.intValue()));
        } else {
          once(
              "update-id",
              "An update without a readable update_id cannot be read ({}): left out",
              ApiOutcome.firstLine(unreadable.getMessage()));
          updates.remove(i--);
        }
        changed = true;
      }
    }
    return changed;
  }

  /**
   * TelegramBots will not poll unless deleteWebhook answers true. getMe has already accepted the
   * token, so a 4xx other than 401 or 429 (a server without webhooks answers 404 or 400) or a 2xx
   * that is not true means "no webhook here", not "stop"; 5xx and no answer are tried again.
   */
  private static boolean webhookRefusedForGood(int status, JsonNode node) {
    boolean shaped = node != null && node.path("ok").isBoolean();
    boolean refusal = shaped && !node.path("ok").booleanValue();
    if (status / 100 == 2 && !refusal) return !(shaped && node.path("result").asBoolean(false));
    int code = status / 100 == 2 ? node.path("error_code").asInt(0) : status;
    return code != 401 && code != 429 && (code == 0 || code / 100 == 4);
  }

  /**
   * A {@code retry_after} TelegramBots cannot read ("soon") would make the whole reply unreadable:
   * a number in a string is read as that number, anything else is dropped (the wait is then the
   * sender's own).
   */
  private void readableRetryAfter(ObjectNode error) {
    JsonNode parameters = error.path("parameters");
    JsonNode after = parameters.path("retry_after");
    if (!after.isTextual()) return;
    try {
      ((ObjectNode) parameters)
          .put("retry_after", (int) Math.ceil(Double.parseDouble(after.asText().strip())));
    } catch (NumberFormatException notANumber) {
      ((ObjectNode) parameters).remove("retry_after");
      once("retry_after", "The Bot API server's retry_after is not a number ({}); ignored", after);
    }
  }

  private boolean completeBotUser(ObjectNode user) {
    boolean changed = false;
    if (!user.path("is_bot").isBoolean()) {
      user.put("is_bot", true);
      once("is_bot", "The Bot API server's getMe has no is_bot; taking the bot for a bot");
      changed = true;
    }
    if (!user.path("first_name").isTextual()) {
      user.put("first_name", user.path("username").asText(""));
      once("first_name", "The Bot API server's getMe has no first_name; using the username");
      changed = true;
    }
    return changed;
  }

  private void once(String key, String format, Object... args) {
    if (told.add(key)) log.warn(format, args);
  }

  static ObjectNode error(int status, String description) {
    return JSON.createObjectNode()
        .put("ok", false)
        .put("error_code", status)
        .put("description", description);
  }

  private static JsonNode parse(byte[] body) {
    if (body.length == 0) return null;
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** The start of a body as one line of text, tags dropped: enough to recognise a proxy's page. */
  static String snippet(byte[] body) {
    String text = new String(body, 0, Math.min(body.length, 2_000), StandardCharsets.UTF_8);
    java.util.regex.Matcher title = TITLE.matcher(text);
    if (title.find()) text = title.group(1);
    text = text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
    return text.length() <= SNIPPET ? text : text.substring(0, SNIPPET) + "…";
  }
}
