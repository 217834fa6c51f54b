package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymsTest {
  private static final DomainAnalyzer ANALYZER = new DomainAnalyzer();

  private static List<List<String>> alternativesOf(Synonyms synonyms, String word) {
    List<Synonyms.Rule> rules = synonyms.startingWith(ANALYZER.tokens(word).get(0).term());
    assertEquals(1, rules.size(), rules.toString());
    return rules.get(0).alternatives();
  }

  private static List<String> terms(String phrase) {
    return ANALYZER.tokens(phrase).stream().map(DomainAnalyzer.Token::term).toList();
  }

  @Test
  void aPhraseOnSeveralLinesGetsTheAlternativesOfEach() {
    Synonyms s =
        Synonyms.parse("Donbas, Donbass\nDonbas, Donbass => Donetsk, Luhansk\n", "test", ANALYZER);
    List<List<String>> alternatives = alternativesOf(s, "Donbas");
    for (String w : List.of("Donbas", "Donbass", "Donetsk", "Luhansk"))
      assertTrue(alternatives.contains(terms(w)), w + " in " + alternatives);
  }

  @Test
  void aOneWayRuleDoesNotWorkBackwards() {
    Synonyms s = Synonyms.parse("Donbas => Donetsk\n", "test", ANALYZER);
    assertEquals(List.of(terms("Donbas"), terms("Donetsk")), alternativesOf(s, "Donbas"));
    assertTrue(s.startingWith(terms("Donetsk").get(0)).isEmpty());
  }

  @Test
  void theLongestPhraseComesFirst() {
    Synonyms s = Synonyms.parse("United, allied\nUnited States, US, America\n", "t", ANALYZER);
    List<Synonyms.Rule> rules = s.startingWith(terms("united").get(0));
    assertEquals(terms("United States"), rules.get(0).phrase());
  }

  @Test
  void theShippedFileFindsUkrainianPlacesByTheirOldSpellingsAndNames() throws Exception {
    Synonyms shipped = Synonyms.load(java.nio.file.Path.of("config/synonyms.txt"));
    for (String[] oldAndNew :
        new String[][] {
          {"Transcarpathia", "Zakarpattia"},
          {"Lvov", "Lviv"},
          {"Krivoy Rog", "Kryvyi Rih"},
          {"Artemivsk", "Bakhmut"},
          {"Dnepropetrovsk", "Dnipro"},
          {"Zmiinyi", "Snake Island"}
        }) {
      List<String> asked = terms(oldAndNew[0]);
      assertTrue(
          shipped.startingWith(asked.get(0)).stream()
              .anyMatch(
                  r -> r.phrase().equals(asked) && r.alternatives().contains(terms(oldAndNew[1]))),
          oldAndNew[0]);
    }
  }

  @Test
  void theJarCarriesTheShippedFileForABotRunFromAnotherFolder() throws Exception {
    Synonyms shipped = Synonyms.load(java.nio.file.Path.of("config/synonyms.txt"));
    Synonyms builtIn = Synonyms.builtIn();
    for (String term : List.of("kiev", "donbass", "truce", "zelenski", "lvov")) {
      String first = terms(term).get(0);
      assertEquals(shipped.startingWith(first), builtIn.startingWith(first), term);
    }
    assertFalse(builtIn.startingWith(terms("kremlin").get(0)).isEmpty());
  }

  @Test
  void aMalformedLineIsNamedWithItsNumber() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Synonyms.parse("a, b\nx => y => z\n", "synonyms.txt", ANALYZER));
    assertTrue(e.getMessage().startsWith("synonyms.txt line 2"), e.getMessage());
  }
}
