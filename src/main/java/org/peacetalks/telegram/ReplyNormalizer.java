package org.peacetalks.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns whatever a Bot API server answers into a body TelegramBots reads without surprises, so that
 * the status of the answer is never lost on the way to {@link ApiOutcome}:
 *
 * <ul>
 *   <li>An error status whose body is not a Bot API error (a proxy's 502 page, a plain-text 401)
 *       becomes {@code {"ok":false,"error_code":<status>,"description":…}}; an error reply without
 *       {@code error_code} gets the HTTP status. So "unable to deserialize" can only follow a 2xx.
 *   <li>A 2xx body that is no Bot API reply at all becomes {@code {"ok":true,"result":null}} for
 *       methods that act (the server accepted the call; there is nothing to read) and a 502-shaped
 *       error for getUpdates (a poll that brings nothing readable must be retried, and TelegramBots
 *       stops polling for good on a null result).
 *   <li>Two deviations of test servers are read the way they were meant: dates in milliseconds
 *       ({@code date}, {@code edit_date}, {@code forward_date} above 10^11) become seconds, and a
 *       getMe result without {@code is_bot} or {@code first_name} gets them (the bot is a bot).
 * </ul>
 *
 * Each kind of repair is logged once per process, at WARN: the operator learns the server does not
 * follow the Bot API to the letter. Thread-safe.
 */
final class ReplyNormalizer {
  private static final Logger log = LoggerFactory.getLogger(ReplyNormalizer.class);
  static final ObjectMapper JSON = new ObjectMapper();

  /** 10^11 seconds is the year 5138; 10^11 milliseconds is 1973. */
  private static final long MILLIS_FROM = 100_000_000_000L;

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
    if (!success) {
      if (botApiShaped && !node.path("ok").booleanValue()) {
        ObjectNode error = (ObjectNode) node;
        if (!error.path("error_code").isInt() || error.path("error_code").intValue() == 0)
          error.put("error_code", status);
        if (!error.path("description").isTextual()) error.put("description", "HTTP " + status);
        return bytes(error);
      }
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
