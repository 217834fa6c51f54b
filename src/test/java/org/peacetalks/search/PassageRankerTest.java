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

  /** The same two paragraphs, with word pieces (each word one piece, aligned with itself only). */
  private static SearchIndex withPieces;

  @BeforeAll
  static void indexTwoParagraphs() throws Exception {
    index = SearchIndex.inMemory(new CountingEmbedder());
    withPieces = SearchIndex.inMemory(new PieceEmbedder());
    for (SearchIndex i : List.of(index, withPieces))
      i.rebuild(
          new CorpusLoad(
              List.of(
                  PassageSearcherTest.article("long", LONG),
                  PassageSearcherTest.article("short", SHORT)),
              List.of()));
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
    withPieces.close();
  }

  @Test
  void theClosestSentenceFindsTheAnswerInsideALongParagraph() throws Exception {
    assertEquals("long", top(new SearchTuning.Blend(0, 0, 0, 1, 0, 0)));
  }

  @Test
  void theWholeParagraphsMeaningAloneFavoursTheShortOne() throws Exception {
    assertEquals("short", top(new SearchTuning.Blend(0, 0, 1, 0, 0, 0)));
  }

  @Test
  void theShippedBlendFindsTheAnswer() throws Exception {
    assertEquals("long", top(SearchTuning.defaults().blend()));
  }

  @Test
  void theWordAlignmentFindsTheParagraphThatHoldsWhatTheQuestionAsks() throws Exception {
    // "heads" and "delegation" are only in the long paragraph
    assertEquals("long", top(withPieces, new SearchTuning.Blend(0, 0, 0, 0, 1, 0)));
    assertEquals("short", top(withPieces, new SearchTuning.Blend(0, 0, 1, 0, 0, 0)));
  }

  @Test
  void theAnswerTypeFavoursTheParagraphThatHoldsANumberForHowMany() throws Exception {
    try (SearchIndex numbers = SearchIndex.inMemory(new CountingEmbedder())) {
      numbers.rebuild(
          new CorpusLoad(
              List.of(
                  PassageSearcherTest.article(
                      "without", "Ukraine sent officials to the Geneva talks, the ministry said."),
                  PassageSearcherTest.article("with", "Ukraine sent 12 officials to Geneva.")),
              List.of()));
      String question = "how many officials did ukraine send to the geneva talks";
      assertEquals("with", top(numbers, new SearchTuning.Blend(0, 0, 0, 0, 0, 1), question));
      assertEquals("without", top(numbers, new SearchTuning.Blend(0, 0, 1, 0, 0, 0), question));
    }
  }

  private static String top(SearchTuning.Blend blend) throws Exception {
    return top(index, blend);
  }

  private static String top(SearchIndex index, SearchTuning.Blend blend) throws Exception {
    return top(index, blend, QUESTION);
  }

  private static String top(SearchIndex index, SearchTuning.Blend blend, String question)
      throws Exception {
    PassageSearcher searcher =
        new PassageSearcher(
            index, Fixtures.synonyms(), SearchTuning.defaults().withBlend(blend), 1);
    Answer answer = searcher.answer(question);
    return answer.passages().get(0).articleId();
  }
}
