package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DemonymsTest {
  @ParameterizedTest
  @CsvSource({
    "Belgians, belgium",
    "french, france",
    "Polish, poland",
    "swedish, sweden",
    "canadian, canada",
    "norwegian, norway",
    "israeli, israel",
    "Qataris, qatar",
    "indian, india",
    "lebanese, lebanon",
    "turkish, turkey",
    "Hungarian, hungary"
  })
  void anAdjectiveNamesItsCountry(String word, String country) {
    Set<String> found = Demonyms.shared().countriesOf(word);
    assertTrue(found.contains(country), word + " → " + found);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "finish",
        "european",
        "veteran",
        "civilian",
        "guardian",
        "belarus",
        "france",
        "plan"
      })
  void otherWordsAndCountryNamesThemselvesNameNoCountry(String word) {
    assertEquals(Set.of(), Demonyms.shared().countriesOf(word), word);
  }

  @ParameterizedTest
  @CsvSource({
    "France, french",
    "ukraine, ukrainian",
    "russia, russian",
    "china, chinese",
    "poland, polish",
    "germany, german",
    "israel, israeli",
    "canada, canadian"
  })
  void aCountryHasItsAdjective(String country, String adjective) {
    Set<String> found = Demonyms.shared().adjectivesOf(country);
    assertTrue(found.contains(adjective), country + " → " + found);
  }

  @Test
  void aCountryHasNoMadeUpAdjectives() {
    Set<String> found = Demonyms.shared().adjectivesOf("france");
    assertEquals(Set.of("french"), found);
    assertFalse(Demonyms.shared().adjectivesOf("cyprus").contains("cyprian"));
  }

  @Test
  void aCountryIsKnownByItsOneWordName() {
    assertTrue(Demonyms.shared().isCountry("Türkiye"));
    assertTrue(Demonyms.shared().isCountry("ukraine"));
    assertFalse(Demonyms.shared().isCountry("french"));
    assertFalse(Demonyms.shared().isCountry("south"));
  }
}
