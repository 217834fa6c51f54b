package org.peacetalks.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import org.peacetalks.admin.Reindexer;
import org.peacetalks.config.BotConfig;
import org.peacetalks.config.ConfigException;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.CorpusLoad;
import org.peacetalks.corpus.SkippedFile;
import org.peacetalks.corpus.ArticleStore;
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

  private Services(BotConfig config, ArticleStore store, SearchIndex index, PassageSearcher searcher, Reindexer reindexer) {
    this.config = config;
    this.store = store;
    this.index = index;
    this.searcher = searcher;
    this.reindexer = reindexer;
  }

  /** Opens the index in the configured folder. */
  static Services open(BotConfig config) throws IOException, ConfigException {
    return build(config, SearchIndex.open(config.indexDir()));
  }

  /** Builds the services over a given index (in memory for eval and bench). */
  static Services build(BotConfig config, SearchIndex index) throws IOException, ConfigException {
    try {
      ArticleStore store = new ArticleStore(config.articlesDir(), new ArticleParser(config.search().maxArticleBytes()));
      PassageSearcher searcher = new PassageSearcher(index, synonyms(config), SearchTuning.defaults(), config.search().passages());
      Reindexer reindexer = new Reindexer(store, index, Clock.systemUTC());
      return new Services(config, store, index, searcher, reindexer);
    } catch (IOException | ConfigException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /** Services over an in-memory index of the given article folders (for eval). */
  static Services inMemory(BotConfig config, List<Path> folders) throws IOException, ConfigException {
    Services services = build(config, SearchIndex.inMemory());
    List<Article> articles = new ArrayList<>();
    List<SkippedFile> skipped = new ArrayList<>();
    for (Path folder : folders) {
      CorpusLoad load = new ArticleStore(folder, services.store.parser()).loadAll();
      articles.addAll(load.articles());
      skipped.addAll(load.skipped());
    }
    services.index.rebuild(new CorpusLoad(articles, skipped));
    return services;
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
