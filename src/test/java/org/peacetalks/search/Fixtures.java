package org.peacetalks.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
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

  /**
   * The paragraph documents of an index by article id (one paragraph per article), leaving out the
   * index's other documents (article metadata).
   */
  static Map<String, Integer> paragraphDocs(IndexSearcher s) throws IOException {
    Map<String, Integer> out = new HashMap<>();
    StoredFields stored = s.storedFields();
    for (ScoreDoc d : s.search(new MatchAllDocsQuery(), 1000).scoreDocs) {
      Document doc = stored.document(d.doc);
      if (doc.get(IndexSchema.TEXT) != null) out.put(doc.get(IndexSchema.ARTICLE), d.doc);
    }
    return out;
  }

  static Synonyms synonyms() {
    try {
      return Synonyms.load(Path.of("config/synonyms.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
