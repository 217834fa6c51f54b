package org.peacetalks.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peacetalks.search.AnswerSignals;
import org.peacetalks.search.Answerability;

class AnswerabilityFitTest {
  private static final AnswerabilityFit FIT = new AnswerabilityFit(List.of("bestCoverage"), 0.0);

  private static AnswerabilityFit.Example example(String file, String id, double coverage) {
    boolean outOfScope = coverage == 0;
    EvalQuestion q =
        new EvalQuestion(
            file, id, "question " + id, outOfScope ? List.of() : List.of("x"), outOfScope, null);
    return new AnswerabilityFit.Example(
        q, new AnswerSignals(true, 0, 0, 0, coverage, 0, 0, 0, 0), outOfScope ? 0 : 1);
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
}
