package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whom the articles mean by a role a question names. */
class RoleNamesTest {
  static SearchIndex index;
  static RoleNames roles;

  @BeforeAll
  static void indexArticles() throws Exception {
    index = SearchIndex.inMemory();
    index.put(
        PassageSearcherTest.article(
            "roles",
            "The meeting was chaired by Macron, UK Prime Minister Keir Starmer and German Chancellor"
                + " Friedrich Merz.",
            "Merz said the guarantees offered by Washington were remarkable.",
            "Steve Witkoff, President Donald Trump's special envoy, advised Yuri Ushakov, Vladimir"
                + " Putin's most senior foreign policy aide.",
            "US Secretary of State Marco Rubio led the American side.",
            "Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky did not"
                + " meet."));
    roles = new RoleNames(index.analyzer(), Fixtures.synonyms());
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static Map<String, String> surnames(String question) throws Exception {
    Map<String, RoleNames.Surname> found = index.withSearcher(s -> roles.surnames(question, s));
    return found.entrySet().stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().written()));
  }

  @Test
  void aRoleWithTheQuestionsWordsBeforeANameNamesThatPerson() throws Exception {
    assertEquals(Map.of("chancellor", "Merz"), surnames("how did the german chancellor react?"));
    assertEquals(Map.of("secretari", "Rubio"), surnames("what did the us secretary of state say"));
    assertEquals(Map.of("presid", "Putin"), surnames("what does the russian president want"));
  }

  @Test
  void aRoleAfterANameAndACommaNamesThatPerson() throws Exception {
    assertEquals(
        Map.of("envoi", "Witkoff", "aid", "Ushakov"),
        surnames("what did trump's envoy tell putin's aide?"));
  }

  @Test
  void aRoleSaidOfSeveralPeopleOrOfNoOneNamesNobody() throws Exception {
    assertTrue(surnames("what did the president say?").isEmpty(), "no modifier");
    assertTrue(surnames("what did the french minister say?").isEmpty(), "no such mention");
    assertTrue(surnames("what did Merz, the german chancellor, say?").isEmpty(), "named already");
  }

  @Test
  void thePersonBecomesAnAlternativeOfTheRoleInTheQuery() throws Exception {
    QueryPlanner planner =
        new QueryPlanner(index.analyzer(), Fixtures.synonyms(), SearchTuning.defaults());
    QueryPlan plan =
        index.withSearcher(
            s -> planner.plan("what did the german chancellor say", s.getIndexReader()));
    assertTrue(
        plan.concepts().stream()
            .anyMatch(
                c -> c.alternatives().containsAll(List.of(List.of("chancellor"), List.of("merz")))),
        plan.concepts().toString());
    assertTrue(plan.meaningText().endsWith("Merz"), plan.meaningText());
  }
}
