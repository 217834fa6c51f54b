package org.peacetalks.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.peacetalks.admin.Reindexer;
import org.peacetalks.config.BotConfig;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.ArticleStore;
import org.peacetalks.search.PassageEmbedder;
import org.peacetalks.search.PassageSearcher;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.search.SearchTuning;
import org.peacetalks.search.Synonyms;

/**
 * The answer engine as `run` wires it (index, searcher with the configured synonyms, reindexer over
 * the articles folder), for probes in this package: the CLI's own wiring is private to it. Hybrid
 * when opened with an embedder. Closing closes the index.
 */
public final class BenchEngine implements AutoCloseable {
  public final SearchIndex index;
  public final PassageSearcher searcher;
  public final Reindexer reindexer;

  private BenchEngine(SearchIndex index, PassageSearcher searcher, Reindexer reindexer) {
    this.index = index;
    this.searcher = searcher;
    this.reindexer = reindexer;
  }

  /** Opens (or creates) the index in {@code indexDir} over the articles in {@code articlesDir}. */
  public static BenchEngine open(
      BotConfig config, Path articlesDir, Path indexDir, PassageEmbedder embedder)
      throws IOException {
    SearchIndex index =
        embedder == null ? SearchIndex.open(indexDir) : SearchIndex.open(indexDir, embedder);
    try {
      Synonyms synonyms =
          config.synonymsFile() != null && Files.exists(config.synonymsFile())
              ? Synonyms.load(config.synonymsFile())
              : Synonyms.none();
      PassageSearcher searcher =
          new PassageSearcher(index, synonyms, SearchTuning.defaults(), config.search().passages());
      ArticleStore store =
          new ArticleStore(articlesDir, new ArticleParser(config.search().maxArticleBytes()));
      return new BenchEngine(index, searcher, new Reindexer(store, index, Clock.systemUTC()));
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
