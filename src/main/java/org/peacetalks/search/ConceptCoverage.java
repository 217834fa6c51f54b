package org.peacetalks.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * How much of the question each candidate covers: the IDF-weighted share of the question's known
 * concepts its text or section holds. BM25 rewards repeating one word; in scraped news, holding
 * more of the question's different ideas says more about answering it.
 */
final class ConceptCoverage {
  private ConceptCoverage() {}

  /** Sets each candidate's {@link Candidate#coverage}, 0..1 (0 when no concept is known). */
  static void measure(IndexSearcher s, QueryPlan plan, List<Candidate> candidates)
      throws IOException {
    // Walking the candidates in document order lets each concept's iterator only move forward.
    List<Candidate> byDoc = new ArrayList<>(candidates);
    byDoc.sort(Comparator.comparingInt(c -> c.doc));
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    for (Concept concept : plan.concepts()) {
      if (!concept.known()) continue;
      Query q =
          new BooleanQuery.Builder()
              .add(QueryPlanner.conceptQuery(concept, IndexSchema.TEXT), Occur.SHOULD)
              .add(QueryPlanner.conceptQuery(concept, IndexSchema.SECTION), Occur.SHOULD)
              .build();
      Weight weight = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
      int leaf = -1;
      DocIdSetIterator it = null;
      for (Candidate c : byDoc) {
        int doc = c.doc;
        int at = ReaderUtil.subIndex(doc, leaves);
        if (at != leaf) {
          leaf = at;
          Scorer scorer = weight.scorer(leaves.get(at));
          it = scorer == null ? null : scorer.iterator();
        }
        if (it == null) continue;
        int local = doc - leaves.get(at).docBase;
        int found = it.docID() < local ? it.advance(local) : it.docID();
        if (found == local) c.coverage += concept.weight();
      }
    }
    float total = plan.knownWeight();
    for (Candidate c : candidates) c.coverage = total == 0 ? 0 : c.coverage / total;
  }
}
