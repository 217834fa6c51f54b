package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;

/** When text is not a question at all, judged by its plan. */
class RankingTest {
  private static Ranking ranking(boolean known, int words, boolean asks) {
    QueryPlan plan =
        new QueryPlan(
            List.of(new Concept("asdf", List.of(List.of("asdf")), 1f, known)),
            new MatchAllDocsQuery(),
            Set.of(),
            words,
            asks,
            "asdf");
    return new Ranking(plan, List.of(), false, null, null);
  }

  @Test
  void shortTextWithNoKnownWordIsNotAQuestion() {
    assertTrue(ranking(false, 2, false).notAQuestion());
  }

  @Test
  void oneKnownWordOrAQuestionFormOrMoreWordsMakeItAQuestion() {
    assertFalse(ranking(true, 1, false).notAQuestion());
    assertFalse(ranking(false, 1, true).notAQuestion());
    assertFalse(ranking(false, 3, false).notAQuestion());
  }
}
