package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.CorpusLoad;
import org.peacetalks.corpus.Paragraph;

/** The share of a question each passage holds, in its text or its section heading. */
class ConceptCoverageTest {
  private static SearchIndex index;
  private static QueryPlanner planner;

  @BeforeAll
  static void indexFourParagraphs() throws Exception {
    index = SearchIndex.inMemory();
    Article headed =
        new Article(
            "headed",
            "Title of headed",
            "Test wire",
            null,
            null,
            "headed.txt",
            "hash-headed",
            List.of(new Paragraph(1, "Ceasefire", "Delegations gathered in Geneva on Monday.")));
    index.rebuild(
        new CorpusLoad(
            List.of(
                PassageSearcherTest.article("both", "The ceasefire talks in Geneva resumed."),
                PassageSearcherTest.article("one", "The ceasefire held overnight in the east."),
                PassageSearcherTest.article("none", "Grain exports rose through the port."),
                headed),
            List.of()));
    planner = new QueryPlanner(index.analyzer(), Fixtures.synonyms(), SearchTuning.defaults());
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  /** Coverage of every paragraph, by article id. */
  private static Map<String, Double> coverage(String question) throws Exception {
    return index.withSearcher(
        s -> {
          QueryPlan plan = planner.plan(question, s.getIndexReader());
          Map<String, Candidate> byArticle = new HashMap<>();
          Fixtures.paragraphDocs(s).forEach((id, doc) -> byArticle.put(id, new Candidate(doc, 0)));
          ConceptCoverage.measure(s, plan, new ArrayList<>(byArticle.values()));
          Map<String, Double> out = new HashMap<>();
          byArticle.forEach((id, c) -> out.put(id, c.coverage));
          return out;
        });
  }

  @Test
  void aPassageHoldingEveryConceptCoversTheWholeQuestion() throws Exception {
    Map<String, Double> coverage = coverage("ceasefire Geneva");
    assertEquals(1.0, coverage.get("both"), 1e-9);
    assertEquals(0.0, coverage.get("none"));
  }

  @Test
  void aPassageHoldingOneOfTwoConceptsCoversPartOfTheQuestion() throws Exception {
    double one = coverage("ceasefire Geneva").get("one");
    assertTrue(one > 0 && one < 1, "one of two concepts: " + one);
  }

  @Test
  void aSectionHeadingCoversAsTheTextDoes() throws Exception {
    // "Ceasefire" is only in its heading, "Geneva" in its text.
    assertEquals(1.0, coverage("ceasefire Geneva").get("headed"), 1e-9);
  }

  @Test
  void aSynonymCoversItsConcept() throws Exception {
    assertEquals(1.0, coverage("truce Geneva").get("both"), 1e-9);
  }

  @Test
  void aQuestionWithNoKnownWordCoversNothing() throws Exception {
    assertEquals(0.0, coverage("Lukashenko").get("both"));
  }
}
