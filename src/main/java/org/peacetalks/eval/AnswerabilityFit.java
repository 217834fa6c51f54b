package org.peacetalks.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.peacetalks.search.Answer;
import org.peacetalks.search.AnswerSignals;
import org.peacetalks.search.Answerability;

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
   * @param rank the 1-based rank of the first answering passage in the top ten, 0 if none
   * @param fold the group held out together in cross-validation: the file the question came from,
   *     also when it was asked again over other articles and is reported under another name
   */
  public record Example(EvalQuestion question, AnswerSignals signals, int rank, String fold) {
    public Example {
      Objects.requireNonNull(question, "question == null");
      Objects.requireNonNull(fold, "fold == null");
    }

    public Example(EvalQuestion question, AnswerSignals signals, int rank) {
      this(question, signals, rank, question.file());
    }

    /**
     * The same answer reported under {@code file} (one question asked over another corpus), still
     * held out with the file it came from.
     */
    public Example reportedAs(String file) {
      return new Example(question.reportedAs(file), signals, rank, fold);
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
              q, signals.signals(q.question()), Evaluation.rankOfFirstHit(q, answer.passages())));
    }
    return out;
  }

  /** Where the signals of a question come from (the searcher). */
  public interface SignalSource {
    AnswerSignals signals(String question) throws IOException;
  }

  /** The model fitted on all the examples. */
  public Answerability.Model fit(List<Example> examples) {
    List<Example> train = examples.stream().filter(Example::trainable).toList();
    List<double[]> rows = new ArrayList<>();
    int[] labels = new int[train.size()];
    for (int i = 0; i < train.size(); i++) {
      rows.add(select(train.get(i).signals()));
      labels[i] = train.get(i).question().outOfScope() ? 0 : 1;
    }
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
    return new Answerability.Model(features, r.mean(), r.scale(), r.weights(), r.bias(), threshold);
  }

  /** Below the lowest answerable training question, by this factor, when none may be refused. */
  private static final double THRESHOLD_MARGIN = 0.9;

  /**
   * The outcomes of every question as judged by a model fitted without its file ({@link
   * Example#fold}). With a single file, the questions are split into {@code folds} groups by the
   * position of their id instead, a question asked twice staying in one group.
   */
  public Evaluation.Report crossValidate(List<Example> examples, int folds) {
    List<String> files = examples.stream().map(Example::fold).distinct().toList();
    List<String> ids = examples.stream().map(e -> e.question().id()).distinct().toList();
    List<Evaluation.Outcome> outcomes = new ArrayList<>();
    int groups = files.size() > 1 ? files.size() : folds;
    for (int g = 0; g < groups; g++) {
      List<Example> train = new ArrayList<>();
      List<Example> test = new ArrayList<>();
      for (Example e : examples) {
        boolean held =
            files.size() > 1
                ? e.fold().equals(files.get(g))
                : ids.indexOf(e.question().id()) % folds == g;
        (held ? test : train).add(e);
      }
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
   * The outcomes of every question as judged by one model (in sample when it was fitted on them).
   */
  public Evaluation.Report judge(List<Example> examples, Answerability.Model model) {
    return new Evaluation.Report(examples.stream().map(e -> outcome(e, model)).toList());
  }

  private Evaluation.Outcome outcome(Example e, Answerability.Model model) {
    boolean refused = e.signals() == null || model.probability(e.signals()) < model.threshold();
    return new Evaluation.Outcome(e.question(), refused ? 0 : e.rank(), refused);
  }

  private double[] select(AnswerSignals s) {
    double[] all = s.values();
    double[] out = new double[features.size()];
    for (int i = 0; i < out.length; i++) out[i] = all[AnswerSignals.NAMES.indexOf(features.get(i))];
    return out;
  }
}
