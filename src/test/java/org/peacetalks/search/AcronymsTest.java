package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AcronymsTest {
  private final Acronyms acronyms = new Acronyms();

  @Test
  void aRunOfCapitalisedWordsSpellsItsInitialsSkippingJoinersAndSoDoesEachShorterRun() {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    Acronyms.countRuns(
        "The International Committee of the Red Cross and The Financial Times said so.", counts);
    assertEquals(Map.of("International Committee of the Red Cross", 1), counts.get("icrc"));
    assertEquals(Map.of("Financial Times", 1), counts.get("ft"));
    assertEquals(Map.of("Red Cross", 1), counts.get("rc"));
    // a run read from a sentence's article spells nothing with it
    assertNull(counts.get("tft"));
  }

  @Test
  void aRunStartsAtAWordsFirstLetterOnly() {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    Acronyms.countRuns("The new iPhone Maker and eBay Inc met.", counts);
    assertNull(counts.get("pm"));
    assertNull(counts.get("bi"));
  }

  @Test
  void aLongUnbrokenParagraphIsReadInOnePass() {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    Acronyms.countRuns("A".repeat(200_000) + " and Red Cross", counts);
    assertEquals(Map.of("Red Cross", 1), counts.get("rc"));
  }

  @Test
  void anAcronymMeansTheNameMostRunsSpellingItAgreeOn() throws Exception {
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.put(
          PassageSearcherTest.article(
              "own",
              "The Financial Times and the Financial Times Weekend both say Foreign Trade grew.",
              "Zelensky met Stubb. The Financial Times reported it.",
              "Sea Trials and Space Telescopes were not discussed.",
              "Keir Starmer and Friedrich Merz met once."));
      // three runs spell FT as Financial Times, one as Foreign Trade
      assertEquals("Financial Times", spelledOut(index, "FT", 1));
      // Sea Trials and Space Telescopes share ST: neither holds two thirds of it
      assertNull(spelledOut(index, "st", 1));
      // one run is enough for a word written as an acronym, not for a lower-case one
      assertEquals("Keir Starmer and Friedrich Merz", spelledOut(index, "KSFM", 1));
      assertNull(spelledOut(index, "ksfm", 2));
      assertNull(spelledOut(index, "f", 1));
      assertNull(spelledOut(index, "nato", 1));
    }
  }

  @Test
  void runsAreSummedOverSegmentsAndReadAgainWhenAnArticleIsReplaced() throws Exception {
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.put(PassageSearcherTest.article("one", "The Black Sea Fleet sailed."));
      index.put(PassageSearcherTest.article("two", "The Black Sea Fleet returned."));
      assertEquals("Black Sea Fleet", spelledOut(index, "bsf", 2));
      index.put(PassageSearcherTest.article("two", "The Baltic States Forum met."));
      // one run each way now: no name holds two thirds, and none has two runs
      assertNull(spelledOut(index, "bsf", 2));
      assertNull(spelledOut(index, "BSF", 1));
    }
  }

  private String spelledOut(SearchIndex index, String acronym, int minRuns) throws Exception {
    return index.withSearcher(s -> acronyms.spelledOut(acronym, s.getIndexReader(), minRuns));
  }
}
