package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacetalks.corpus.CorpusLoad;

/**
 * How the meaning signals rank passages, with a stand-in embedding (hashed bag of words) so the
 * outcome is exact: a long paragraph that answers in one of its sentences against a short one that
 * is merely on the topic.
 */
class HybridRankingTest {
  private static final String QUESTION = "who heads the Ukrainian delegation in Geneva";
  private static final String LONG =
      "Markets in Kyiv were calm on Monday and the hryvnia held steady against the euro. "
          + "Rail services to the west ran on time after the overnight repairs were finished. "
          + "Rustem Umerov heads the Ukrainian delegation in Geneva. "
          + "Power cuts are expected again in the evening across several eastern regions.";
  private static final String SHORT = "The Ukrainian side sent officials to Geneva for the talks.";

  private static SearchIndex index;

  @BeforeAll
  static void indexTwoParagraphs() throws Exception {
    index = SearchIndex.inMemory(new CountingEmbedder());
    index.rebuild(
        new CorpusLoad(
            List.of(
                PassageSearcherTest.article("long", LONG),
                PassageSearcherTest.article("short", SHORT)),
            List.of()));
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void theClosestSentenceFindsTheAnswerInsideALongParagraph() throws Exception {
    assertEquals("long", top(new SearchTuning.Blend(0, 0, 0, 1)));
  }

  @Test
  void theWholeParagraphsMeaningAloneFavoursTheShortOne() throws Exception {
    assertEquals("short", top(new SearchTuning.Blend(0, 0, 1, 0)));
  }

  @Test
  void theShippedBlendFindsTheAnswer() throws Exception {
    assertEquals("long", top(SearchTuning.defaults().blend()));
  }

  @Test
  void pagingDeeperThanThePoolKeepsTheEarlierPagesInPlace() throws Exception {
    try (SearchIndex seeds = SearchIndex.inMemory(new CountingEmbedder())) {
      seeds.rebuild(Fixtures.load(Fixtures.SEED));
      SearchTuning d = SearchTuning.defaults();
      SearchTuning smallPool =
          d.withPools(d.candidates(), 4).withRelevance(0, d.minRelevantCosine());
      assertPagesMatchOneLongPage(new PassageSearcher(seeds, Fixtures.synonyms(), smallPool, 2));
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

  private static String top(SearchTuning.Blend blend) throws Exception {
    PassageSearcher searcher =
        new PassageSearcher(
            index, Fixtures.synonyms(), SearchTuning.defaults().withBlend(blend), 1);
    Answer answer = searcher.answer(QUESTION);
    return answer.passages().get(0).articleId();
  }
}
