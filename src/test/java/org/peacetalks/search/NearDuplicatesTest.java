package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** When a passage repeats one already kept for the answer. */
class NearDuplicatesTest {
  private static final String STORY =
      "Negotiators met in Geneva to discuss the ceasefire and the exchange of prisoners.";

  @Test
  void similarityIsTheShareOfWordsTheTwoHoldInCommon() {
    assertEquals(1, NearDuplicates.similarity(Set.of("a", "b"), Set.of("b", "a")));
    assertEquals(0.5, NearDuplicates.similarity(Set.of("a", "b", "c"), Set.of("b", "c", "d")));
    assertEquals(0, NearDuplicates.similarity(Set.of("a"), Set.of("b")));
    assertEquals(0, NearDuplicates.similarity(Set.of(), Set.of()));
  }

  @Test
  void theSameStoryWithASentenceAddedIsARepeat() {
    NearDuplicates kept = new NearDuplicates(new DomainAnalyzer(), 0.6);
    assertTrue(kept.keepIfNew(STORY));
    assertFalse(kept.keepIfNew(STORY + " Officials confirmed it."));
    assertTrue(kept.keepIfNew("A different paragraph about the ceasefire that mentions Geneva."));
  }

  @Test
  void anOverlapAtTheThresholdIsARepeat() {
    NearDuplicates kept = new NearDuplicates(new DomainAnalyzer(), 0.6);
    assertTrue(kept.keepIfNew("Geneva Ankara Vienna Warsaw"));
    // Three of five words shared: 0.6.
    assertFalse(kept.keepIfNew("Geneva Ankara Vienna Berlin"));
    // Two of six: kept, and then a repeat of itself.
    assertTrue(kept.keepIfNew("Geneva Ankara Oslo Madrid"));
    assertFalse(kept.keepIfNew("Geneva Ankara Oslo Madrid"));
  }
}
