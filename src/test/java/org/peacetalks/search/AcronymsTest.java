package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AcronymsTest {
  @Test
  void aRunOfCapitalisedWordsSpellsItsInitialsSkippingJoinersAndSoDoesEachShorterRun() {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    Acronyms.countRuns(
        "The International Committee of the Red Cross and The Financial Times said so.", counts);
    assertEquals(Map.of("International Committee of the Red Cross", 1), counts.get("icrc"));
    assertEquals(Map.of("Financial Times", 1), counts.get("ft"));
    assertEquals(Map.of("The Financial Times", 1), counts.get("tft"));
  }

  @Test
  void anAcronymMeansTheNameMostRunsSpellingItAgreeOn() throws Exception {
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.put(
          PassageSearcherTest.article(
              "own",
              "The Financial Times and the Financial Times Weekend both say Foreign Trade grew.",
              "Zelensky met Stubb. The Financial Times reported it.",
              "Sea Trials and Space Telescopes were not discussed."));
      Acronyms acronyms = new Acronyms();
      String ft = index.withSearcher(s -> acronyms.spelledOut("FT", s.getIndexReader()));
      // three runs spell FT as Financial Times, one as Foreign Trade
      assertEquals("Financial Times", ft);
      // Sea Trials and Space Telescopes share ST: neither holds two thirds of it
      assertNull(index.withSearcher(s -> acronyms.spelledOut("st", s.getIndexReader())));
      assertNull(index.withSearcher(s -> acronyms.spelledOut("f", s.getIndexReader())));
      assertNull(index.withSearcher(s -> acronyms.spelledOut("nato", s.getIndexReader())));
    }
  }
}
