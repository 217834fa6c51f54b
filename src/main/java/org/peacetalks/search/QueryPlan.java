package org.peacetalks.search;

import java.util.List;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * A question made ready for the index: its concepts, the ranking query built from them (never
 * from the question's raw text), and the terms to highlight.
 */
record QueryPlan(List<Concept> concepts, Query query, Set<String> highlightTerms) {
  QueryPlan {
    concepts = List.copyOf(concepts);
    highlightTerms = Set.copyOf(highlightTerms);
  }

  boolean hasKnownConcept() {
    return concepts.stream().anyMatch(Concept::known);
  }

  float totalWeight() {
    float sum = 0;
    for (Concept c : concepts) sum += c.weight();
    return sum;
  }
}
