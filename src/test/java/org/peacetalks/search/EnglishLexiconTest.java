package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnglishLexiconTest {
  private final EnglishLexicon lexicon = EnglishLexicon.shared();

  /** The commonest words, as the no-answer decision passes them: the embedding model's. */
  private static final java.util.function.Predicate<String> COMMON =
      ModelVocabulary.shared()::containsWord;

  @Test
  void knowsCommonWordsAndTheirInflectionsByWordNetsMorphology() {
    for (String word :
        new String[] {
          "photojournalists", "harbours", "loosening", "geese", "ecologists", "went", "bigger"
        }) assertTrue(lexicon.isCommonWord(word), word);
  }

  @Test
  void relativesAreTheBaseFormsAndTheirDerivationsInWordNet() {
    assertTrue(
        lexicon.relatives("negotiators").containsAll(java.util.Set.of("negotiator", "negotiate")));
    assertTrue(lexicon.relatives("recovery").contains("recover"));
    assertTrue(lexicon.relatives("spoken").contains("speak"));
    assertFalse(lexicon.relatives("recipe").contains("receive"));
    assertTrue(lexicon.relatives("erdogan").isEmpty());
  }

  @Test
  void appliesEachSuffixRuleOnlyToItsPartOfSpeech() {
    // "-er" makes comparatives of adjectives: "kissinger" is no kissing, "harding" no hard.
    for (String word : new String[] {"kissinger", "harding"})
      assertFalse(lexicon.isCommonWord(word), word);
  }

  @Test
  void wordsWordNetHoldsOnlyAsProperNounsAreNotCommon() {
    for (String word : new String[] {"obama", "kiev", "erdogan", "lukashenko", "jaishankar"})
      assertFalse(lexicon.isCommonWord(word), word);
  }

  @Test
  void aLongWordOneEditFromACommonListedWordIsAMisspellingNotAName() {
    assertTrue(lexicon.isMisspelling("actualy", COMMON));
    assertTrue(lexicon.isMisspelling("goverment", COMMON));
    for (String name : new String[] {"orban", "medinsky", "blinken", "meloni", "grossi", "kallas"})
      assertFalse(lexicon.isMisspelling(name, COMMON), name);
    assertFalse(lexicon.isMisspelling("a".repeat(50_000), COMMON), "no word, and answered at once");
  }

  @Test
  void twoCommonWordsRunTogetherAreACompoundAndNamesAreNot() {
    for (String word : new String[] {"warcrimes", "smartphones", "lakebed", "gensets"})
      assertTrue(lexicon.isCompound(word, COMMON), word);
    for (String name :
        new String[] {
          "macron",
          "starmer",
          "peskov",
          "meloni",
          "belgorod",
          "donbas",
          "kissinger",
          "witkoff",
          "erdogan",
          "moscow",
          "geneva",
          "putin",
          "orban"
        }) assertFalse(lexicon.isCompound(name, COMMON), name);
  }
}
