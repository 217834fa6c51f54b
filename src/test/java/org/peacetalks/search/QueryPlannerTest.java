package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a question's words are matched to the articles' words, over the seed articles. */
class QueryPlannerTest {
  static SearchIndex index;
  static QueryPlanner planner;

  @BeforeAll
  static void indexSeeds() throws Exception {
    index = SearchIndex.inMemory();
    index.rebuild(Fixtures.load(Fixtures.SEED));
    planner = new QueryPlanner(index.analyzer(), Fixtures.synonyms(), SearchTuning.defaults());
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static QueryPlan plan(String question) throws Exception {
    return index.withSearcher(s -> planner.plan(question, s.getIndexReader()));
  }

  private static List<String> labels(QueryPlan plan, boolean known) {
    return plan.concepts().stream().filter(c -> c.known() == known).map(Concept::label).toList();
  }

  @Test
  void contractionsAreFunctionWordsNotUnknownWords() throws Exception {
    QueryPlan p = plan("why won't Putin sign, and why didn't Kyiv?");
    assertEquals(List.of(), labels(p, false));
  }

  @Test
  void aNumberTheArticlesDoNotHoldIsNoEvidenceEitherWay() throws Exception {
    QueryPlan p = plan("is the army 900k or 1,200,000 now?");
    assertEquals(List.of(), labels(p, false));
    assertEquals(0, p.unknownShare());
  }

  @Test
  void aWordOfTheSameFamilyCountsAsKnown() throws Exception {
    // The seeds write "Britain" and "British", never "Brits".
    QueryPlan p = plan("did the brits agree?");
    assertEquals(List.of(), labels(p, false));
  }

  @Test
  void namesTheArticlesNeverMentionAreCountedAsNames() throws Exception {
    QueryPlan p = plan("What did Erdogan and the UN say about the grain deal?");
    assertTrue(labels(p, false).containsAll(List.of("Erdogan", "UN")), p.concepts().toString());
    assertEquals(2, p.unknownNames(ModelVocabulary.shared()));
  }

  @Test
  void commonWordsTheArticlesLackAreNotNames() throws Exception {
    QueryPlan p = plan("what nice recipe ideas for breakfast");
    assertFalse(labels(p, false).isEmpty());
    assertEquals(0, p.unknownNames(ModelVocabulary.shared()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "600k troops|600,000 troops",
      "2m people|2 million people",
      "the nov 8th strikes|the November 8 strikes",
      "on 8 dec|on 8 December",
      "the 29/11 attack|the 29 November attack",
      "on 11/29|on November 29",
      "on 8/12|on 8 December August 12"})
  void numbersAndDatesAreWrittenAsArticlesWriteThem(String question, String normalized) {
    assertEquals(normalized, NumberForms.normalize(question));
  }

  @Test
  void questionsAskWithAMarkOrAQuestionWord() throws Exception {
    assertTrue(plan("erdogan?").asks());
    assertTrue(plan("who is erdogan").asks());
    assertFalse(plan("erdogan vienna").asks());
  }
}
