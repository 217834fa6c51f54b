package org.peacetalks.eval;

import java.util.List;
import java.util.Objects;

/**
 * One line of a question file (the ../shared/eval format).
 *
 * @param answers passages that answer it: a hit is a returned passage containing one of them
 * @param outOfScope true when the articles do not answer it, and noAnswer is the right reply
 */
public record EvalQuestion(String id, String question, List<String> answers, boolean outOfScope) {
  public EvalQuestion {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(question, "question == null");
    answers = List.copyOf(answers);
  }
}
