package org.peacetalks.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every setting of the bot, checked. Built by {@link ConfigLoader}.
 *
 * @param token the Bot API token; empty when not configured (only {@code run} needs it). Never log
 *     it: {@link #toString()} leaves it out.
 */
public record BotConfig(
    Optional<String> token,
    URI apiUrl,
    Set<Long> admins,
    Path articlesDir,
    Path indexDir,
    Path dataDir,
    Path synonymsFile,
    Digest digest,
    Search search,
    Health health,
    Feeds feeds) {

  public BotConfig {
    Objects.requireNonNull(token, "token == null");
    Objects.requireNonNull(apiUrl, "apiUrl == null");
    admins = Set.copyOf(admins);
    Objects.requireNonNull(articlesDir, "articlesDir == null");
    Objects.requireNonNull(indexDir, "indexDir == null");
    Objects.requireNonNull(dataDir, "dataDir == null");
    Objects.requireNonNull(digest, "digest == null");
    Objects.requireNonNull(search, "search == null");
    Objects.requireNonNull(health, "health == null");
    Objects.requireNonNull(feeds, "feeds == null");
  }

  /**
   * News feeds.
   *
   * @param sources the feeds of config/bot.yaml and BOT_FEEDS, in that order, each once
   * @param pollInterval how often each feed is read
   * @param maxAge an item published longer ago than this, at first sight, is indexed but not new
   *     for the digest
   * @param relevance the least score of the on-topic decision for an item to be kept
   * @param allowPrivate whether loopback and private addresses may be fetched (local tests only)
   */
  public record Feeds(
      List<FeedSource> sources,
      Duration pollInterval,
      Duration maxAge,
      double relevance,
      boolean allowPrivate) {
    public Feeds {
      sources = List.copyOf(sources);
      Objects.requireNonNull(pollInterval, "pollInterval == null");
      Objects.requireNonNull(maxAge, "maxAge == null");
    }

    /** No feeds, the defaults otherwise. */
    public static Feeds none() {
      return new Feeds(List.of(), Duration.ofMinutes(15), Duration.ofDays(7), 0.5, false);
    }
  }

  /** A feed named in the configuration; {@code name} is null when none was given. */
  public record FeedSource(String url, String name) {
    public FeedSource {
      Objects.requireNonNull(url, "url == null");
    }
  }

  /**
   * The health check of {@code run} ({@code GET /healthz}).
   *
   * @param port the port to serve it on; 0 when it is off (the default)
   * @param host the address to bind, 127.0.0.1 unless set
   */
  public record Health(int port, String host) {
    public Health {
      Objects.requireNonNull(host, "host == null");
    }

    public boolean enabled() {
      return port > 0;
    }
  }

  /** Daily digest settings. */
  public record Digest(LocalTime time, ZoneId zone, boolean sendWhenEmpty, int maxArticles) {}

  /**
   * Answer settings.
   *
   * @param passages passages per answer
   * @param semantic whether the embedding model is loaded for hybrid retrieval
   * @param maxArticleBytes largest article file accepted
   */
  public record Search(int passages, boolean semantic, long maxArticleBytes) {}

  public BotConfig withPaths(Path articles, Path index, Path data) {
    return new BotConfig(
        token,
        apiUrl,
        admins,
        articles != null ? articles : articlesDir,
        index != null ? index : indexDir,
        data != null ? data : dataDir,
        synonymsFile,
        digest,
        search,
        health,
        feeds);
  }

  @Override
  public String toString() {
    return "BotConfig[token="
        + (token.isPresent() ? "(set)" : "(none)")
        + ", apiUrl="
        + apiUrl
        + ", admins="
        + admins
        + ", articlesDir="
        + articlesDir
        + ", indexDir="
        + indexDir
        + ", dataDir="
        + dataDir
        + ", synonymsFile="
        + synonymsFile
        + ", digest="
        + digest
        + ", search="
        + search
        + ", health="
        + health
        + ", feeds="
        + feeds
        + "]";
  }
}
