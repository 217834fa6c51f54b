package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
            "US Secretary of State Marco Rubio led the American side. US Vice President JD Vance"
                + " stayed at home.",
            "Russian President Vladimir Putin and Ukrainian President Volodymyr Zelensky did not"
                + " meet.",
            "Nothing rewards Russia. President Volodymyr Zelensky said so in Kyiv.",
            "Zelensky, speaking after a meeting with French President Emmanuel Macron, was upbeat."));
    roles = new RoleNames(index.analyzer(), Fixtures.synonyms());
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  private static Map<String, String> surnames(String question) throws Exception {
    Map<String, List<RoleNames.Surname>> found =
        index.withSearcher(s -> roles.surnames(question, s.getIndexReader()));
    return found.entrySet().stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey,
                e ->
                    e.getValue().stream()
                        .map(RoleNames.Surname::written)
                        .collect(Collectors.joining(","))));
  }

  @Test
  void aRoleWithTheQuestionsWordsBeforeANameNamesThatPerson() throws Exception {
    assertEquals(Map.of("chancellor", "Merz"), surnames("how did the german chancellor react?"));
    assertEquals(Map.of("secretari", "Rubio"), surnames("what did the us secretary of state say"));
    assertEquals(Map.of("presid", "Macron"), surnames("what did the french president say"));
    assertEquals(Map.of("leader", "Macron"), surnames("what does the french leader want"));
  }

  @Test
  void spellingsTheSynonymsJoinAreOnePerson() throws Exception {
    try (SearchIndex own = SearchIndex.inMemory()) {
      own.put(
          PassageSearcherTest.article(
              "spellings",
              "Ukrainian President Volodymyr Zelenskyy spoke first.",
              "Ukrainian President Volodymyr Zelensky then left.",
              "Former Ukrainian President Petro Poroshenko disagreed."));
      RoleNames names = new RoleNames(own.analyzer(), Fixtures.synonyms());
      Map<String, List<RoleNames.Surname>> found =
          own.withSearcher(
              s -> names.surnames("what did the ukrainian president say", s.getIndexReader()));
      assertEquals(1, found.size(), found.toString());
      String written = found.values().iterator().next().get(0).written();
      assertTrue(written.startsWith("Zelensk"), written);
    }
  }

  @Test
  void aRoleAfterAFullNameAndACommaNamesThatPerson() throws Exception {
    assertEquals(
        Map.of("envoi", "Witkoff", "aid", "Ushakov"),
        surnames("what did trump's envoy tell putin's aide?"));
  }

  @Test
  void twoPeopleOfOneRoleAreBothNamed() throws Exception {
    assertEquals(
        Map.of("presid", "Putin,Zelensky"),
        surnames("what did the russian president tell the ukrainian president?"));
  }

  @Test
  void contextStopsAtTheClause() throws Exception {
    // "Nothing rewards Russia. President Volodymyr Zelensky" is not the Russian president, nor
    // "Macron, UK Prime Minister Keir Starmer" Macron, nor "Zelensky, speaking after a meeting
    // with French President" Zelensky.
    assertEquals(Map.of("presid", "Putin"), surnames("what does the russian president want"));
    assertEquals(Map.of("minist", "Starmer"), surnames("what did the uk prime minister say"));
  }

  @Test
  void aRoleSaidOfSeveralPeopleOrOfNoOneNamesNobody() throws Exception {
    assertTrue(surnames("what did the president say?").isEmpty(), "no modifier");
    assertTrue(surnames("what did trump's envoys say?").isEmpty(), "a group");
    assertTrue(surnames("what did the belgian minister say?").isEmpty(), "no such mention");
    assertTrue(surnames("what did Merz, the german chancellor, say?").isEmpty(), "named already");
    assertTrue(
        surnames("what did the american president say?").isEmpty(), "a vice president is not");
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
