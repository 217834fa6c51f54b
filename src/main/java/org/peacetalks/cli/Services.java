package org.peacetalks.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peacetalks.admin.Reindexer;
import org.peacetalks.config.BotConfig;
import org.peacetalks.config.ConfigException;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.ArticleStore;
import org.peacetalks.corpus.CorpusLoad;
import org.peacetalks.corpus.SkippedFile;
import org.peacetalks.digest.ArticleLedger;
import org.peacetalks.search.Answerability;
import org.peacetalks.search.BgeSmallEmbedder;
import org.peacetalks.search.IndexOpener;
import org.peacetalks.search.MeaningWeights;
import org.peacetalks.search.PassageEmbedder;
import org.peacetalks.search.PassageSearcher;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.search.SearchTuning;
import org.peacetalks.search.Synonyms;
import org.peacetalks.storage.StateDatabase;
import org.slf4j.LoggerFactory;

/**
 * The engine's parts, built from the configuration in dependency order and closed in reverse. Plain
 * constructors; nothing static.
 */
final class Services implements AutoCloseable {
  final BotConfig config;
  final ArticleStore store;
  final SearchIndex index;

  /** Answers with every signal configured (hybrid when search.semantic). */
  final PassageSearcher searcher;

  /** Answers by words alone, for comparison. */
  final PassageSearcher lexicalSearcher;

  final Reindexer reindexer;

  /** When each article entered the corpus, for the digest; null for in-memory services. */
  final ArticleLedger ledger;

  /** The state database ({@code data/bot.db}); null for in-memory services. */
  final StateDatabase state;

  /** The domain synonyms the searchers use. */
  final Synonyms synonyms;

  private Services(
      BotConfig config,
      ArticleStore store,
      SearchIndex index,
      PassageSearcher searcher,
      PassageSearcher lexicalSearcher,
      Reindexer reindexer,
      ArticleLedger ledger,
      StateDatabase state,
      Synonyms synonyms) {
    this.state = state;
    this.synonyms = synonyms;
    this.config = config;
    this.store = store;
    this.index = index;
    this.searcher = searcher;
    this.lexicalSearcher = lexicalSearcher;
    this.reindexer = reindexer;
    this.ledger = ledger;
  }

  /**
   * Opens the index in the configured folder, loading the embedding model if search.semantic. Every
   * rebuild records the articles it finds in the digest's ledger in the data folder, so that only
   * articles that are really new count as new.
   */
  static Services open(BotConfig config) throws IOException, ConfigException {
    StateDatabase state = StateDatabase.open(config.dataDir());
    SearchIndex index;
    try {
      // A damaged index is moved aside here and comes back empty: callers see no articles and
      // rebuild.
      index = IndexOpener.open(config.indexDir(), embedder(config)).index();
    } catch (IOException | RuntimeException e) {
      state.close();
      throw e;
    }
    return build(config, index, state);
  }

  /** The embedding model when semantic search is on; never loaded otherwise. */
  static PassageEmbedder embedder(BotConfig config) {
    return config.search().semantic() ? new BgeSmallEmbedder() : null;
  }

  /** Builds the services over a given index (in memory for eval and bench); no ledger. */
  static Services build(BotConfig config, SearchIndex index) throws IOException, ConfigException {
    return build(config, index, null);
  }

  private static Services build(BotConfig config, SearchIndex index, StateDatabase state)
      throws IOException, ConfigException {
    ArticleLedger ledger = state == null ? null : new ArticleLedger(state);
    try {
      ArticleStore store =
          new ArticleStore(
              config.articlesDir(), new ArticleParser(config.search().maxArticleBytes()));
      Synonyms synonyms = synonyms(config);
      int passages = config.search().passages();
      PassageSearcher searcher =
          new PassageSearcher(index, synonyms, SearchTuning.defaults(), passages);
      PassageSearcher lexical =
          new PassageSearcher(index, synonyms, SearchTuning.defaults(), passages, null);
      Reindexer reindexer =
          ledger == null
              ? new Reindexer(store, index, Clock.systemUTC())
              : new Reindexer(store, index, Clock.systemUTC(), recordInLedger(ledger));
      return new Services(
          config, store, index, searcher, lexical, reindexer, ledger, state, synonyms);
    } catch (IOException | ConfigException | RuntimeException e) {
      index.close();
      if (state != null) state.close();
      throw e;
    }
  }

  /** Every rebuild records what it indexed, with content hashes, in the article ledger. */
  private static Reindexer.AfterRebuild recordInLedger(ArticleLedger ledger) {
    return new Reindexer.AfterRebuild() {
      @Override
      public void rebuilt(SearchIndex index, Instant at) throws IOException {
        ledger.recordNew(index.articles(), at);
      }

      @Override
      public void rebuilt(SearchIndex index, Map<String, String> hashById, Instant at)
          throws IOException {
        ledger.recordIndexed(hashById, at);
      }
    };
  }

  /** Services over an in-memory index of the given article folders (for eval). */
  static Services inMemory(BotConfig config, List<Path> folders)
      throws IOException, ConfigException {
    Services services = build(config, SearchIndex.inMemory(embedder(config)));
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

  /** A searcher over this index with another no-answer decision, hybrid or by words alone. */
  PassageSearcher searcher(boolean hybrid, Answerability answerability) {
    return searcher(hybrid, answerability, MeaningWeights.fitted());
  }

  /** A searcher with another no-answer decision and other meaning weights, for fitting them. */
  PassageSearcher searcher(boolean hybrid, Answerability answerability, MeaningWeights meaning) {
    return new PassageSearcher(
        index,
        synonyms,
        SearchTuning.defaults(),
        config.search().passages(),
        hybrid ? index.embedder() : null,
        answerability,
        meaning);
  }

  private static Synonyms synonyms(BotConfig config) throws IOException, ConfigException {
    if (config.synonymsFile() == null || !Files.exists(config.synonymsFile())) {
      LoggerFactory.getLogger(Services.class)
          .warn(
              "No synonyms file at {} (from {}): using the copy built into the jar",
              config.synonymsFile(),
              Path.of("").toAbsolutePath());
      return Synonyms.builtIn();
    }
    try {
      return Synonyms.load(config.synonymsFile());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  @Override
  public void close() throws IOException {
    try {
      index.close();
    } finally {
      if (state != null) state.close();
    }
  }
}
