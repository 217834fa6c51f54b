package org.peacetalks.search;

/**
 * The knobs of ranking and of the no-answer decision, calibrated with {@code eval} on the
 * questions of ../shared/eval (see the README's search section).
 *
 * @param candidates how many BM25 hits are re-ranked when ranking by words alone (more never
 *     changed the eval's top 10)
 * @param hybridCandidates how many hits of each list, BM25 and nearest in meaning, are blended when
 *     the index has vectors: the pool sets the 0..1 scale of each signal, and Hit@1 rose from 0.721
 *     at 30–50 to 0.767 at 60 (the same at 80)
 * @param sectionBoost weight of a match in the paragraph's section heading
 * @param titleBoost weight of a match in the article title
 * @param phraseBoost weight of two question words standing together in the passage
 * @param coverageWeight how much re-ranking rewards covering more of the question (0: plain BM25)
 * @param answerTypeBonus score factor for a passage holding what the question asks for (a
 *     number for "how many", a date for "when")
 * @param minCoverage below this share of the question's known (IDF-weighted) concepts found in
 *     the best passage, the answer is "nothing in the articles about that"; later passages
 *     below it are not shown
 * @param maxUnknownShare at or above this share of the question's weight in words that no
 *     article contains (not even misspelt), the question is about something else
 * @param blend how the word and meaning signals are weighed against each other when the index
 *     has vectors
 * @param minCosine below this closeness in meaning of the best passage, there is no answer
 *     unless its words cover at least {@code strongCoverage} of the question
 * @param sureCosine at or above it, there is an answer whatever the word evidence
 * @param duplicateSimilarity word-set overlap above which a passage repeats a better one
 */
public record SearchTuning(
    int candidates,
    int hybridCandidates,
    float sectionBoost,
    float titleBoost,
    float phraseBoost,
    double coverageWeight,
    double answerTypeBonus,
    double minCoverage,
    double maxUnknownShare,
    Blend blend,
    double minCosine,
    double sureCosine,
    double strongCoverage,
    double duplicateSimilarity) {

  public static SearchTuning defaults() {
    return new SearchTuning(30, 60, 0.5f, 0.2f, 0.5f, 0.75, 1.2, 0.2, 0.3, new Blend(1, 2, 1, 2), 0.59, 0.75, 0.6, 0.6);
  }

  /** The same tuning with another blend. */
  public SearchTuning withBlend(Blend other) {
    return new SearchTuning(candidates, hybridCandidates, sectionBoost, titleBoost, phraseBoost, coverageWeight, answerTypeBonus,
        minCoverage, maxUnknownShare, other, minCosine, sureCosine, strongCoverage, duplicateSimilarity);
  }

  /**
   * Weights of the four signals a candidate passage is ranked by when the index has vectors.
   * Each signal is first scaled to 0..1 across the question's candidates (min-max), so that the
   * weights, not the signals' different spreads, decide; the score is their weighted mean.
   *
   * @param words the word score (BM25 re-ranked by coverage and answer type)
   * @param coverage the IDF-weighted share of the question's concepts in the passage
   * @param paragraph cosine of the question and the whole paragraph
   * @param sentence cosine of the question and the paragraph's closest sentence
   */
  public record Blend(double words, double coverage, double paragraph, double sentence) {
    public Blend {
      if (words < 0 || coverage < 0 || paragraph < 0 || sentence < 0) throw new IllegalArgumentException("negative blend weight");
      if (words + coverage + paragraph + sentence == 0) throw new IllegalArgumentException("all blend weights 0");
    }

    double total() {
      return words + coverage + paragraph + sentence;
    }
  }

  public SearchTuning {
    if (candidates < 1 || hybridCandidates < 1) throw new IllegalArgumentException("candidates < 1");
    if (minCoverage < 0 || minCoverage > 1) throw new IllegalArgumentException("minCoverage outside 0..1");
    if (blend == null) throw new IllegalArgumentException("blend == null");
  }
}
