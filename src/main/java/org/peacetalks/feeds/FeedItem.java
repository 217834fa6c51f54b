package org.peacetalks.feeds;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a feed, as the feed tells it.
 *
 * @param link the article's address, as given
 * @param title the entry's title, or empty
 * @param published when it was published (else updated), or {@code null} when the feed does not say
 * @param content the entry's own text as HTML (full content when the feed carries it, else its
 *     summary), or empty
 */
public record FeedItem(String link, String title, Instant published, String content) {
  public FeedItem {
    Objects.requireNonNull(link, "link == null");
    title = title == null ? "" : title;
    content = content == null ? "" : content;
  }
}
