package org.peacetalks.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peacetalks.eval.AnswerabilityFit;
import org.peacetalks.eval.BlendFit;
import org.peacetalks.eval.EvalQuestion;
import org.peacetalks.eval.Evaluation;
import org.peacetalks.search.AnswerSignals;
import org.peacetalks.search.Answerability;
import org.peacetalks.search.MeaningWeights;
import org.peacetalks.search.PassageSearcher;
import org.peacetalks.search.SearchTuning;
import org.peacetalks.search.TopicProbe;

/**
 * What {@code eval --fit} fits on the question files, and how each file fares held out: the
 * ranking's meaning weights (compared with the configured blend), then for words alone and for the
 * hybrid ranking the no-answer decision, the hybrid one reading a topic probe. Each file is ranked
 * with meaning weights fitted without it before the decision is fitted, so the decision's held-out
 * figures cover the ranking too.
 */
final class QuestionFit {
  /**
   * The signals the fitted no-answer decision weighs, with meaning signals and by words alone. The
   * paragraph's own cosine is left out: the closest sentence's is never below it, and the two
   * together only split one weight (held out, on-topic questions the articles lack were refused
   * 0.62 of the time with both, 0.88 with the sentence's alone).
   */
  static final List<String> HYBRID_SIGNALS =
      AnswerSignals.NAMES.stream().filter(name -> !name.equals("bestCosine")).toList();

  static final List<String> LEXICAL_SIGNALS =
      List.of("bestCoverage", "unknownShare", "unknownNames", "knownConcepts", "wordScore");

  /**
   * What was fitted and measured.
   *
   * @param models the decisions fitted on all files, by "lexical" and "hybrid"
   * @param topic the probe fitted on all files ({@link TopicProbe#NONE} without unrelated
   *     questions)
   * @param heldOut each file judged by models fitted on the other files, by model name
   * @param inSample every file judged by the models written
   * @param hybridExamples each question's hybrid signals and rank, as the hybrid decision read them
   */
  record Result(
      BlendFit.Comparison blend,
      Map<String, Answerability.Model> models,
      TopicProbe topic,
      Map<String, Evaluation.Report> heldOut,
      Map<String, Evaluation.Report> inSample,
      List<AnswerabilityFit.Example> hybridExamples) {}

  private final EvalCorpora corpora;
  private final boolean alsoAlone;
  private final double maxFalseNoAnswer;
  private final int folds;

  /**
   * @param alsoAlone whether each file with articles of its own is also fitted over them alone
   * @param maxFalseNoAnswer the share of answerable training questions a threshold may refuse
   * @param folds folds of the cross-validation when there is one file (otherwise one per file)
   */
  QuestionFit(EvalCorpora corpora, boolean alsoAlone, double maxFalseNoAnswer, int folds) {
    this.corpora = corpora;
    this.alsoAlone = alsoAlone;
    this.maxFalseNoAnswer = maxFalseNoAnswer;
    this.folds = folds;
  }

  Result run(List<EvalQuestion> questions) throws Exception {
    BlendFit.Comparison blend =
        BlendFit.compare(
            corpora.each(
                questions,
                (services, group) ->
                    BlendFit.questions(
                        group, services.searcher(true, Answerability.never())::rankingFeatures)),
            SearchTuning.defaults().blend());
    Map<String, Answerability.Model> models = new LinkedHashMap<>();
    Map<String, Evaluation.Report> heldOut = new LinkedHashMap<>();
    Map<String, Evaluation.Report> inSample = new LinkedHashMap<>();
    TopicProbe topic = TopicProbe.NONE;
    List<AnswerabilityFit.Example> hybridExamples = List.of();
    for (boolean hybrid : new boolean[] {false, true}) {
      List<AnswerabilityFit.Example> examples = examples(questions, hybrid, blend);
      AnswerabilityFit fitter =
          new AnswerabilityFit(hybrid ? HYBRID_SIGNALS : LEXICAL_SIGNALS, maxFalseNoAnswer);
      if (hybrid) {
        AnswerabilityFit.Topical topical = fitter.withTopic(examples, folds);
        topic = topical.probe();
        examples = topical.examples();
        hybridExamples = examples;
      }
      String name = hybrid ? "hybrid" : "lexical";
      Answerability.Model model = fitter.fit(examples);
      models.put(name, model);
      heldOut.put(name, fitter.crossValidate(examples, folds));
      inSample.put(name, fitter.judge(examples, model));
    }
    return new Result(blend, models, topic, heldOut, inSample, hybridExamples);
  }

  /** Every question with no decision, each file ranked with meaning weights fitted without it. */
  private List<AnswerabilityFit.Example> examples(
      List<EvalQuestion> questions, boolean hybrid, BlendFit.Comparison blend) throws Exception {
    EvalCorpora.Run<AnswerabilityFit.Example> run =
        (services, group) -> {
          List<AnswerabilityFit.Example> out = new ArrayList<>();
          for (String file : group.stream().map(EvalQuestion::file).distinct().toList()) {
            PassageSearcher ranking =
                services.searcher(
                    hybrid,
                    Answerability.never(),
                    blend.meaningByFile().getOrDefault(file, MeaningWeights.NONE));
            out.addAll(
                AnswerabilityFit.examples(
                    group.stream().filter(q -> q.file().equals(file)).toList(),
                    (q, limit) -> ranking.answer(q, 0, limit),
                    ranking::evidence));
          }
          return out;
        };
    List<AnswerabilityFit.Example> examples = new ArrayList<>(corpora.each(questions, run));
    if (alsoAlone)
      for (AnswerabilityFit.Example e : corpora.eachAlone(questions, run))
        examples.add(e.reportedAs(e.question().file() + EvalCorpora.ALONE));
    return examples;
  }
}
