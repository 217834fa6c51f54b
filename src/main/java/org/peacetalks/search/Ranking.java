package org.peacetalks.search;

import java.util.List;

/**
 * The candidates of a question in ranked order, and the evidence that the articles answer it.
 *
 * @param ranked tier first, then best score first; only word hits when not {@code hybrid}
 * @param hybrid whether meaning signals were blended with the word score
 * @param questionVector the question's embedding, {@code null} when ranked by words alone
 */
record Ranking(
    QueryPlan plan,
    List<Candidate> ranked,
    boolean hybrid,
    AnswerSignals signals,
    float[] questionVector) {

  /**
   * Text with no word the articles use is a question only when it asks or runs longer than this.
   */
  private static final int MAX_WORDS_OF_NON_QUESTION = 2;

  /** Short text in which no word is one the articles use, even misspelt: keyboard mash, "hmm". */
  boolean notAQuestion() {
    return plan.concepts().stream().noneMatch(Concept::known)
        && plan.wordCount() <= MAX_WORDS_OF_NON_QUESTION
        && !plan.asks();
  }
}
