package org.peacetalks.search;

/**
 * A passage under consideration for one question and what each ranking says of it. Mutable and
 * confined to one question's ranking: the pool creates it, and the coverage, word and meaning
 * scorers and the blend fill in their signal in turn, which spares a copy per signal.
 */
final class Candidate {
  final int doc;

  /** Which pool-sized slice of the lists it came in by its better rank: 0 for the first pages. */
  int tier;

  /** The IDF-weighted share of the question's known concepts its text or section holds, 0..1. */
  double coverage;

  /** Its BM25 score as the word query gave it, 0 when the word query did not find it. */
  double bm25;

  /** BM25 re-ranked by coverage and answer type; 0 when the word query did not find it. */
  double lexicalScore;

  /** Closeness in meaning of the whole paragraph; -1 when there are no vectors. */
  double cosine = -1;

  /** Closeness in meaning of its closest sentence; -1 when there are no vectors. */
  double sentenceCosine = -1;

  /**
   * Closeness of its closest sentence (the paragraph's when it is one sentence) to the question
   * read as a plain sentence, for the no-answer decision; -1 when not measured.
   */
  double plainSentenceCosine = -1;

  /**
   * The learned correction of the paragraph's closeness in meaning ({@link MeaningWeights}); 0 when
   * there are no vectors or no weights for them.
   */
  double meaning;

  /**
   * How well the paragraph's words in context stand for the question's ({@link WordAlignment}); 0
   * where it is not measured: outside the best {@link SearchTuning#ALIGNED}, or without word pieces
   * in the index.
   */
  double alignment;

  /** Whether {@link #alignment} was measured. */
  boolean aligned;

  /**
   * Whether the question asks for a kind of thing (a number, a date, a reason) and the paragraph
   * holds one ({@link AnswerType}); measured with the alignment, false elsewhere.
   */
  boolean holdsAnswerType;

  /**
   * The paragraph's embedding, kept for fitting the meaning weights ({@code eval --fit}); {@code
   * null} when there are no vectors.
   */
  float[] vector;

  /** What the passages are finally ordered by, within a tier. */
  double score;

  Candidate(int doc, int tier) {
    this.doc = doc;
    this.tier = tier;
  }

  /** Whether it is ranked for the first pages; the first tier alone sets the blend's scale. */
  boolean inFirstTier() {
    return tier == 0;
  }
}
