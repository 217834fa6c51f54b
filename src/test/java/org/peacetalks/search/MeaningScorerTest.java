package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peacetalks.corpus.CorpusLoad;

/** Closeness in meaning of each candidate, from the vectors in the index (stand-in embedding). */
class MeaningScorerTest {
  private static final String QUESTION = "Rustem Umerov heads the Ukrainian delegation in Geneva.";

  private static SearchIndex indexed(SearchIndex index) throws Exception {
    index.rebuild(
        new CorpusLoad(
            List.of(
                PassageSearcherTest.article("same", QUESTION),
                PassageSearcherTest.article(
                    "inside",
                    "Markets in Kyiv were calm on Monday. "
                        + QUESTION
                        + " Power cuts are expected again in the evening.")),
            List.of()));
    return index;
  }

  private static boolean hasVectors(SearchIndex index, int dimension) throws Exception {
    Boolean has = index.withSearcher(s -> MeaningScorer.hasVectorsOf(s, dimension));
    return has;
  }

  @Test
  void theIndexHasVectorsOnlyOfTheModelThatBuiltIt() throws Exception {
    try (SearchIndex withVectors = indexed(SearchIndex.inMemory(new CountingEmbedder()));
        SearchIndex wordsOnly = indexed(SearchIndex.inMemory())) {
      int dimension = new CountingEmbedder().dimension();
      assertTrue(hasVectors(withVectors, dimension));
      assertFalse(hasVectors(withVectors, dimension + 1));
      assertFalse(hasVectors(wordsOnly, dimension));
    }
  }

  @Test
  void aSentenceCanBeCloserThanItsParagraph() throws Exception {
    CountingEmbedder embedder = new CountingEmbedder();
    try (SearchIndex index = indexed(SearchIndex.inMemory(embedder))) {
      Map<String, Candidate> byArticle =
          index.withSearcher(
              s -> {
                Map<String, Candidate> out = new HashMap<>();
                Fixtures.paragraphDocs(s).forEach((id, doc) -> out.put(id, new Candidate(doc, 0)));
                MeaningScorer.measure(
                    s, embedder.embedQuery(QUESTION), new ArrayList<>(out.values()));
                return out;
              });
      Candidate same = byArticle.get("same");
      assertEquals(1, same.cosine, 1e-5);
      assertEquals(same.cosine, same.sentenceCosine, "one sentence: the paragraph's own");
      Candidate inside = byArticle.get("inside");
      assertTrue(inside.cosine < 0.9, "the whole paragraph: " + inside.cosine);
      assertEquals(1, inside.sentenceCosine, 0.01, "sentence vectors are stored compactly");
    }
  }

  @Test
  void thePlainSentenceVectorIsComparedWithEachSentenceAndWithAOneSentenceParagraph()
      throws Exception {
    CountingEmbedder embedder = new CountingEmbedder();
    try (SearchIndex index = indexed(SearchIndex.inMemory(embedder))) {
      Map<String, Candidate> byArticle =
          index.withSearcher(
              s -> {
                Map<String, Candidate> out = new HashMap<>();
                Fixtures.paragraphDocs(s).forEach((id, doc) -> out.put(id, new Candidate(doc, 0)));
                // Another text as the plain sentence, so that its cosines differ from the query's.
                MeaningScorer.measure(
                    s,
                    embedder.embedQuery(QUESTION),
                    embedder.embedQuery("Power cuts are expected again in the evening."),
                    MeaningWeights.NONE,
                    false,
                    new ArrayList<>(out.values()));
                return out;
              });
      Candidate inside = byArticle.get("inside");
      assertEquals(1, inside.sentenceCosine, 0.01, "the query's closest sentence");
      assertEquals(1, inside.plainSentenceCosine, 0.01, "the plain sentence's closest sentence");
      Candidate same = byArticle.get("same");
      assertEquals(1, same.cosine, 1e-5);
      assertTrue(same.plainSentenceCosine < 0.5, "one sentence: the paragraph's vector");
    }
  }

  @Test
  void withoutVectorsTheCosinesStayUnset() throws Exception {
    try (SearchIndex index = indexed(SearchIndex.inMemory())) {
      List<Candidate> all = List.of(new Candidate(0, 0), new Candidate(1, 0));
      index.withSearcher(
          s -> {
            MeaningScorer.measure(
                s,
                new CountingEmbedder().embedQuery(QUESTION),
                new CountingEmbedder().embedQuery(QUESTION),
                MeaningWeights.NONE,
                false,
                all);
            return null;
          });
      for (Candidate c : all) {
        assertEquals(-1, c.cosine);
        assertEquals(-1, c.sentenceCosine);
        assertEquals(-1, c.plainSentenceCosine);
        assertEquals(0, c.meaning);
      }
    }
  }

  @Test
  void meaningWeightsOfTheVectorsDimensionCorrectTheParagraphsCloseness() throws Exception {
    CountingEmbedder embedder = new CountingEmbedder();
    double[] doubled = new double[embedder.dimension()];
    java.util.Arrays.fill(doubled, 2);
    try (SearchIndex index = indexed(SearchIndex.inMemory(embedder))) {
      for (MeaningWeights weights :
          List.of(new MeaningWeights(null, doubled), new MeaningWeights(null, new double[3]))) {
        Candidate same =
            index.withSearcher(
                s -> {
                  Candidate c = new Candidate(Fixtures.paragraphDocs(s).get("same"), 0);
                  float[] q = embedder.embedQuery(QUESTION);
                  MeaningScorer.measure(s, q, null, weights, true, List.of(c));
                  return c;
                });
        // Weights of 2 everywhere make the correction twice the cosine; weights fitted for
        // another model's vectors are not applied.
        double expected = weights.reads(embedder.dimension()) ? 2 * same.cosine : 0;
        assertEquals(expected, same.meaning, 1e-5);
        assertEquals(embedder.dimension(), same.vector.length, "kept for fitting");
      }
    }
  }
}
