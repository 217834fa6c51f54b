package org.peacetalks.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;

/**
 * Marks the candidates whose paragraph holds the kind of thing the question asks for: a number for
 * "how many", a date for "when", a reason for "why" ({@link AnswerType}). A blend signal of its own
 * for the best candidates, beside the small bonus the word score already gives the best word hits.
 */
final class AnswerTypeMatch {
  private AnswerTypeMatch() {}

  /**
   * Sets {@link Candidate#holdsAnswerType} of each of these candidates; none for other questions.
   */
  static void measure(IndexSearcher s, String question, List<Candidate> candidates)
      throws IOException {
    AnswerType wanted = AnswerType.of(question);
    if (wanted == AnswerType.OTHER) return;
    StoredFields stored = s.storedFields();
    for (Candidate c : candidates) {
      c.holdsAnswerType =
          wanted.foundIn(stored.document(c.doc, IndexSchema.TEXT_ONLY).get(IndexSchema.TEXT));
    }
  }
}
