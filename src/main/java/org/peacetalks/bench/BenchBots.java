package org.peacetalks.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.peacetalks.search.PassageSearcher;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.telegram.RateLimiter;
import org.peacetalks.telegram.Sleeper;
import org.peacetalks.telegram.TalksBot;
import org.peacetalks.telegram.TelegramEndpoint;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Bots for the {@code bench} command and the soak run, never for production: the real poller,
 * client, sender, lanes and ledger, but per-user flood control off (a load generator asks far more
 * than 8 questions a minute per user) and Telegram's send limits on or off.
 */
public final class BenchBots {
  /** Which send limits the bot keeps. */
  public enum Limits {
    /**
     * The production {@link RateLimiter}: 25 messages/s overall, 1/s per chat (burst 3), 20/min per
     * group.
     */
    TELEGRAM,
    /** No send limit at all: what the bot itself can do, Telegram's limits aside. */
    NONE
  }

  /** Production tuning, but no flood control. */
  private static final TalksBot.Tuning TUNING = TalksBot.DEFAULTS.withFloodMax(Integer.MAX_VALUE);

  /** A limit no load generator reaches: a billion messages a second. */
  private static final RateLimiter.Limit UNLIMITED =
      new RateLimiter.Limit(1_000_000, Duration.ofNanos(1));

  private BenchBots() {}

  /**
   * A bot talking to the Bot API server at {@code apiUrl} (a loopback fake), keeping its ledger in
   * {@code dataDir}. Not started: call {@link TalksBot#start()}.
   */
  public static TalksBot create(
      String token,
      URI apiUrl,
      Path dataDir,
      PassageSearcher searcher,
      SearchIndex index,
      Limits limits)
      throws IOException {
    TelegramUrl url = TelegramEndpoint.of(apiUrl);
    RateLimiter limiter =
        limits == Limits.TELEGRAM
            ? RateLimiter.telegramDefaults()
            : new RateLimiter(UNLIMITED, UNLIMITED, UNLIMITED, System::nanoTime, Sleeper.REAL);
    return TalksBot.builder()
        .token(token)
        .url(url)
        .dataDir(dataDir)
        .engine(searcher, index)
        .limiter(limiter)
        .tuning(TUNING)
        .build();
  }
}
