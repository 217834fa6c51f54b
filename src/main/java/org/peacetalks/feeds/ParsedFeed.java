package org.peacetalks.feeds;

import java.util.List;

/**
 * A feed as read: its title (empty when it has none) and its entries that have a link, in feed
 * order.
 */
public record ParsedFeed(String title, List<FeedItem> items) {
  public ParsedFeed {
    title = title == null ? "" : title.strip();
    items = List.copyOf(items);
  }
}
