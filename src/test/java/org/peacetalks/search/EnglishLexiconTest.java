package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnglishLexiconTest {
  private final EnglishLexicon lexicon = EnglishLexicon.shared();

  @Test
  void knowsCommonWordsAndTheirInflectionsByWordNetsMorphology() {
    for (String word :
        new String[] {"photojournalists", "loosening", "geese", "ecologists", "went"})
      assertTrue(lexicon.isCommonWord(word), word);
  }

  @Test
  void wordsWordNetHoldsOnlyAsProperNounsAreNotCommon() {
    for (String word : new String[] {"obama", "kiev", "erdogan", "lukashenko", "jaishankar"})
      assertFalse(lexicon.isCommonWord(word), word);
  }

  @Test
  void aLongWordOneEditFromACommonWordIsAMisspelling() {
    assertTrue(lexicon.isMisspeltCommonWord("actualy"));
    assertTrue(lexicon.isMisspeltCommonWord("negotaitor"));
    assertFalse(lexicon.isMisspeltCommonWord("orban"), "too short to tell from urban");
    assertFalse(lexicon.isMisspeltCommonWord("medinsky"));
    assertFalse(lexicon.isMisspeltCommonWord("a".repeat(50_000)), "no word, and answered at once");
  }
}
