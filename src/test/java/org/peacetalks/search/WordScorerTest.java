package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacetalks.corpus.CorpusLoad;

/** The word score: BM25 re-ranked by coverage and by holding what the question asks for. */
class WordScorerTest {
  private static final SearchTuning TUNING = SearchTuning.defaults();
  private static final ScoreDoc[] NONE = new ScoreDoc[0];
  private static SearchIndex index;

  @BeforeAll
  static void indexTwoParagraphs() throws Exception {
    index = SearchIndex.inMemory();
    index.rebuild(
        new CorpusLoad(
            List.of(
                PassageSearcherTest.article("number", "Both sides exchanged 300 prisoners."),
                PassageSearcherTest.article("words", "Both sides exchanged many prisoners.")),
            List.of()));
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  /**
   * Scores two word hits with made-up BM25 scores and coverage: the paragraph with a number first
   * (4, covering all), the other second (2, covering half).
   */
  private static List<Candidate> scored(String question, int size, boolean secondIsNearest)
      throws IOException {
    return index.withSearcher(
        s -> {
          Map<String, Integer> docs = Fixtures.paragraphDocs(s);
          int number = docs.get("number");
          int words = docs.get("words");
          ScoreDoc[] lexical = {new ScoreDoc(number, 4f), new ScoreDoc(words, 2f)};
          ScoreDoc[] semantic = secondIsNearest ? new ScoreDoc[] {new ScoreDoc(words, 1f)} : NONE;
          CandidatePool pool = new CandidatePool(lexical, semantic, NONE, size);
          pool.get(number).coverage = 1;
          pool.get(words).coverage = 0.5;
          new WordScorer(TUNING).score(s, question, pool);
          return List.of(pool.get(number), pool.get(words));
        });
  }

  @Test
  void bm25IsScaledByTheShareOfTheQuestionCovered() throws Exception {
    List<Candidate> hits = scored("prisoners exchanged", 2, false);
    double w = TUNING.coverageWeight();
    assertEquals(4, hits.get(0).bm25);
    assertEquals(4 * (1 - w + w * 1), hits.get(0).lexicalScore, 1e-9);
    assertEquals(2 * (1 - w + w * 0.5), hits.get(1).lexicalScore, 1e-9);
  }

  @Test
  void aHitHoldingWhatTheQuestionAsksForGetsTheBonus() throws Exception {
    List<Candidate> hits = scored("how many prisoners were exchanged", 2, false);
    double w = TUNING.coverageWeight();
    double bonus = TUNING.answerTypeBonus();
    assertEquals(4 * (1 - w + w * 1) * bonus, hits.get(0).lexicalScore, 1e-9);
    assertEquals(2 * (1 - w + w * 0.5), hits.get(1).lexicalScore, 1e-9);
  }

  @Test
  void aHitRankedEarlierForItsMeaningKeepsNoWordScoreFromALaterTier() throws Exception {
    // Pool of one: the second is the word query's second hit (tier 1) but the nearest in meaning.
    List<Candidate> hits = scored("prisoners exchanged", 1, true);
    assertEquals(0, hits.get(1).tier);
    assertEquals(0, hits.get(1).bm25);
    assertEquals(0, hits.get(1).lexicalScore);
    assertEquals(4, hits.get(0).bm25);
  }
}
