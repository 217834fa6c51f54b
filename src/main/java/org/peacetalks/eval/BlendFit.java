package org.peacetalks.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peacetalks.search.MeaningWeights;
import org.peacetalks.search.PassageSearcher.RankingFeatures;
import org.peacetalks.search.SearchTuning;

/**
 * Learns the weights of the ranking blend from the answerable questions, by pairwise logistic
 * regression (a passage that answers should score above one that does not, in the same question's
 * candidates), and compares them with the configured weights on held-out files. The learned weights
 * are worth shipping only where they beat the configured ones there.
 */
public final class BlendFit {
  /** One answerable question's first-tier candidates and which of them answer it. */
  public record Question(
      EvalQuestion question, List<RankingFeatures> candidates, boolean[] answers) {}

  /** Where the candidates of a question come from (the searcher). */
  public interface Source {
    List<RankingFeatures> candidates(String question) throws IOException;
  }

  /**
   * Held-out figures of the configured and the learned blend, and of the configured blend with
   * {@link MeaningWeights} learned on the other files, over the first tier of candidates.
   *
   * @param meaningByFile for each file, the meaning weights fitted without it
   */
  public record Comparison(
      double[] configured,
      double[] learned,
      double[] withMeaning,
      SearchTuning.Blend fittedOnAll,
      MeaningWeights meaningOnAll,
      Map<String, FileFigures> byFile,
      Map<String, MeaningWeights> meaningByFile) {
    public Comparison {
      byFile = Collections.unmodifiableMap(new LinkedHashMap<>(byFile));
      meaningByFile = Collections.unmodifiableMap(new LinkedHashMap<>(meaningByFile));
    }
  }

  /**
   * One held-out file's Hit@1, Hit@3 and MRR@10 under the configured blend, the learned one, and
   * the configured one with learned meaning weights.
   */
  public record FileFigures(double[] configured, double[] learned, double[] withMeaning) {}

  private BlendFit() {}

  public static List<Question> questions(List<EvalQuestion> all, Source source) throws IOException {
    List<Question> out = new ArrayList<>();
    for (EvalQuestion q : all) {
      if (q.outOfScope()) continue;
      List<RankingFeatures> candidates = source.candidates(q.question());
      boolean[] answers = new boolean[candidates.size()];
      for (int i = 0; i < answers.length; i++) {
        String text = Evaluation.letters(candidates.get(i).text());
        answers[i] = q.answers().stream().anyMatch(a -> text.contains(Evaluation.letters(a)));
      }
      out.add(new Question(q, candidates, answers));
    }
    return out;
  }

  /** Each file judged by weights learned on the others, against the configured weights. */
  public static Comparison compare(List<Question> questions, SearchTuning.Blend configured) {
    List<String> files = questions.stream().map(q -> q.question().file()).distinct().toList();
    double[] mine = new double[3];
    double[] theirs = new double[3];
    double[] meaning = new double[3];
    Map<String, FileFigures> byFile = new LinkedHashMap<>();
    Map<String, MeaningWeights> meaningByFile = new LinkedHashMap<>();
    for (String file : files) {
      List<Question> train =
          questions.stream().filter(q -> !q.question().file().equals(file)).toList();
      List<Question> test =
          questions.stream().filter(q -> q.question().file().equals(file)).toList();
      SearchTuning.Blend learned = fit(train);
      MeaningWeights weights = MeaningFit.fit(train, configured);
      meaningByFile.put(file, weights);
      double[] configuredFigures = figures(test, configured, MeaningWeights.NONE);
      double[] learnedFigures = figures(test, learned, MeaningWeights.NONE);
      double[] meaningFigures = figures(test, configured, weights);
      byFile.put(file, new FileFigures(configuredFigures, learnedFigures, meaningFigures));
      add(theirs, configuredFigures, test.size());
      add(mine, learnedFigures, test.size());
      add(meaning, meaningFigures, test.size());
    }
    for (int i = 0; i < 3; i++) {
      mine[i] /= questions.size();
      theirs[i] /= questions.size();
      meaning[i] /= questions.size();
    }
    return new Comparison(
        theirs,
        mine,
        meaning,
        fit(questions),
        MeaningFit.fit(questions, configured),
        byFile,
        meaningByFile);
  }

  private static void add(double[] sum, double[] figures, int weight) {
    for (int i = 0; i < sum.length; i++) sum[i] += figures[i] * weight;
  }

  /** Pairwise logistic regression over signal differences, each question weighing the same. */
  static SearchTuning.Blend fit(List<Question> questions) {
    List<double[]> rows = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (Question q : questions) {
      for (int p = 0; p < q.answers().length; p++) {
        if (!q.answers()[p]) continue;
        for (int n = 0; n < q.answers().length; n++) {
          if (q.answers()[n]) continue;
          double[] d = minus(signals(q.candidates().get(p)), signals(q.candidates().get(n)));
          rows.add(d);
          labels.add(1);
          rows.add(minus(new double[d.length], d)); // both directions, so the bias stays 0
          labels.add(0);
        }
      }
    }
    if (rows.isEmpty()) return EVEN;
    LogisticFit.Result r =
        LogisticFit.fit(
            rows, labels.stream().mapToInt(Integer::intValue).toArray(), AnswerabilityFit.L2);
    double[] w = new double[SIGNALS];
    double max = 0;
    for (int i = 0; i < SIGNALS; i++) {
      w[i] = Math.max(0, r.weights()[i] / r.scale()[i]);
      max = Math.max(max, w[i]);
    }
    if (max == 0) return EVEN;
    for (int i = 0; i < SIGNALS; i++) w[i] = w[i] / max * 2;
    return new SearchTuning.Blend(w[0], w[1], w[2], w[3], w[4], w[5]);
  }

  /** How many signals the blend weighs. */
  private static final int SIGNALS = 6;

  /** The blend when nothing tells the signals apart. */
  private static final SearchTuning.Blend EVEN = new SearchTuning.Blend(1, 1, 1, 1, 1, 1);

  /**
   * Hit@1, Hit@3 and MRR@10 of the questions when their candidates are ranked by these weights,
   * with the meaning weights' correction where they read the vectors (as {@code SignalBlend}).
   */
  static double[] figures(
      List<Question> questions, SearchTuning.Blend blend, MeaningWeights meaning) {
    double[] out = new double[3];
    for (Question q : questions) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < q.candidates().size(); i++) order.add(i);
      order.sort(
          Comparator.comparingDouble((Integer i) -> -score(q.candidates().get(i), blend, meaning)));
      for (int rank = 1; rank <= Math.min(Evaluation.DEPTH, order.size()); rank++) {
        if (!q.answers()[order.get(rank - 1)]) continue;
        if (rank == 1) out[0]++;
        if (rank <= 3) out[1]++;
        out[2] += 1.0 / rank;
        break;
      }
    }
    for (int i = 0; i < 3; i++) out[i] = questions.isEmpty() ? 0 : out[i] / questions.size();
    return out;
  }

  /** The blend's score of a candidate before it is divided by the weights' total. */
  static double score(RankingFeatures f, SearchTuning.Blend b) {
    return b.words() * f.words()
        + b.coverage() * f.coverage()
        + b.paragraph() * f.paragraph()
        + b.sentence() * f.sentence()
        + b.alignment() * f.alignment()
        + b.answerType() * answerType(f);
  }

  /**
   * 1 when the question asks for a kind of thing and the passage holds one, as the blend reads it.
   */
  private static double answerType(RankingFeatures f) {
    return f.typed() && f.holdsType() ? 1 : 0;
  }

  private static double score(RankingFeatures f, SearchTuning.Blend b, MeaningWeights meaning) {
    boolean read =
        f.questionVector() != null
            && f.vector() != null
            && meaning.reads(f.questionVector().length);
    return score(f, b) + (read ? meaning.score(f.questionVector(), f.vector()) : 0);
  }

  private static double[] signals(RankingFeatures f) {
    return new double[] {
      f.words(), f.coverage(), f.paragraph(), f.sentence(), f.alignment(), answerType(f)
    };
  }

  private static double[] minus(double[] a, double[] b) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) out[i] = a[i] - b[i];
    return out;
  }
}
