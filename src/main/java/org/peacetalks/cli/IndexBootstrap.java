package org.peacetalks.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.peacetalks.admin.ReindexInProgressException;
import org.peacetalks.config.BotConfig;
import org.peacetalks.config.ConfigException;
import org.peacetalks.search.SearchIndex;

/**
 * Opens the configured index, building it from the articles folder when there is none yet, or
 * when it holds no article (a first build that failed or was killed leaves an empty commit).
 */
final class IndexBootstrap {
  private IndexBootstrap() {}

  static Services openWithIndex(BotConfig config, PrintWriter err) throws IOException, ConfigException {
    boolean existed = SearchIndex.existsIn(config.indexDir());
    Services services = Services.open(config);
    try {
      if (!existed || services.index.stats().articles() == 0) {
        err.println("No index yet: building it from " + config.articlesDir() + " …");
        err.flush();
        services.index.onEmbeddingProgress(new IndexCommand.ProgressPrinter(err));
        try {
          services.reindexer.rebuild();
        } finally {
          services.index.onEmbeddingProgress(SearchIndex.EmbeddingProgress.NONE);
        }
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
}
