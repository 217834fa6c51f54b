package org.peacetalks.feeds;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peacetalks.config.BotConfig;
import org.peacetalks.storage.FeedTable;
import org.peacetalks.storage.StateDatabase;

/**
 * Feeds and the items seen in them, in the state database (through {@link FeedTable}). Feeds added
 * in the chat are kept across restarts; feeds of the configuration are brought in step with it at
 * start. Thread-safe (the database serializes writes).
 */
public final class FeedStore {
  /** What became of an item. */
  public enum ItemStatus {
    TAKEN,
    SKIPPED,
    DUPLICATE,
    EMPTY
  }

  /** Items first seen since some time, by what became of them. */
  public record Counts(long taken, long skipped) {}

  private final FeedTable table;

  public FeedStore(StateDatabase db) {
    this.table = new FeedTable(Objects.requireNonNull(db, "db == null"));
  }

  /** Every feed, in the order they were added (the numbers of /feeds). */
  public List<Feed> list() throws IOException {
    return table.all().stream().map(FeedStore::feed).toList();
  }

  public Optional<Feed> find(long id) throws IOException {
    return table.find(id).map(FeedStore::feed);
  }

  /**
   * Adds a feed unless its URL is there already.
   *
   * @param addedBy the chat that added it, or null for the configuration
   * @return the feed added, or empty when it was there
   */
  public Optional<Feed> add(String url, String name, Long addedBy, Instant now) throws IOException {
    return table.insert(url, name, addedBy == null, addedBy, now).map(FeedStore::feed);
  }

  /**
   * Brings the configured feeds in step: each is added (or its name updated), and a feed of an
   * earlier configuration that is no longer named is dropped. Feeds added in the chat stay.
   */
  public void syncConfigured(List<BotConfig.FeedSource> sources, Instant now) throws IOException {
    table.syncConfigured(
        sources.stream().map(s -> new FeedTable.Configured(s.url(), s.name())).toList(), now);
  }

  /** Removes a feed; its items stay known, so they are not taken again if it comes back. */
  public boolean remove(long id) throws IOException {
    return table.delete(id);
  }

  /**
   * A fetch that worked: new validators, the error cleared, the backoff reset; the feed's own title
   * names it when it was given no name.
   */
  public void fetched(long feedId, String etag, String lastModified, String title, Instant now)
      throws IOException {
    table.recordFetched(
        feedId, etag, lastModified, title == null || title.isBlank() ? null : title, now);
  }

  /** A fetch that failed: the last good state stays; the error is shown and the feed waits. */
  public void failed(long feedId, String error, Instant backoffUntil, Instant now)
      throws IOException {
    table.recordFailed(feedId, error, backoffUntil, now);
  }

  /** Whether an item of this canonical URL was seen before. */
  public boolean seenUrl(String canonicalUrl) throws IOException {
    return table.hasItemAt(canonicalUrl);
  }

  /** Whether an item with this text was seen before (under another URL). */
  public boolean seenText(String contentHash) throws IOException {
    return table.hasItemWithHash(contentHash);
  }

  /** Records an item once, counting a taken or skipped one against its feed. */
  public void recordItem(
      long feedId,
      String canonicalUrl,
      String contentHash,
      String articleId,
      ItemStatus status,
      Instant now)
      throws IOException {
    table.insertItem(feedId, canonicalUrl, contentHash, articleId, stored(status), now);
  }

  /** An item to record with {@link #recordItems}, as {@link #recordItem} takes one. */
  public record ItemRecord(
      long feedId,
      String canonicalUrl,
      String contentHash,
      String articleId,
      ItemStatus status,
      Instant now) {}

  /** Records each item once, as {@link #recordItem} does, all in one transaction: all or none. */
  public void recordItems(List<ItemRecord> items) throws IOException {
    table.insertItems(
        items.stream()
            .map(
                i ->
                    new FeedTable.NewItem(
                        i.feedId(),
                        i.canonicalUrl(),
                        i.contentHash(),
                        i.articleId(),
                        stored(i.status()),
                        i.now()))
            .toList());
  }

  /** Items taken and skipped that were first seen at or after {@code since}. */
  public Counts countSince(Instant since) throws IOException {
    FeedTable.ItemCounts c = table.countItemsSince(since);
    return new Counts(c.taken(), c.skipped());
  }

  private static FeedTable.ItemStatus stored(ItemStatus status) {
    return switch (status) {
      case TAKEN -> FeedTable.ItemStatus.TAKEN;
      case SKIPPED -> FeedTable.ItemStatus.SKIPPED;
      case DUPLICATE -> FeedTable.ItemStatus.DUPLICATE;
      case EMPTY -> FeedTable.ItemStatus.EMPTY;
    };
  }

  private static Feed feed(FeedTable.Row r) {
    return new Feed(
        r.id(),
        r.url(),
        r.name(),
        r.fromConfig(),
        r.etag(),
        r.lastModified(),
        r.lastFetchAt(),
        r.lastOkAt(),
        r.lastError(),
        r.failures(),
        r.backoffUntil(),
        r.taken(),
        r.skipped());
  }
}
