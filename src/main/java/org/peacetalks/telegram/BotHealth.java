package org.peacetalks.telegram;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The bot's state for the health check ({@code GET /healthz}), taken at one moment.
 *
 * @param healthy polling works (the last getUpdates succeeded recently and the Bot API is
 *     reachable) and the index can be read: the bot can hear questions and answer them
 * @param reason why not, in a few words; empty when healthy
 * @param polling the last getUpdates succeeded, recently
 * @param secondsSinceLastPoll since the last successful getUpdates; -1 before the first
 * @param queuedSends calls to the Bot API in progress: waiting for the rate limiter, an answer or a
 *     retry
 * @param indexParagraphs paragraphs in the index; -1 when it cannot be read
 * @param details what features add (the last digest round), in the order they add it
 */
public record BotHealth(
    boolean healthy,
    String reason,
    boolean polling,
    long secondsSinceLastPoll,
    int queuedSends,
    long indexParagraphs,
    Map<String, Object> details) {
  public BotHealth {
    Objects.requireNonNull(reason, "reason == null");
    details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /** The JSON body: these fields in this order, then the details. */
  public Map<String, Object> asJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("status", healthy ? "ok" : "unavailable");
    if (!healthy) json.put("reason", reason);
    json.put("polling", polling);
    json.put("secondsSinceLastPoll", secondsSinceLastPoll);
    json.put("queuedSends", queuedSends);
    json.put("indexParagraphs", indexParagraphs);
    json.putAll(details);
    return json;
  }
}
