package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CapitalCitiesTest {
  private final CapitalCities capitals = CapitalCities.shared();

  @Test
  void aNationalCapitalNamesItsCountryInAnyCase() {
    assertEquals(List.of("Romania"), capitals.countriesOf("bucharest"));
    assertEquals(List.of("Turkey"), capitals.countriesOf("Ankara"));
    assertEquals(List.of("Belarus"), capitals.countriesOf("MINSK"));
    assertEquals(List.of("North Korea"), capitals.countriesOf("pyongyang"));
  }

  @Test
  void otherCitiesAndWordsNameNoCountry() {
    // Kharkiv and Odesa are cities of Ukraine, not its capital: they do not stand for it.
    for (String word : List.of("kharkiv", "odessa", "chicago", "harbour", ""))
      assertEquals(List.of(), capitals.countriesOf(word), word);
  }
}
