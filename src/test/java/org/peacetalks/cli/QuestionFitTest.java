package org.peacetalks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.config.BotConfig;
import org.peacetalks.config.ConfigLoader;
import org.peacetalks.eval.AnswerabilityFit;
import org.peacetalks.eval.EvalQuestion;
import org.peacetalks.eval.Evaluation;
import org.peacetalks.eval.QuestionFile;

/**
 * {@code eval --fit} by words alone (fast, no model) over the seed articles, with the dev file over
 * its own articles beside them and alone.
 */
class QuestionFitTest {
  private static final Path SEED = Path.of("src/test/resources/eval/seed-questions.jsonl");
  private static final Path DEV = Path.of("src/test/resources/eval/dev-questions.jsonl");
  private static final Path DEV_ARTICLES = Path.of("src/test/resources/corpus/dev");

  @TempDir Path dir;

  @Test
  void judgesEachFileHeldOutAndFitsOnEveryQuestionOnceForEachCorpusItWasAskedOver()
      throws Exception {
    BotConfig config =
        new ConfigLoader(Map.of())
            .load(Files.writeString(dir.resolve("bot.yaml"), "search:\n  semantic: false\n"), true)
            .withPaths(Path.of("index/articles"), dir.resolve("index"), dir.resolve("data"));
    List<EvalQuestion> questions = new ArrayList<>(QuestionFile.read(SEED));
    List<EvalQuestion> dev = QuestionFile.read(DEV);
    questions.addAll(dev);
    QuestionFit.Result fitted;
    try (EvalCorpora corpora =
        new EvalCorpora(
            config,
            List.of(Path.of("index/articles")),
            Map.of(DEV, DEV_ARTICLES),
            true,
            new PrintWriter(new StringWriter()))) {
      fitted = new QuestionFit(corpora, true, 0.015, 5).run(questions);
    }

    assertEquals(Set.of("lexical", "hybrid"), fitted.models().keySet());
    // The dev questions are asked beside the seed articles and again over their own alone.
    List<AnswerabilityFit.Example> examples = fitted.hybridExamples();
    assertEquals(questions.size() + dev.size(), examples.size());
    Set<String> files = examples.stream().map(e -> e.question().file()).collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "seed-questions.jsonl",
            "dev-questions.jsonl",
            "dev-questions.jsonl" + EvalCorpora.ALONE),
        files);
    for (String model : List.of("lexical", "hybrid")) {
      Evaluation.Report held = fitted.heldOut().get(model);
      assertEquals(examples.size() - falsePremises(examples), scored(held), model);
      assertEquals(scored(held), scored(fitted.inSample().get(model)), model);
      assertTrue(held.hitAt(3) > 0.5, model + " Hit@3 " + held.hitAt(3));
    }
    // No vectors by words alone: no probe, and no meaning weights.
    assertFalse(fitted.topic().reads(384));
    assertEquals(0, fitted.blend().meaningOnAll().weights().length);
  }

  private static long falsePremises(List<AnswerabilityFit.Example> examples) {
    return examples.stream().filter(e -> !e.question().scored()).count();
  }

  private static long scored(Evaluation.Report report) {
    return report.outcomes().stream().filter(o -> o.question().scored()).count();
  }
}
