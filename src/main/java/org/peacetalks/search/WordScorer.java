package org.peacetalks.search;

import java.io.IOException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/**
 * The ranking by words: BM25 re-ranked by how much of the question a passage covers and, for the
 * best hits, by whether it holds what the question asks for (a number for "how many", a date for
 * "when"). Needs {@link ConceptCoverage} measured first.
 */
final class WordScorer {
  /** Only the best hits are read for the answer-type check: reading text is the costly part. */
  private static final int ANSWER_TYPE_DEPTH = 20;

  private final SearchTuning tuning;

  WordScorer(SearchTuning tuning) {
    this.tuning = tuning;
  }

  /** Sets {@link Candidate#bm25} and {@link Candidate#lexicalScore} of each word hit. */
  void score(IndexSearcher s, String question, CandidatePool pool) throws IOException {
    AnswerType wanted = AnswerType.of(question);
    StoredFields stored = s.storedFields();
    ScoreDoc[] lexical = pool.lexical();
    for (int i = 0; i < lexical.length; i++) {
      ScoreDoc d = lexical[i];
      Candidate c = pool.get(d.doc);
      if (pool.tierOfRank(i) > c.tier)
        continue; // in an earlier tier for its meaning: its word score is as it was there
      c.bm25 = d.score;
      double score = d.score * (1 - tuning.coverageWeight() + tuning.coverageWeight() * c.coverage);
      if (wanted != AnswerType.OTHER
          && i < ANSWER_TYPE_DEPTH
          && wanted.foundIn(stored.document(d.doc, IndexSchema.TEXT_ONLY).get(IndexSchema.TEXT))) {
        score *= tuning.answerTypeBonus();
      }
      c.lexicalScore = score;
    }
  }
}
