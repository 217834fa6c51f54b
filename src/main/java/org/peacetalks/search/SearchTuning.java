package org.peacetalks.search;

/**
 * The knobs of ranking and of the no-answer decision, calibrated with {@code eval} on the
 * questions of ../shared/eval (see the README's search section).
 *
 * @param candidates how many BM25 hits are re-ranked
 * @param sectionBoost weight of a match in the paragraph's section heading
 * @param titleBoost weight of a match in the article title
 * @param phraseBoost weight of two question words standing together in the passage
 * @param minCoverage below this share of the question's (IDF-weighted) concepts found in the
 *     best passage, the answer is "nothing in the articles about that"
 * @param duplicateSimilarity word-set overlap above which a passage repeats a better one
 */
public record SearchTuning(
    int candidates,
    float sectionBoost,
    float titleBoost,
    float phraseBoost,
    double minCoverage,
    double duplicateSimilarity) {

  public static SearchTuning defaults() {
    return new SearchTuning(50, 0.5f, 0.2f, 0.5f, 0.5, 0.6);
  }

  public SearchTuning {
    if (candidates < 1) throw new IllegalArgumentException("candidates < 1");
    if (minCoverage < 0 || minCoverage > 1) throw new IllegalArgumentException("minCoverage outside 0..1");
  }
}
