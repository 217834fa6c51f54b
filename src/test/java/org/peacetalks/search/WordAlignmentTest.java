package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.peacetalks.corpus.Article;

/** Word pieces kept in the index, reused on a rebuild, and aligned with a question's. */
class WordAlignmentTest {
  private static final Article GRAIN =
      PassageSearcherTest.article("grain", "Grain ships left Odesa under the corridor deal.");
  private static final Article TALKS =
      PassageSearcherTest.article("talks", "The envoys met in Geneva and talked about grain.");

  @Test
  void theParagraphHoldingTheQuestionsRareWordsAlignsBest() throws Exception {
    PieceEmbedder embedder = new PieceEmbedder();
    try (SearchIndex index = SearchIndex.inMemory(embedder)) {
      index.rebuild(List.of(GRAIN, TALKS));
      WordPieces question = embedder.encodeSentence("Did grain ships leave Odesa?").pieces();
      Map<String, Double> alignment = index.withSearcher(s -> aligned(s, question));
      assertTrue(alignment.get("grain") > alignment.get("talks"), alignment.toString());
      // "grain" is in both paragraphs, so it weighs less than "ships" and "odesa"
      assertTrue(alignment.get("talks") > 0 && alignment.get("talks") < 0.5, alignment.toString());
    }
  }

  @Test
  void aRebuildReusesThePiecesAndAnIndexWithoutThemIsEmbeddedAgain() throws Exception {
    PieceEmbedder embedder = new PieceEmbedder();
    CountingEmbedder without = new CountingEmbedder();
    try (SearchIndex index = SearchIndex.inMemory(embedder);
        SearchIndex old = SearchIndex.inMemory(without)) {
      index.rebuild(List.of(GRAIN, TALKS));
      old.rebuild(List.of(GRAIN, TALKS));
      int embedded = embedder.vectors.passagesEmbedded.get();
      ArticleVectors vectors = new ArticleVectors(embedder, new IndexStamp(embedder));
      Map<String, ParagraphVectors> reused =
          index.withSearcher(
              s -> vectors.of(List.of(GRAIN, TALKS), s, SearchIndex.EmbeddingProgress.NONE));
      assertEquals(embedded, embedder.vectors.passagesEmbedded.get(), "nothing embedded again");
      reused.values().forEach(v -> assertTrue(v.pieceVectors() != null, "pieces reused"));

      Map<String, ParagraphVectors> again =
          old.withSearcher(
              s -> vectors.of(List.of(GRAIN, TALKS), s, SearchIndex.EmbeddingProgress.NONE));
      assertEquals(embedded + 2, embedder.vectors.passagesEmbedded.get(), "both embedded again");
      again.values().forEach(v -> assertTrue(v.pieceVectors() != null, "pieces embedded"));
    }
  }

  private static Map<String, Double> aligned(
      org.apache.lucene.search.IndexSearcher s, WordPieces question) throws java.io.IOException {
    List<Candidate> all = new ArrayList<>();
    for (ScoreDoc d : s.search(new MatchAllDocsQuery(), 100).scoreDocs)
      all.add(new Candidate(d.doc, 0));
    WordAlignment.measure(s, question, all);
    Map<String, Double> out = new java.util.HashMap<>();
    for (Candidate c : all) {
      String article = s.storedFields().document(c.doc).get(IndexSchema.ARTICLE);
      if (article != null && c.alignment > 0) out.put(article, c.alignment);
    }
    return out;
  }
}
