package org.peacetalks.search;

import java.util.Arrays;
import java.util.List;

/**
 * Reads what a question's ranking says about whether the articles answer it ({@link
 * AnswerSignals}), without deciding: {@link Answerability} decides. Kept apart so that the
 * no-answer fit ({@code eval --fit}) and the answers see the very same evidence.
 */
final class AnswerEvidence {
  /**
   * The closeness in meaning of the best passage is compared with that of the candidate this far
   * down.
   */
  private static final int MARGIN_RANK = 9;

  /**
   * Lucene's BM25 scores one matching term below its IDF (its (k1 + 1) factor was dropped in Lucene
   * 8).
   */
  private static final double BM25_TERM_CEILING = 1.0;

  private AnswerEvidence() {}

  /**
   * The evidence of the first tier of candidates, before any passage is dropped.
   *
   * @param offTopic the topic probe's reading of the question ({@link TopicProbe#offTopic}), NaN
   *     when it read none
   */
  static AnswerSignals of(
      QueryPlan plan, List<Candidate> candidates, boolean hybrid, double offTopic) {
    List<Candidate> firstTier = candidates.stream().filter(Candidate::inFirstTier).toList();
    double bestCosine = -1;
    double bestSentence = -1;
    double bestCoverage = 0;
    double bestBm25 = 0;
    double[] cosines = new double[firstTier.size()];
    for (int i = 0; i < firstTier.size(); i++) {
      Candidate c = firstTier.get(i);
      bestCosine = Math.max(bestCosine, c.cosine);
      // The question as a plain sentence where it was measured: the instruction bge puts before a
      // query is meant for a short query against a longer passage, not one sentence against
      // another.
      double sentence = c.plainSentenceCosine > -1 ? c.plainSentenceCosine : c.sentenceCosine;
      bestSentence = Math.max(bestSentence, Math.max(c.cosine, sentence));
      bestCoverage = Math.max(bestCoverage, c.coverage);
      bestBm25 = Math.max(bestBm25, c.bm25);
      cosines[i] = c.cosine;
    }
    Arrays.sort(cosines);
    double margin =
        cosines.length > MARGIN_RANK ? bestCosine - cosines[cosines.length - 1 - MARGIN_RANK] : 0;
    // The best passage's word score as a share of what the question's known words could give in
    // the text field alone (section, title and phrase clauses can push it past 1).
    double ceiling = BM25_TERM_CEILING * plan.knownWeight();
    double wordScore = ceiling == 0 ? 0 : bestBm25 / ceiling;
    return new AnswerSignals(
        hybrid,
        hybrid ? bestCosine : 0,
        hybrid ? bestSentence : 0,
        hybrid ? margin : 0,
        bestCoverage,
        plan.unknownShare(),
        unknownNames(plan),
        plan.knownCount(),
        wordScore,
        hybrid ? offTopic : Double.NaN);
  }

  /** The vocabulary is loaded the first time a question has a word the articles lack. */
  private static int unknownNames(QueryPlan plan) {
    return plan.knownCount() == plan.concepts().size()
        ? 0
        : plan.unknownNames(ModelVocabulary.shared(), EnglishLexicon.shared());
  }
}
