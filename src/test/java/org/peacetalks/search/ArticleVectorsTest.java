package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.Paragraph;

class ArticleVectorsTest {
  private final CountingEmbedder embedder = new CountingEmbedder();
  private final ArticleVectors vectors = new ArticleVectors(embedder, new IndexStamp(embedder));

  @Test
  void unchangedParagraphsAreFoundByTheirHashTermInEverySegment() throws Exception {
    List<Article> seeds = Fixtures.load(Fixtures.SEED).articles();
    Article added = PassageSearcherTest.article("added", "Envoys met in Geneva. They agreed.");
    try (SearchIndex index = SearchIndex.inMemory(embedder)) {
      index.rebuild(seeds);
      index.put(added); // a second segment
      assertTrue(
          index.withSearcher(s -> s.getIndexReader().leaves().size()) > 1, "several segments");
      int before = embedder.passagesEmbedded.get();

      List<Article> all = new ArrayList<>(seeds);
      all.add(added);
      Map<String, ParagraphVectors> found = index.withSearcher(s -> vectorsOf(all, s));
      assertEquals(before, embedder.passagesEmbedded.get(), "every paragraph reused");
      assertEquals(paragraphs(all), found.size());
      assertReused(found, added);

      // A few paragraphs on an index many times their number: found by term all the same.
      assertEquals(1, index.withSearcher(s -> vectorsOf(List.of(added), s)).size());
      assertEquals(before, embedder.passagesEmbedded.get(), "one article, reused too");

      Article changed = withFirstParagraph(seeds.get(0), "A paragraph nobody indexed before.");
      List<Article> edited = new ArrayList<>(all);
      edited.set(0, changed);
      found = index.withSearcher(s -> vectorsOf(edited, s));
      assertEquals(before + 1, embedder.passagesEmbedded.get(), "only the changed paragraph");
      assertEquals(paragraphs(edited), found.size());
      assertArrayEquals(
          BagOfWordsVectors.of("A paragraph nobody indexed before.", embedder.dimension()),
          found.get(IndexSchema.textHash("A paragraph nobody indexed before.")).paragraph());
    }
  }

  @Test
  void anIndexWhoseHashesAreOnlyStoredIsScanned() throws Exception {
    List<Article> seeds = Fixtures.load(Fixtures.SEED).articles();
    try (Directory dir = new ByteBuffersDirectory()) {
      writeWithStoredHashesOnly(dir, seeds);
      embedder.passagesEmbedded.set(0);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Article changed = withFirstParagraph(seeds.get(1), "Another paragraph, new to the index.");
        List<Article> edited = new ArrayList<>(seeds);
        edited.set(1, changed);
        Map<String, ParagraphVectors> found = vectorsOf(edited, searcher);
        assertEquals(1, embedder.passagesEmbedded.get(), "only the changed paragraph");
        assertEquals(paragraphs(edited), found.size());
        assertReused(found, seeds.get(0));

        assertReused(vectorsOf(List.of(seeds.get(2)), searcher), seeds.get(2));
        assertEquals(1, embedder.passagesEmbedded.get(), "one article: scanned for, reused");
      }
    }
  }

  private Map<String, ParagraphVectors> vectorsOf(List<Article> articles, IndexSearcher s)
      throws IOException {
    return vectors.of(articles, s, SearchIndex.EmbeddingProgress.NONE);
  }

  /** As the bot wrote paragraphs before their text hash was indexed: stored only. */
  private void writeWithStoredHashesOnly(Directory dir, List<Article> articles) throws IOException {
    Map<String, ParagraphVectors> embedded;
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      w.commit();
      try (DirectoryReader empty = DirectoryReader.open(dir)) {
        embedded = vectorsOf(articles, new IndexSearcher(empty));
      }
      for (Article a : articles) {
        for (Paragraph p : a.paragraphs()) {
          String hash = IndexSchema.textHash(p.text());
          Document doc = IndexSchema.paragraphDocument(a, p, embedded.get(hash));
          doc.removeFields(IndexSchema.TEXT_HASH);
          doc.add(new StoredField(IndexSchema.TEXT_HASH, hash));
          w.addDocument(doc);
        }
        w.addDocument(IndexSchema.metaDocument(a));
      }
      new IndexStamp(embedder).stampRebuild(w);
      w.commit();
    }
  }

  /** Every paragraph of {@code a} came with the vectors its text has. */
  private void assertReused(Map<String, ParagraphVectors> found, Article a) {
    for (Paragraph p : a.paragraphs()) {
      ParagraphVectors v = found.get(IndexSchema.textHash(p.text()));
      assertArrayEquals(BagOfWordsVectors.of(p.text(), embedder.dimension()), v.paragraph());
      assertEquals(
          SentenceSplitter.split(p.text()).size() > 1, v.sentences() != null, "sentence vectors");
    }
  }

  private static Article withFirstParagraph(Article a, String text) {
    List<Paragraph> ps = new ArrayList<>(a.paragraphs());
    Paragraph first = ps.get(0);
    ps.set(0, new Paragraph(first.ordinal(), first.section(), text));
    return new Article(
        a.id(), a.title(), a.source(), a.url(), a.published(), a.fileName(), "edited", ps);
  }

  /** Distinct paragraph texts: the keys of the vectors. */
  private static int paragraphs(List<Article> articles) {
    return (int)
        articles.stream()
            .flatMap(a -> a.paragraphs().stream())
            .map(p -> p.text())
            .distinct()
            .count();
  }
}
