package org.peacetalks.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.peacetalks.search.Answer;
import org.peacetalks.search.AnswerSignals;
import org.peacetalks.search.Answerability;
import org.peacetalks.search.QuestionEvidence;
import org.peacetalks.search.TopicProbe;

/**
 * Fits the no-answer decision ({@link Answerability}) to question files with known answers, and
 * measures it the way it will be used: on questions it was not fitted on. Cross-validation is
 * grouped by file (each file is held out in turn and judged by a model fitted on the others),
 * because questions of one file share a writer, a style and often an article, and a model must hold
 * on questions written later by someone else.
 *
 * <p>The threshold is set on the training questions so that at most a given share of answerable
 * ones would be refused: a wrong "nothing found" costs a reader more than a weak passage.
 */
public final class AnswerabilityFit {
  /**
   * The penalty on squared weights of standardised signals; keeps a fit on ~150 questions from
   * leaning on one.
   */
  static final double L2 = 1.0;

  /**
   * The penalty on the topic probe's squared weights of standardised vector dimensions: a few
   * hundred questions against 384 dimensions. Held out over fifteen files, 10 to 100 caught the
   * same unrelated questions within one (retrieval.md, tenth round).
   */
  static final double TOPIC_L2 = 30.0;

  private final List<String> features;
  private final double maxFalseNoAnswer;

  /**
   * @param features the signals the model weighs (names of {@link AnswerSignals#NAMES})
   * @param maxFalseNoAnswer the share of answerable training questions the threshold may refuse
   */
  public AnswerabilityFit(List<String> features, double maxFalseNoAnswer) {
    this.features = List.copyOf(features);
    this.maxFalseNoAnswer = maxFalseNoAnswer;
  }

  /**
   * One question as the ranking sees it with no decision made.
   *
   * @param signals {@code null} when the question is refused before any search (small talk)
   * @param questionVector the question's embedding, which the topic probe reads; {@code null} by
   *     words alone or when {@code signals} is
   * @param rank the 1-based rank of the first answering passage in the top ten, 0 if none
   * @param fold the group held out together in cross-validation: the file the question came from,
   *     also when it was asked again over other articles and is reported under another name
   */
  public record Example(
      EvalQuestion question, AnswerSignals signals, float[] questionVector, int rank, String fold) {
    public Example {
      Objects.requireNonNull(question, "question == null");
      Objects.requireNonNull(fold, "fold == null");
    }

    public Example(EvalQuestion question, QuestionEvidence evidence, int rank) {
      this(
          question,
          evidence == null ? null : evidence.signals(),
          evidence == null ? null : evidence.questionVector(),
          rank,
          question.file());
    }

    /**
     * The same answer reported under {@code file} (one question asked over another corpus), still
     * held out with the file it came from.
     */
    public Example reportedAs(String file) {
      return new Example(question.reportedAs(file), signals, questionVector, rank, fold);
    }

    private Example withOffTopic(double offTopic) {
      return new Example(question, signals.withOffTopic(offTopic), questionVector, rank, fold);
    }

    /** Off the articles' subject, as the topic probe learns it: unrelated questions and junk. */
    private boolean offTopic() {
      return question.kind() == EvalQuestion.Kind.UNRELATED
          || question.kind() == EvalQuestion.Kind.JUNK;
    }

    boolean trainable() {
      return signals != null && question.scored();
    }
  }

  /** Runs every question through a searcher that never refuses and records its signals and rank. */
  public static List<Example> examples(
      List<EvalQuestion> questions, Evaluation.Answerer neverRefusing, SignalSource signals)
      throws IOException {
    List<Example> out = new ArrayList<>();
    for (EvalQuestion q : questions) {
      Answer answer = neverRefusing.answer(q.question(), Evaluation.DEPTH);
      out.add(
          new Example(
              q, signals.evidence(q.question()), Evaluation.rankOfFirstHit(q, answer.passages())));
    }
    return out;
  }

  /** Where the signals of a question come from (the searcher). */
  public interface SignalSource {
    /** {@code null} when the question is refused before any search. */
    QuestionEvidence evidence(String question) throws IOException;
  }

  /**
   * The topic probe fitted on all the examples, and the examples with its reading ({@code
   * offTopic}) of each question taken from a probe fitted without the question's group: the
   * decision is then fitted and judged on readings as good as those of questions nobody fitted on.
   */
  public record Topical(TopicProbe probe, List<Example> examples) {}

  /**
   * Fits the {@link TopicProbe}: unrelated questions and junk against all others (answerable, on
   * topic, false premise), each question once however often it was asked, on the questions that
   * have a vector. Held-out groups as in {@link #crossValidate}.
   */
  public Topical withTopic(List<Example> examples, int folds) {
    int[] group = heldOutGroups(examples, folds);
    int groups = 0;
    for (int g : group) groups = Math.max(groups, g + 1);
    List<Example> out = new ArrayList<>(examples);
    for (int g = 0; g < groups; g++) {
      List<Example> train = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) if (group[i] != g) train.add(examples.get(i));
      TopicProbe probe = fitTopic(train);
      for (int i = 0; i < examples.size(); i++) {
        Example e = examples.get(i);
        if (group[i] == g && e.questionVector() != null && probe.reads(e.questionVector().length))
          out.set(i, e.withOffTopic(probe.offTopic(e.questionVector())));
      }
    }
    return new Topical(fitTopic(examples), out);
  }

  private static TopicProbe fitTopic(List<Example> examples) {
    Set<String> seen = new HashSet<>();
    List<double[]> rows = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (Example e : examples) {
      if (e.questionVector() == null || !seen.add(e.fold() + "\u0000" + e.question().id()))
        continue;
      float[] v = e.questionVector();
      double[] row = new double[v.length];
      for (int j = 0; j < v.length; j++) row[j] = v[j];
      rows.add(row);
      labels.add(e.offTopic() ? 1 : 0);
    }
    if (rows.isEmpty() || !labels.contains(1) || !labels.contains(0)) return TopicProbe.NONE;
    LogisticFit.Result r =
        LogisticFit.fit(rows, labels.stream().mapToInt(Integer::intValue).toArray(), TOPIC_L2);
    // Standardisation folded into the weights: at answer time a dot product with the raw vector.
    double[] weights = new double[r.weights().length];
    double bias = r.bias();
    for (int j = 0; j < weights.length; j++) {
      weights[j] = r.weights()[j] / r.scale()[j];
      bias -= weights[j] * r.mean()[j];
    }
    return new TopicProbe(weights, bias);
  }

  /**
   * The model fitted on all the examples. A signal no example has read (NaN: the topic, ranked by
   * words alone or with no probe) is left out; one some lack counts at the mean of the others, as
   * the decision weighs a missing signal.
   */
  public Answerability.Model fit(List<Example> examples) {
    List<Example> train = examples.stream().filter(Example::trainable).toList();
    List<String> read = new ArrayList<>();
    for (String f : features) {
      int at = AnswerSignals.NAMES.indexOf(f);
      if (train.stream().anyMatch(e -> !Double.isNaN(e.signals().values()[at]))) read.add(f);
    }
    List<double[]> rows = new ArrayList<>();
    int[] labels = new int[train.size()];
    for (int i = 0; i < train.size(); i++) {
      rows.add(select(train.get(i).signals(), read));
      labels[i] = train.get(i).question().outOfScope() ? 0 : 1;
    }
    imputeMeans(rows);
    LogisticFit.Result r = LogisticFit.fit(rows, labels, L2);
    List<Double> answerable = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++)
      if (labels[i] == 1) answerable.add(r.probability(rows.get(i)));
    answerable.sort(null);
    int refused = (int) Math.floor(maxFalseNoAnswer * answerable.size());
    double threshold =
        answerable.isEmpty() ? 0.5 : answerable.get(Math.min(refused, answerable.size() - 1));
    // Halfway down to the next lower one, so that a question just like the lowest kept is kept too.
    if (refused > 0) threshold = (threshold + answerable.get(refused - 1)) / 2;
    else threshold = threshold * THRESHOLD_MARGIN;
    return new Answerability.Model(read, r.mean(), r.scale(), r.weights(), r.bias(), threshold);
  }

  private static void imputeMeans(List<double[]> rows) {
    if (rows.isEmpty()) return;
    for (int j = 0; j < rows.get(0).length; j++) {
      double sum = 0;
      int n = 0;
      for (double[] r : rows)
        if (!Double.isNaN(r[j])) {
          sum += r[j];
          n++;
        }
      for (double[] r : rows) if (Double.isNaN(r[j])) r[j] = sum / n;
    }
  }

  /** Below the lowest answerable training question, by this factor, when none may be refused. */
  private static final double THRESHOLD_MARGIN = 0.9;

  /**
   * The outcomes of every question as judged by a model fitted without its file ({@link
   * Example#fold}). With a single file, the questions are split into {@code folds} groups by the
   * position of their id instead, a question asked twice staying in one group.
   */
  public Evaluation.Report crossValidate(List<Example> examples, int folds) {
    int[] group = heldOutGroups(examples, folds);
    int groups = 0;
    for (int g : group) groups = Math.max(groups, g + 1);
    List<Evaluation.Outcome> outcomes = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      List<Example> train = new ArrayList<>();
      List<Example> test = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) (group[i] == g ? test : train).add(examples.get(i));
      Answerability.Model model = fit(train);
      for (Example e : test) outcomes.add(outcome(e, model));
    }
    // Back in the order the questions came.
    List<Evaluation.Outcome> ordered = new ArrayList<>();
    for (Example e : examples) {
      for (Evaluation.Outcome o : outcomes) if (o.question() == e.question()) ordered.add(o);
    }
    return new Evaluation.Report(ordered);
  }

  /**
   * The held-out group of each example: its file ({@link Example#fold}), or with a single file one
   * of {@code folds} groups by the position of its id, a question asked twice staying in one group.
   */
  private static int[] heldOutGroups(List<Example> examples, int folds) {
    List<String> files = examples.stream().map(Example::fold).distinct().toList();
    List<String> ids = examples.stream().map(e -> e.question().id()).distinct().toList();
    int[] group = new int[examples.size()];
    for (int i = 0; i < group.length; i++) {
      Example e = examples.get(i);
      group[i] =
          files.size() > 1 ? files.indexOf(e.fold()) : ids.indexOf(e.question().id()) % folds;
    }
    return group;
  }

  /**
   * The outcomes of every question as judged by one model (in sample when it was fitted on them).
   */
  public Evaluation.Report judge(List<Example> examples, Answerability.Model model) {
    return new Evaluation.Report(examples.stream().map(e -> outcome(e, model)).toList());
  }

  private Evaluation.Outcome outcome(Example e, Answerability.Model model) {
    boolean refused = e.signals() == null || model.probability(e.signals()) < model.threshold();
    return new Evaluation.Outcome(e.question(), refused ? 0 : e.rank(), refused);
  }

  private static double[] select(AnswerSignals s, List<String> features) {
    double[] all = s.values();
    double[] out = new double[features.size()];
    for (int i = 0; i < out.length; i++) out[i] = all[AnswerSignals.NAMES.indexOf(features.get(i))];
    return out;
  }
}
