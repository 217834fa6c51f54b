package org.peacetalks.feeds;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What admins do with feeds, from the chat or the command line: list them, add one (checked to be
 * an http(s) address) or every feed of an OPML file, remove one by its number in the list, export
 * them as OPML, and count items taken and skipped today. Told of each addition so the new feed is
 * read soon. Thread-safe.
 */
public final class FeedRegistry {
  /** What became of an addition. */
  public record Added(int added, int alreadyThere, List<String> refused) {}

  private final FeedStore store;
  private final Runnable onAdded;
  private final Clock clock;

  /**
   * @param onAdded told after feeds were added (the scheduler polls soon)
   */
  public FeedRegistry(FeedStore store, Runnable onAdded, Clock clock) {
    this.store = Objects.requireNonNull(store, "store == null");
    this.onAdded = Objects.requireNonNull(onAdded, "onAdded == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  public List<Feed> list() throws IOException {
    return store.list();
  }

  /** Adds one feed for a chat. */
  public Added add(String url, String name, long chatId) throws IOException {
    return addAll(List.of(new Opml.Entry(url, name)), chatId);
  }

  /** Adds the feeds of an OPML file for a chat. */
  public Added addOpml(byte[] opml, long chatId) throws IOException {
    return addAll(Opml.read(opml), chatId);
  }

  private Added addAll(List<Opml.Entry> entries, long chatId) throws IOException {
    int added = 0;
    int there = 0;
    List<String> refused = new ArrayList<>();
    Instant now = clock.instant();
    for (Opml.Entry e : entries) {
      String url = e.url().strip();
      if (!isHttpUrl(url)) {
        refused.add(url);
        continue;
      }
      if (store.add(url, e.name(), chatId, now).isPresent()) added++;
      else there++;
    }
    if (added > 0) onAdded.run();
    return new Added(added, there, refused);
  }

  /**
   * Removes the feed numbered {@code n} in {@link #list()} (from 1).
   *
   * @return the feed removed, or null when there is no such number
   * @throws ConfiguredFeedException for a feed of the configuration (it would come back at start)
   */
  public Feed remove(int n) throws IOException, ConfiguredFeedException {
    List<Feed> feeds = store.list();
    if (n < 1 || n > feeds.size()) return null;
    Feed f = feeds.get(n - 1);
    if (f.fromConfig()) throw new ConfiguredFeedException(f);
    store.remove(f.id());
    return f;
  }

  /** A feed of config/bot.yaml or BOT_FEEDS, which only the configuration removes. */
  public static final class ConfiguredFeedException extends Exception {
    private final String url;

    public ConfiguredFeedException(Feed f) {
      super(
          f.url()
              + " comes from the configuration (feeds in config/bot.yaml or BOT_FEEDS): remove it there");
      this.url = f.url();
    }

    /** The configured feed's address. */
    public String url() {
      return url;
    }
  }

  public byte[] opml() throws IOException {
    return Opml.write(store.list());
  }

  /** Items taken and skipped since midnight UTC. */
  public FeedStore.Counts today() throws IOException {
    return store.countSince(
        clock
            .instant()
            .atZone(ZoneOffset.UTC)
            .toLocalDate()
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant());
  }

  static boolean isHttpUrl(String url) {
    try {
      URI u = new URI(url);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
