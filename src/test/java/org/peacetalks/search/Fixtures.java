package org.peacetalks.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.ArticleStore;
import org.peacetalks.corpus.CorpusLoad;

/** Test corpora committed under src/test/resources/corpus, and the project's synonyms. */
final class Fixtures {
  static final Path SEED = Path.of("src/test/resources/corpus/seed");
  static final Path DEV = Path.of("src/test/resources/corpus/dev");

  private Fixtures() {}

  static CorpusLoad load(Path... folders) {
    List<Article> articles = new ArrayList<>();
    try {
      for (Path f : folders)
        articles.addAll(new ArticleStore(f, new ArticleParser(2_000_000)).loadAll().articles());
      return new CorpusLoad(articles, List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Synonyms synonyms() {
    try {
      return Synonyms.load(Path.of("config/synonyms.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
