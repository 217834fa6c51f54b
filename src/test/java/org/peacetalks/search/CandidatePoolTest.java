package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

/** Which tier each candidate comes in, and that deeper pages leave earlier ones in place. */
class CandidatePoolTest {
  private static final ScoreDoc[] NONE = new ScoreDoc[0];

  private static ScoreDoc[] hits(int... docs) {
    ScoreDoc[] out = new ScoreDoc[docs.length];
    for (int i = 0; i < docs.length; i++) out[i] = new ScoreDoc(docs[i], docs.length - i);
    return out;
  }

  private static List<Integer> tiers(CandidatePool pool) {
    return pool.all().stream().map(c -> c.tier).toList();
  }

  @Test
  void wordHitsComeInTiersOfThePoolsSize() {
    CandidatePool pool = new CandidatePool(hits(10, 11, 12, 13, 14, 15, 16), NONE, NONE, 3);
    assertEquals(List.of(0, 0, 0, 1, 1, 1, 2), tiers(pool));
    assertFalse(pool.hybrid());
    assertEquals(2, pool.tierOfRank(6));
  }

  @Test
  void aWordHitAlsoNearestInMeaningIsRankedForTheFirstPages() {
    CandidatePool pool = new CandidatePool(hits(10, 11, 12, 13), hits(13, 20), NONE, 2);
    assertEquals(0, pool.get(13).tier);
    assertEquals(0, pool.get(20).tier);
    assertTrue(pool.hybrid());
  }

  @Test
  void wordHitsComeFirstThenThoseFoundByMeaningAlone() {
    CandidatePool pool = new CandidatePool(hits(10, 11), hits(30, 11), NONE, 2);
    assertEquals(List.of(10, 11, 30), pool.all().stream().map(c -> c.doc).toList());
  }

  @Test
  void theDeeperMeaningSearchNeverAddsToTheFirstTier() {
    // Its nearest few are the pool search's, but HNSW's wider beam may find others: they wait.
    CandidatePool pool =
        new CandidatePool(hits(10, 11, 12, 13, 14, 15), hits(20, 21), hits(22, 20, 23, 24, 25), 2);
    assertEquals(1, pool.get(22).tier);
    assertEquals(0, pool.get(20).tier);
    assertEquals(2, pool.get(25).tier);
  }

  @Test
  void aPassageComesInTheTierOfItsBetterRank() {
    CandidatePool pool =
        new CandidatePool(hits(10, 11, 12, 13, 14, 15), hits(20, 21), hits(20, 21, 15, 30), 2);
    assertEquals(1, pool.get(15).tier, "rank 3 by meaning beats rank 6 by words");
    assertEquals(1, pool.get(30).tier);
  }

  @Test
  void aDocumentOutsideThePoolIsNotACandidate() {
    assertNull(new CandidatePool(hits(10), NONE, NONE, 2).get(99));
  }

  @Test
  void pagingDeeperThanThePoolKeepsTheEarlierPagesInPlace() throws Exception {
    try (SearchIndex seeds = SearchIndex.inMemory(new CountingEmbedder())) {
      seeds.rebuild(Fixtures.load(Fixtures.SEED));
      SearchTuning d = SearchTuning.defaults();
      SearchTuning smallPool =
          d.withPools(d.candidates(), 4).withRelevance(0, d.minRelevantCosine());
      // The stand-in embedder's cosines mean nothing to the fitted decision: paging alone is
      // tested.
      assertPagesMatchOneLongPage(
          new PassageSearcher(
              seeds,
              Fixtures.synonyms(),
              smallPool,
              2,
              seeds.embedder(),
              Answerability.never(),
              MeaningWeights.NONE));
    }
  }

  @Test
  void pagingDeeperThanTheWordPoolKeepsTheEarlierPagesInPlace() throws Exception {
    try (SearchIndex seeds = SearchIndex.inMemory()) {
      seeds.rebuild(Fixtures.load(Fixtures.SEED));
      SearchTuning d = SearchTuning.defaults();
      SearchTuning smallPool =
          d.withPools(4, d.hybridCandidates()).withRelevance(0, d.minRelevantCosine());
      assertPagesMatchOneLongPage(new PassageSearcher(seeds, Fixtures.synonyms(), smallPool, 2));
    }
  }

  private static void assertPagesMatchOneLongPage(PassageSearcher searcher) throws Exception {
    String question = "Putin Witkoff talks in Moscow about the peace plan";
    List<String> paged = new java.util.ArrayList<>();
    for (int offset = 0; offset < 12; offset += 2) {
      searcher
          .answer(question, offset, 2)
          .passages()
          .forEach(p -> paged.add(p.articleId() + "#" + p.paragraph()));
    }
    List<String> atOnce =
        searcher.answer(question, 0, 12).passages().stream()
            .map(p -> p.articleId() + "#" + p.paragraph())
            .toList();
    assertEquals(12, atOnce.size());
    assertEquals(atOnce, paged);
  }
}
