package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peacetalks.corpus.CorpusLoad;

/** Which ranked passages make a page: relevant ones, near-duplicates once. */
class PassageSelectorTest {
  private static final PassageSelector SELECTOR =
      new PassageSelector(new DomainAnalyzer(), SearchTuning.defaults());

  private static Candidate candidate(double coverage, double cosine, double sentenceCosine) {
    Candidate c = new Candidate(0, 0);
    c.coverage = coverage;
    c.cosine = cosine;
    c.sentenceCosine = sentenceCosine;
    return c;
  }

  @Test
  void aPassageCoveringEnoughOfTheQuestionIsRelevant() {
    double enough = SearchTuning.defaults().minRelevantCoverage();
    assertTrue(SELECTOR.isRelevant(candidate(enough, -1, -1), false));
    assertFalse(SELECTOR.isRelevant(candidate(enough - 0.01, -1, -1), false));
  }

  @Test
  void aPassageOrOneOfItsSentencesCloseInMeaningIsRelevantWhenMeaningIsKnown() {
    double close = SearchTuning.defaults().minRelevantCosine();
    assertTrue(SELECTOR.isRelevant(candidate(0, close, 0), true));
    assertTrue(SELECTOR.isRelevant(candidate(0, 0, close), true));
    assertFalse(SELECTOR.isRelevant(candidate(0, close - 0.01, close - 0.01), true));
    assertFalse(SELECTOR.isRelevant(candidate(0, close, close), false));
  }

  @Test
  void nearDuplicateParagraphsAcrossArticlesAreShownOnce() throws Exception {
    SearchIndex own = SearchIndex.inMemory();
    String text =
        "Negotiators met in Geneva to discuss the ceasefire and the exchange of prisoners.";
    own.rebuild(
        new CorpusLoad(
            List.of(
                PassageSearcherTest.article("one", text),
                PassageSearcherTest.article("two", text + " Officials confirmed it."),
                PassageSearcherTest.article(
                    "three",
                    "A different paragraph about the ceasefire that mentions Geneva once.")),
            List.of()));
    PassageSearcher s = new PassageSearcher(own, Fixtures.synonyms(), SearchTuning.defaults(), 3);
    List<Passage> passages = s.answer("Geneva ceasefire prisoners").passages();
    assertEquals(2, passages.size(), passages.toString());
    assertEquals(List.of(1, 2), passages.stream().map(Passage::rank).toList());
    own.close();
  }
}
