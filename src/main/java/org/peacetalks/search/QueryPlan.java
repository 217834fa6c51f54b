package org.peacetalks.search;

import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * A question made ready for the index: its concepts, the ranking query built from them (never from
 * the question's raw text), the terms to highlight, and the text the embedding model reads.
 *
 * @param meaningText the question with numbers and dates written as the articles write them,
 *     misspellings that neither the articles nor the model know corrected, and short chat noise
 *     dropped ("wat does moskow want" → "does moscow want")
 */
record QueryPlan(
    List<Concept> concepts,
    Query query,
    Set<String> highlightTerms,
    int wordCount,
    boolean asks,
    String meaningText) {
  QueryPlan {
    concepts = List.copyOf(concepts);
    highlightTerms = Set.copyOf(highlightTerms);
  }

  boolean hasKnownConcept() {
    return concepts.stream().anyMatch(Concept::known);
  }

  /** Weight of the concepts some paragraph holds. */
  float knownWeight() {
    float sum = 0;
    for (Concept c : concepts) if (c.known()) sum += c.weight();
    return sum;
  }

  /** Share of the question's weight in words no paragraph holds. */
  double unknownShare() {
    float all = 0;
    for (Concept c : concepts) all += c.weight();
    return all == 0 ? 0 : 1 - knownWeight() / all;
  }

  /** How many concepts some paragraph holds. */
  int knownCount() {
    return (int) concepts.stream().filter(Concept::known).count();
  }

  /**
   * How many unknown words look like names rather than words the articles happen not to use: one
   * written with a capital, a place ICU names, or a word neither the embedding model knows as a
   * whole nor WordNet as common English, nor a misspelling of a word both know, nor two common
   * words run together ("erdogan", "lukashenko"; not "photojournalist", "actualy", "warcrimes").
   */
  int unknownNames(ModelVocabulary vocabulary, EnglishLexicon lexicon) {
    int n = 0;
    for (Concept c : concepts) {
      if (c.known()) continue;
      String label = c.label();
      boolean capitalised = Character.isUpperCase(label.codePointAt(0));
      String lower = label.toLowerCase(java.util.Locale.ROOT);
      if (capitalised
          || PlaceNames.contains(label)
          || !(vocabulary.containsWord(lower)
              || lexicon.isCommonWord(lower)
              || lexicon.isMisspelling(lower, vocabulary::containsWord)
              || lexicon.isCompound(lower, vocabulary::containsWord))) n++;
    }
    return n;
  }
}
