package org.peacetalks.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peacetalks.search.Answer;
import org.peacetalks.search.Passage;

/**
 * Runs questions through an answerer and scores the ranking: Hit@1, Hit@3 and MRR@10 over
 * answerable questions, the share of out-of-scope questions answered with noAnswer, and the share
 * of answerable ones wrongly given noAnswer. Questions built on a false premise are run but not
 * scored: passages about the real events are a fair answer to them.
 *
 * <p>A passage answers a question when it contains one of the expected strings, compared on letters
 * and digits only, so spacing repairs ("Thanksgiving,which" → "Thanksgiving, which") and
 * typographic quotes do not hide a hit.
 */
public final class Evaluation {
  static final int DEPTH = 10;

  /** Something that answers a question with ranked passages (the engine, lexical or hybrid). */
  public interface Answerer {
    Answer answer(String question, int limit) throws IOException;
  }

  /** One question's outcome: the 1-based rank of the first answering passage, 0 if none. */
  public record Outcome(EvalQuestion question, int rank, boolean noAnswer) {}

  /** The scores of a run. */
  public record Report(List<Outcome> outcomes) {
    public Report {
      outcomes = List.copyOf(outcomes);
    }

    public long answerable() {
      return outcomes.stream().filter(o -> !o.question().outOfScope()).count();
    }

    /** Out-of-scope questions that are scored (false-premise ones are not). */
    public long outOfScope() {
      return outcomes.stream()
          .filter(o -> o.question().outOfScope() && o.question().scored())
          .count();
    }

    /** How many questions of a kind there are. */
    public long count(EvalQuestion.Kind kind) {
      return outcomes.stream().filter(o -> o.question().kind() == kind).count();
    }

    /** Share of the questions of a kind answered with noAnswer. */
    public double noAnswerRate(EvalQuestion.Kind kind) {
      return share(
          outcomes.stream().filter(o -> o.question().kind() == kind && o.noAnswer()).count(),
          count(kind));
    }

    /** The outcomes of one question file. */
    public Report ofFile(String file) {
      return new Report(outcomes.stream().filter(o -> o.question().file().equals(file)).toList());
    }

    /** The question files, in the order their questions came. */
    public List<String> files() {
      return outcomes.stream().map(o -> o.question().file()).distinct().toList();
    }

    public double hitAt(int k) {
      return share(
          outcomes.stream()
              .filter(o -> !o.question().outOfScope() && o.rank() >= 1 && o.rank() <= k)
              .count(),
          answerable());
    }

    public double mrr() {
      double sum = 0;
      for (Outcome o : outcomes)
        if (!o.question().outOfScope() && o.rank() > 0) sum += 1.0 / o.rank();
      return answerable() == 0 ? 0 : sum / answerable();
    }

    /** Share of out-of-scope questions answered with noAnswer. */
    public double outOfScopeAccuracy() {
      return share(
          outcomes.stream()
              .filter(o -> o.question().outOfScope() && o.question().scored() && o.noAnswer())
              .count(),
          outOfScope());
    }

    /** Share of answerable questions wrongly given noAnswer. */
    public double falseNoAnswerRate() {
      return share(
          outcomes.stream().filter(o -> !o.question().outOfScope() && o.noAnswer()).count(),
          answerable());
    }

    private static double share(long part, long whole) {
      return whole == 0 ? 0 : (double) part / whole;
    }
  }

  private Evaluation() {}

  public static Report run(List<EvalQuestion> questions, Answerer answerer) throws IOException {
    List<Outcome> outcomes = new ArrayList<>();
    for (EvalQuestion q : questions) {
      Answer answer = answerer.answer(q.question(), DEPTH);
      outcomes.add(new Outcome(q, rankOfFirstHit(q, answer.passages()), answer.noAnswer()));
    }
    return new Report(outcomes);
  }

  static int rankOfFirstHit(EvalQuestion q, List<Passage> passages) {
    for (int i = 0; i < passages.size(); i++) {
      String text = letters(passages.get(i).text());
      for (String expected : q.answers()) {
        if (text.contains(letters(expected))) return i + 1;
      }
    }
    return 0;
  }

  public static String letters(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) out.append(Character.toLowerCase(c));
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
