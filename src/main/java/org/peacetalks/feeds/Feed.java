package org.peacetalks.feeds;

import java.time.Instant;
import java.util.Objects;

/**
 * A feed as the bot keeps it, with its health.
 *
 * @param name the name given, or null (then the feed's own title is shown, once known)
 * @param fromConfig whether it comes from config/bot.yaml or BOT_FEEDS (else it was added in a
 *     chat)
 * @param lastFetchAt the last attempt, or null
 * @param lastError why the last attempt failed, as {@link FeedProblem#encoded()} writes it (or
 *     older free text); null after a success
 * @param backoffUntil not fetched again before this, or null
 * @param taken items indexed
 * @param skipped items judged off topic
 */
public record Feed(
    long id,
    String url,
    String name,
    boolean fromConfig,
    String etag,
    String lastModified,
    Instant lastFetchAt,
    Instant lastOkAt,
    String lastError,
    int failures,
    Instant backoffUntil,
    long taken,
    long skipped) {
  public Feed {
    Objects.requireNonNull(url, "url == null");
  }

  /** Why the last attempt failed, as stored in {@link #lastError()}; null after a success. */
  public FeedProblem problem() {
    return FeedProblem.decode(lastError);
  }

  /** The name to show: the one given, else the host. */
  public String label() {
    if (name != null && !name.isBlank()) return name;
    try {
      String host = java.net.URI.create(url).getHost();
      return host == null ? url : host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
