package org.peacetalks.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every setting of the bot, checked. Built by {@link ConfigLoader}.
 *
 * @param token the Bot API token; empty when not configured (only {@code run} needs it). Never
 *     log it: {@link #toString()} leaves it out.
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
    Health health) {

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
    return new BotConfig(token, apiUrl, admins,
        articles != null ? articles : articlesDir, index != null ? index : indexDir,
        data != null ? data : dataDir, synonymsFile, digest, search, health);
  }

  @Override
  public String toString() {
    return "BotConfig[token=" + (token.isPresent() ? "(set)" : "(none)") + ", apiUrl=" + apiUrl
        + ", admins=" + admins + ", articlesDir=" + articlesDir + ", indexDir=" + indexDir
        + ", dataDir=" + dataDir + ", synonymsFile=" + synonymsFile + ", digest=" + digest
        + ", search=" + search + ", health=" + health + "]";
  }
}
