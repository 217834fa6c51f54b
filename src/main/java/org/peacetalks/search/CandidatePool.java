package org.peacetalks.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;

/**
 * The passages one question is ranked among: the word query's hits and the nearest in meaning, each
 * in the tier of its better rank.
 *
 * <p>Candidates come in tiers of the pool's size, the first of which is ranked for the first pages;
 * paging further fetches whole further tiers and ranks them after the ones before, so pages already
 * shown never change. Kept apart from the scoring so that this paging guarantee is one place.
 */
final class CandidatePool {
  private final ScoreDoc[] lexical;
  private final Map<Integer, Candidate> byDoc;
  private final List<Candidate> candidates;
  private final int size;
  private final boolean hybrid;

  /**
   * Every candidate from either list, in the tier of its better rank (a tier is the pool's size);
   * the first tier is the k = pool nearest-neighbour search's.
   *
   * @param lexical the word query's hits, best first, as deep as the pages asked for
   * @param semantic the nearest in meaning with k = pool; empty when ranking by words alone
   * @param deeperSemantic the nearest in meaning as deep as the pages asked for, when that is
   *     deeper than the pool; else empty
   * @param size the pool's size: how many hits of each list make one tier
   */
  CandidatePool(ScoreDoc[] lexical, ScoreDoc[] semantic, ScoreDoc[] deeperSemantic, int size) {
    this.lexical = lexical;
    this.size = size;
    this.hybrid = semantic.length > 0;
    this.byDoc = new LinkedHashMap<>();
    for (int i = 0; i < lexical.length; i++)
      byDoc.put(lexical[i].doc, new Candidate(lexical[i].doc, i / size));
    for (ScoreDoc d : semantic) byDoc.computeIfAbsent(d.doc, doc -> new Candidate(doc, 0)).tier = 0;
    for (int i = 0; i < deeperSemantic.length; i++) {
      Candidate c =
          byDoc.computeIfAbsent(
              deeperSemantic[i].doc, doc -> new Candidate(doc, Integer.MAX_VALUE));
      c.tier = Math.min(c.tier, Math.max(1, i / size));
    }
    this.candidates = List.copyOf(byDoc.values());
  }

  /**
   * Searches the index for the candidates of a question, as many whole tiers as {@code needed}
   * passages take.
   *
   * @param questionVector the question's embedding; {@code null} to search by words alone
   */
  static CandidatePool fetch(
      IndexSearcher s, QueryPlan plan, float[] questionVector, int size, int needed)
      throws IOException {
    int depth = size * Math.max(1, (needed + size - 1) / size);
    ScoreDoc[] lexical =
        plan.hasKnownConcept() ? s.search(plan.query(), depth).scoreDocs : new ScoreDoc[0];
    boolean useVectors = questionVector != null;
    // HNSW search is approximate and its beam is k wide: the pool is always searched with the
    // same k, so that its hits do not change when a deeper page asks for more.
    ScoreDoc[] semantic = useVectors ? nearest(s, questionVector, size) : new ScoreDoc[0];
    ScoreDoc[] deeperSemantic =
        useVectors && depth > size ? nearest(s, questionVector, depth) : new ScoreDoc[0];
    return new CandidatePool(lexical, semantic, deeperSemantic, size);
  }

  private static ScoreDoc[] nearest(IndexSearcher s, float[] question, int k) throws IOException {
    return s.search(new KnnFloatVectorQuery(IndexSchema.VECTOR, question, k), k).scoreDocs;
  }

  /** The word query's hits, best first, with their BM25 scores. */
  ScoreDoc[] lexical() {
    return lexical;
  }

  /** The candidate of a document, {@code null} when it is not in the pool. */
  Candidate get(int doc) {
    return byDoc.get(doc);
  }

  /** Every candidate, word hits first in their order, then those found by meaning alone. */
  List<Candidate> all() {
    return candidates;
  }

  /** The tier a hit at this rank (0-based) of either list comes in. */
  int tierOfRank(int rank) {
    return rank / size;
  }

  /** Whether there are hits by meaning to blend with the word hits. */
  boolean hybrid() {
    return hybrid;
  }
}
