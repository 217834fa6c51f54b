package org.peacetalks.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import org.peacetalks.admin.Reindexer;
import org.peacetalks.config.BotConfig;
import org.peacetalks.config.ConfigException;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.ArticleStore;
import org.peacetalks.digest.ArticleLedger;
import org.peacetalks.digest.AtomicJsonFile;
import org.peacetalks.search.PassageSearcher;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.search.SearchTuning;
import org.peacetalks.search.Synonyms;

/**
 * The engine's parts, built from the configuration in dependency order and closed in reverse.
 * Plain constructors; nothing static.
 */
final class Services implements AutoCloseable {
  final BotConfig config;
  final ArticleStore store;
  final SearchIndex index;
  final PassageSearcher searcher;
  final Reindexer reindexer;
  /** When each article entered the corpus, for the digest; null for in-memory services. */
  final ArticleLedger ledger;

  private Services(BotConfig config, ArticleStore store, SearchIndex index, PassageSearcher searcher,
      Reindexer reindexer, ArticleLedger ledger) {
    this.config = config;
    this.store = store;
    this.index = index;
    this.searcher = searcher;
    this.reindexer = reindexer;
    this.ledger = ledger;
  }

  /**
   * Opens the index in the configured folder. Every rebuild records the articles it finds in the
   * digest's ledger in the data folder, so that only articles that are really new count as new.
   */
  static Services open(BotConfig config) throws IOException, ConfigException {
    ArticleLedger ledger = new ArticleLedger(config.dataDir(), AtomicJsonFile.mapper(), Clock.systemUTC());
    return build(config, SearchIndex.open(config.indexDir()), ledger);
  }

  /** Builds the services over a given index (in memory for eval and bench); no ledger. */
  static Services build(BotConfig config, SearchIndex index) throws IOException, ConfigException {
    return build(config, index, null);
  }

  private static Services build(BotConfig config, SearchIndex index, ArticleLedger ledger) throws IOException, ConfigException {
    try {
      ArticleStore store = new ArticleStore(config.articlesDir(), new ArticleParser(config.search().maxArticleBytes()));
      PassageSearcher searcher = new PassageSearcher(index, synonyms(config), SearchTuning.defaults(), config.search().passages());
      Reindexer reindexer = ledger == null
          ? new Reindexer(store, index, Clock.systemUTC())
          : new Reindexer(store, index, Clock.systemUTC(), (built, at) -> ledger.recordNew(built.articles(), at));
      return new Services(config, store, index, searcher, reindexer, ledger);
    } catch (IOException | ConfigException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  private static Synonyms synonyms(BotConfig config) throws IOException, ConfigException {
    if (config.synonymsFile() == null || !Files.exists(config.synonymsFile())) {
      return Synonyms.none();
    }
    try {
      return Synonyms.load(config.synonymsFile());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
