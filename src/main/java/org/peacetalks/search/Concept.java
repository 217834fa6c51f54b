package org.peacetalks.search;

import java.util.List;

/**
 * One idea of a question: a word, or a synonym group, or a corrected misspelling. A passage covers
 * a concept when it contains any of the alternatives.
 *
 * @param alternatives analysed term sequences, each a word (size 1) or a phrase
 * @param weight how telling the concept is (inverse document frequency)
 * @param known false when no paragraph has any alternative, even after spelling correction
 */
record Concept(String label, List<List<String>> alternatives, float weight, boolean known) {
  Concept {
    alternatives = List.copyOf(alternatives);
  }
}
