package org.peacetalks.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peacetalks.search.AnswerSignals;
import org.peacetalks.search.Answerability;
import org.peacetalks.search.QuestionEvidence;
import org.peacetalks.search.TopicProbe;

class AnswerabilityFitTest {
  private static final AnswerabilityFit FIT = new AnswerabilityFit(List.of("bestCoverage"), 0.0);

  private static AnswerabilityFit.Example example(String file, String id, double coverage) {
    boolean outOfScope = coverage == 0;
    EvalQuestion q =
        new EvalQuestion(
            file, id, "question " + id, outOfScope ? List.of() : List.of("x"), outOfScope, null);
    return new AnswerabilityFit.Example(
        q,
        new QuestionEvidence(new AnswerSignals(true, 0, 0, 0, coverage, 0, 0, 0, 0, 0), null),
        outOfScope ? 0 : 1);
  }

  /** Two clean files: answerable questions cover everything, out-of-scope ones nothing. */
  private static List<AnswerabilityFit.Example> cleanFiles() {
    List<AnswerabilityFit.Example> out = new ArrayList<>();
    for (String file : List.of("b", "c"))
      for (int i = 0; i < 4; i++) {
        out.add(example(file, file + "a" + i, 1));
        out.add(example(file, file + "o" + i, 0));
      }
    return out;
  }

  @Test
  void theThresholdKeepsEveryAnswerableTrainingQuestionWhenNoneMayBeRefused() {
    List<AnswerabilityFit.Example> examples = cleanFiles();
    examples.add(example("a", "low", 0.4));
    Answerability.Model model = FIT.fit(examples);
    Evaluation.Report r = FIT.judge(examples, model);
    assertEquals(0, r.falseNoAnswerRate());
    assertEquals(1, r.outOfScopeAccuracy());
  }

  @Test
  void aQuestionAskedAgainOverOtherArticlesIsHeldOutWithItsFile() {
    List<AnswerabilityFit.Example> examples = cleanFiles();
    AnswerabilityFit.Example weak = example("a", "weak", 0.2);
    examples.add(weak);
    // Reported apart but in a's fold: judging a, the model never saw a coverage as low as 0.2.
    examples.add(weak.reportedAs("a (alone)"));
    Evaluation.Report held = FIT.crossValidate(examples, 5);
    assertEquals(List.of("b", "c", "a", "a (alone)"), held.files());
    assertTrue(held.ofFile("a").outcomes().get(0).noAnswer(), "a is refused");
    assertTrue(held.ofFile("a (alone)").outcomes().get(0).noAnswer(), "so is its copy");

    // Had the copy been a fold of its own, it would have taught the model to keep a.
    List<AnswerabilityFit.Example> apart = cleanFiles();
    apart.add(weak);
    apart.add(example("a (alone)", "weak", 0.2));
    assertFalse(FIT.crossValidate(apart, 5).ofFile("a").outcomes().get(0).noAnswer());
  }

  @Test
  void withOneFileAQuestionAndItsCopyShareAFold() {
    List<AnswerabilityFit.Example> examples = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      examples.add(example("a", "a" + i, 1));
      examples.add(example("a", "o" + i, 0));
    }
    AnswerabilityFit.Example weak = example("a", "weak", 0.2);
    examples.add(weak);
    examples.add(weak.reportedAs("a (alone)"));
    Evaluation.Report held = FIT.crossValidate(examples, 5);
    assertTrue(held.ofFile("a").outcomes().get(8).noAnswer(), "weak is refused");
    assertTrue(held.ofFile("a (alone)").outcomes().get(0).noAnswer(), "so is its copy");
  }

  /** A question whose vector points one way for unrelated questions and another for the rest. */
  private static AnswerabilityFit.Example withVector(String file, String id, boolean unrelated) {
    double wobble = (id.hashCode() % 7) / 70.0;
    float[] v =
        unrelated
            ? new float[] {(float) (1 - wobble), (float) wobble, 0.3f}
            : new float[] {(float) wobble, (float) (1 - wobble), 0.3f};
    EvalQuestion q =
        new EvalQuestion(
            file,
            id,
            "question " + id,
            unrelated ? List.of() : List.of("x"),
            unrelated,
            unrelated ? EvalQuestion.Kind.UNRELATED : EvalQuestion.Kind.ANSWERABLE);
    return new AnswerabilityFit.Example(
        q, new QuestionEvidence(new AnswerSignals(true, 0, 0, 0, 1, 0, 0, 0, 0, 0), v), 1);
  }

  private static List<AnswerabilityFit.Example> filesWithVectors() {
    List<AnswerabilityFit.Example> out = new ArrayList<>();
    for (String file : List.of("a", "b", "c"))
      for (int i = 0; i < 4; i++) {
        out.add(withVector(file, file + "a" + i, false));
        out.add(withVector(file, file + "u" + i, true));
      }
    return out;
  }

  @Test
  void theTopicProbeReadsEachQuestionWithoutItsOwnFile() {
    List<AnswerabilityFit.Example> examples = filesWithVectors();
    AnswerabilityFit.Example refused = example("c", "small talk", 0);
    examples.add(new AnswerabilityFit.Example(refused.question(), null, null, 0, refused.fold()));
    AnswerabilityFit.Topical topical = FIT.withTopic(examples, 5);
    assertEquals(examples.size(), topical.examples().size());
    for (AnswerabilityFit.Example e : topical.examples()) {
      if (e.signals() == null) continue;
      double read = e.signals().offTopic();
      boolean unrelated = e.question().kind() == EvalQuestion.Kind.UNRELATED;
      assertTrue(unrelated ? read > 0 : read < 0, e.question().id() + " read " + read);
    }
    assertNull(topical.examples().get(examples.size() - 1).signals(), "left as it was");
    float[] weather = {0.9f, 0.1f, 0.3f};
    assertTrue(topical.probe().offTopic(weather) > 0, "the probe fitted on all files");
  }

  @Test
  void aQuestionAskedAgainOverOtherArticlesTeachesTheProbeOnce() {
    List<AnswerabilityFit.Example> examples = filesWithVectors();
    TopicProbe once = FIT.withTopic(examples, 5).probe();
    List<AnswerabilityFit.Example> twice = new ArrayList<>(examples);
    for (AnswerabilityFit.Example e : examples)
      if (e.question().kind() == EvalQuestion.Kind.UNRELATED)
        twice.add(e.reportedAs(e.question().file() + " (alone)"));
    assertArrayEquals(once.weights(), FIT.withTopic(twice, 5).probe().weights(), 1e-12);
  }

  @Test
  void withoutUnrelatedQuestionsThereIsNoProbe() {
    List<AnswerabilityFit.Example> examples = new ArrayList<>();
    for (int i = 0; i < 4; i++) examples.add(withVector("a", "a" + i, false));
    assertEquals(0, FIT.withTopic(examples, 2).probe().weights().length);
  }

  @Test
  void aFileReadByADimensionNoOtherFileUsesIsNotReadByItOutOfFold() {
    List<AnswerabilityFit.Example> examples = new ArrayList<>();
    for (AnswerabilityFit.Example e : filesWithVectors())
      if (!e.question().file().equals("c")) examples.add(e);
    // In c only the last dimension tells unrelated questions apart; a and b keep it at 0.3.
    for (int i = 0; i < 4; i++) {
      for (boolean unrelated : new boolean[] {false, true}) {
        AnswerabilityFit.Example e = withVector("c", "c" + unrelated + i, unrelated);
        float[] v = {0.5f, 0.5f, unrelated ? 1f : 0f};
        examples.add(
            new AnswerabilityFit.Example(e.question(), e.signals(), v, e.rank(), e.fold()));
      }
    }
    List<Double> readings = new ArrayList<>();
    for (AnswerabilityFit.Example e : FIT.withTopic(examples, 5).examples())
      if (e.fold().equals("c")) readings.add(e.signals().offTopic());
    // A probe that had seen c would tell its unrelated questions apart by that dimension.
    for (double r : readings) assertEquals(readings.get(0), r, 1e-9);
  }
}
