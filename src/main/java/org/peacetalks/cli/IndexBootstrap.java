package org.peacetalks.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.peacetalks.admin.ReindexInProgressException;
import org.peacetalks.admin.ReindexReport;
import org.peacetalks.config.BotConfig;
import org.peacetalks.config.ConfigException;
import org.peacetalks.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the configured index, building it from the articles folder when there is none yet, or when
 * it holds no article (a first build that failed or was killed leaves an empty commit), and
 * rebuilding it when it is stale: made by an older version or without the configured model's
 * vectors (vectors of unchanged paragraphs are reused, so this embeds only what is missing).
 */
final class IndexBootstrap {
  private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

  private IndexBootstrap() {}

  /** For one-shot commands: a stale index is rebuilt before the command goes on. */
  static Services openWithIndex(BotConfig config, PrintWriter err)
      throws IOException, ConfigException {
    return open(config, err, false);
  }

  /**
   * For the bot: a stale index keeps answering while a background thread rebuilds it (the rebuild
   * commits at once at the end, as /reindex does); a missing one is built first.
   */
  static Services openForBot(BotConfig config, PrintWriter err)
      throws IOException, ConfigException {
    return open(config, err, true);
  }

  private static Services open(BotConfig config, PrintWriter err, boolean staleInBackground)
      throws IOException, ConfigException {
    boolean existed = SearchIndex.existsIn(config.indexDir());
    Services services = Services.open(config);
    try {
      if (!existed || services.index.stats().articles() == 0) {
        rebuildNow(services, err, "No index yet: building it from " + config.articlesDir() + " …");
        return services;
      }
      String stale = services.index.staleReason();
      if (stale == null) return services;
      String why = "The index at " + config.indexDir() + " needs a rebuild: " + stale;
      if (staleInBackground) {
        rebuildInBackground(services, why);
      } else {
        rebuildNow(services, err, why + ". Rebuilding it from " + config.articlesDir() + " …");
      }
    } catch (ReindexInProgressException e) {
      services.close();
      throw new IllegalStateException("a fresh Services has no rebuild running", e);
    } catch (IOException | RuntimeException e) {
      services.close();
      throw e;
    }
    return services;
  }

  private static void rebuildNow(Services services, PrintWriter err, String message)
      throws IOException, ReindexInProgressException {
    err.println(message);
    err.flush();
    services.index.onEmbeddingProgress(new IndexCommand.ProgressPrinter(err));
    try {
      services.reindexer.rebuild();
    } finally {
      services.index.onEmbeddingProgress(SearchIndex.EmbeddingProgress.NONE);
    }
  }

  private static void rebuildInBackground(Services services, String why) {
    log.warn("{}; answering from it while it is rebuilt in the background", why);
    Thread rebuild =
        new Thread(
            () -> {
              try {
                ReindexReport report = services.reindexer.rebuild();
                log.info(
                    "Index rebuilt: {} articles, {} paragraphs in {} ms",
                    report.articles(),
                    report.paragraphs(),
                    report.took().toMillis());
              } catch (ReindexInProgressException e) {
                log.info("A reindex was already running; it brings the index up to date");
              } catch (IOException | RuntimeException e) {
                log.error(
                    "Rebuilding the stale index failed; answers still come from it. Run /reindex or `index`: {}",
                    e.toString());
              }
            },
            "index-upgrade");
    rebuild.setDaemon(true);
    rebuild.start();
  }
}
