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
class PassageRankerTest {
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

  private static String top(SearchTuning.Blend blend) throws Exception {
    PassageSearcher searcher =
        new PassageSearcher(
            index, Fixtures.synonyms(), SearchTuning.defaults().withBlend(blend), 1);
    Answer answer = searcher.answer(QUESTION);
    return answer.passages().get(0).articleId();
  }
}
