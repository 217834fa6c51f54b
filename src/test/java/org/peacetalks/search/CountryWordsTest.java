package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountryWordsTest {
  private final CountryWords words = CountryWords.shared();

  @Test
  void aNationalCapitalNamesItsCountryInAnyCase() {
    assertEquals(List.of("Romania"), words.countriesOf("bucharest"));
    assertEquals(List.of("Turkey"), words.countriesOf("Ankara"));
    assertEquals(List.of("Belarus"), words.countriesOf("MINSK"));
    assertEquals(List.of("North Korea"), words.countriesOf("pyongyang"));
  }

  @Test
  void aCapitalNamesOnlyThePlaceWordNetFilesAsACountry() {
    // Tokyo is part of Honshu (an island) and of Japan; Ottawa of Ontario; Washington of a district
    assertEquals(List.of("Japan"), words.countriesOf("tokyo"));
    assertEquals(List.of(), words.countriesOf("ottawa"));
    assertEquals(List.of(), words.countriesOf("washington"));
  }

  @Test
  void theNounForACountrysPeopleNamesItInTheSingularOrPlural() {
    assertEquals(List.of("Poland"), words.countriesOf("poles"));
    assertEquals(List.of("Denmark"), words.countriesOf("Dane"));
    assertEquals(List.of("Finland"), words.countriesOf("finns"));
  }

  @Test
  void otherCitiesAndWordsNameNoCountry() {
    // Kharkiv and Odesa are cities of Ukraine, not its capital: they do not stand for it.
    for (String word : List.of("kharkiv", "odessa", "chicago", "harbour", "s", ""))
      assertEquals(List.of(), words.countriesOf(word), word);
  }
}
