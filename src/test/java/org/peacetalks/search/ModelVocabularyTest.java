package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModelVocabularyTest {
  private final ModelVocabulary vocabulary = ModelVocabulary.shared();

  @Test
  void knowsWholeWordsNotWordPieces() {
    assertTrue(vocabulary.containsWord("harbour"));
    assertFalse(vocabulary.containsWord("harbours"), "spelt harbour + ##s");
    assertFalse(vocabulary.containsWord("erdogan"), "spelt in pieces");
  }
}
