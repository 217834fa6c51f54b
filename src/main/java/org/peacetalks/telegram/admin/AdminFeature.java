package org.peacetalks.telegram.admin;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.peacetalks.admin.ArticleIntake;
import org.peacetalks.admin.Reindexer;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.telegram.BotContext;
import org.peacetalks.telegram.BotFeature;
import org.peacetalks.telegram.ChatLanes;
import org.peacetalks.telegram.CommandRegistry;
import org.peacetalks.telegram.Sender;
import org.peacetalks.wording.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Running the bot from the chat, for bot admins ({@code BOT_ADMIN_IDS}): {@code /reindex}, {@code
 * /add}, {@code /remove ID} and {@code /stats}. The commands are {@link Command.Audience#ADMINS}:
 * the router refuses them to anyone else and only admins' menus list them.
 *
 * <p>Owns one background thread, for rebuilds; {@link #close()} stops it.
 */
public final class AdminFeature implements BotFeature {
  private static final Logger log = LoggerFactory.getLogger(AdminFeature.class);

  /** For {@code subscriptions} when the subscription feature is not running: /stats says so. */
  public static final IntSupplier SUBSCRIPTIONS_UNKNOWN = () -> -1;

  static final Duration PROGRESS_EVERY = Duration.ofSeconds(3);

  /** Told of an article /remove took out (the digest ledger forgets it). */
  @FunctionalInterface
  public interface ArticleRemoved {
    void removed(String articleId) throws IOException;
  }

  private final ArticleIntake intake;
  private final Reindexer reindexer;
  private final SearchIndex index;
  private final ArticleRemoved onRemoved;
  private final IntSupplier subscriptions;
  private final long maxArticleBytes;
  private final String version;
  private final Clock clock;
  private final Instant startedAt;
  private final Function<Texts, List<String>> moreFigures;
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(ChatLanes.daemonThreads("admin-reindex"));

  /**
   * @param intake adds and removes single articles (its onAdded records them for the digest)
   * @param reindexer rebuilds the index from the articles folder
   * @param index the index questions are answered from (figures, rebuild progress)
   * @param onRemoved told of each article removed
   * @param subscriptions the number of subscribed chats, or {@link #SUBSCRIPTIONS_UNKNOWN}
   * @param maxArticleBytes the largest file /add accepts (search.maxArticleBytes)
   * @param version shown by /stats
   * @param moreFigures lines other features add to /stats (HTML, one figure each; the news feeds')
   */
  public AdminFeature(
      ArticleIntake intake,
      Reindexer reindexer,
      SearchIndex index,
      ArticleRemoved onRemoved,
      IntSupplier subscriptions,
      long maxArticleBytes,
      String version,
      Clock clock,
      Function<Texts, List<String>> moreFigures) {
    this.moreFigures = Objects.requireNonNull(moreFigures, "moreFigures == null");
    this.intake = Objects.requireNonNull(intake, "intake == null");
    this.reindexer = Objects.requireNonNull(reindexer, "reindexer == null");
    this.index = Objects.requireNonNull(index, "index == null");
    this.onRemoved = Objects.requireNonNull(onRemoved, "onRemoved == null");
    this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions == null");
    if (maxArticleBytes <= 0)
      throw new IllegalArgumentException("maxArticleBytes <= 0: " + maxArticleBytes);
    this.maxArticleBytes = maxArticleBytes;
    this.version = Objects.requireNonNull(version, "version == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.startedAt = clock.instant();
  }

  @Override
  public void register(CommandRegistry registry, BotContext context) {
    Sender sender = context.sender();
    registry.register(
        new ReindexCommand(reindexer, index, sender, background, clock, PROGRESS_EVERY));
    registry.register(
        new AddCommand(intake, sender, new FileDownloader(context.fileUrl()), maxArticleBytes));
    registry.register(new RemoveCommand(intake, onRemoved, sender));
    registry.register(
        new StatsCommand(
            index,
            reindexer,
            subscriptions,
            context.questions(),
            context.feedback(),
            sender,
            clock,
            startedAt,
            version,
            moreFigures));
  }

  /** Stops the rebuild thread; a rebuild cut short never committed, so the last index stays. */
  @Override
  public void close() {
    background.shutdown();
    try {
      if (!background.awaitTermination(5, TimeUnit.SECONDS)) {
        log.warn("Stopping during a reindex: it is abandoned; the last committed index stays");
        background.shutdownNow();
        background.awaitTermination(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
