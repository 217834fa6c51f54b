package org.peacetalks.telegram.feeds;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.peacetalks.feeds.Feed;
import org.peacetalks.feeds.FeedRegistry;
import org.peacetalks.feeds.FeedScheduler;
import org.peacetalks.feeds.FeedStore;
import org.peacetalks.telegram.BotContext;
import org.peacetalks.telegram.BotFeature;
import org.peacetalks.telegram.CommandRegistry;
import org.peacetalks.telegram.admin.FileDownloader;
import org.peacetalks.wording.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * News feeds in the chat, for bot admins: {@code /feeds} (list with health; {@code /feeds opml}
 * exports them), {@code /feed add URL}, {@code /feed remove N}, and an uploaded .opml file with the
 * caption {@code /feed add}. Starts the feed poller once the bot polls and stops it with the bot;
 * its {@link #figures()} are the feed lines of /stats.
 */
public final class FeedsFeature implements BotFeature {
  private static final Logger log = LoggerFactory.getLogger(FeedsFeature.class);

  private final FeedRegistry registry;
  private final FeedScheduler scheduler;
  private final long maxOpmlBytes;

  /**
   * @param scheduler polls the feeds while the bot runs
   * @param maxOpmlBytes the largest OPML file accepted
   */
  public FeedsFeature(FeedRegistry registry, FeedScheduler scheduler, long maxOpmlBytes) {
    this.registry = Objects.requireNonNull(registry, "registry == null");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler == null");
    this.maxOpmlBytes = maxOpmlBytes;
  }

  @Override
  public void register(CommandRegistry commands, BotContext context) {
    commands.register(new FeedsCommand(registry, context.sender(), context.client()));
    commands.register(
        new FeedCommand(
            registry, context.sender(), new FileDownloader(context.fileUrl()), maxOpmlBytes));
  }

  @Override
  public void started(BotContext context) {
    scheduler.start();
  }

  /**
   * The /stats lines in the reader's language: feeds (failing ones), items taken and skipped today.
   */
  public List<String> figures(Texts texts) {
    try {
      List<Feed> feeds = registry.list();
      long failing = feeds.stream().filter(f -> f.lastError() != null).count();
      FeedStore.Counts today = registry.today();
      return List.of(
          texts.get(
              "stats.feeds",
              "feeds",
              feeds.size(),
              "failing",
              failing,
              "taken",
              today.taken(),
              "skipped",
              today.skipped()));
    } catch (IOException | RuntimeException e) {
      log.warn("/stats could not read the feeds: {}", e.toString());
      return List.of(texts.get("stats.feedsUnreadable"));
    }
  }

  @Override
  public void close() {
    scheduler.close();
  }
}
