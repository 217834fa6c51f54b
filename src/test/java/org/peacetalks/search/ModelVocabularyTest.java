package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModelVocabularyTest {
  private final ModelVocabulary vocabulary = ModelVocabulary.shared();

  @Test
  void knowsWholeWordsNotWordPieces() {
    assertTrue(vocabulary.containsWord("harbour"));
    assertFalse(vocabulary.containsWord("erdogan"), "spelt in pieces");
  }

  @Test
  void aPluralItSpellsAsSingularPlusSIsStillAWordItKnows() {
    assertFalse(vocabulary.containsWord("harbours"), "not a token of its own");
    assertTrue(vocabulary.containsWordOrSingular("harbours"));
    assertFalse(vocabulary.containsWordOrSingular("erdogans"));
  }
}
