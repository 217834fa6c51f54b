package org.peacetalks.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peacetalks.admin.ReindexReport;
import org.peacetalks.search.BgeSmallEmbedder;

/**
 * Hybrid (BM25 + bge-small embeddings) figures on a smaller synthetic corpus of {@code
 * --semantic-paragraphs}: embedding dominates indexing, so the full corpus would take half an hour
 * here. Indexes through the real path with the model, then times answers warm on one thread. Leaves
 * its articles and index in {@link #ARTICLES} and {@link #INDEX} of the work folder, for the
 * start-up probe's run with the model.
 */
public final class HybridProbe implements Probe {
  static final String ARTICLES = "hybrid-articles";
  static final String INDEX = "hybrid-index";
  static final String[] KEYS = {
    "hybridParagraphs", "hybridAnswerP50Ms", "hybridAnswerP99Ms", "embedMsPerParagraph"
  };
  private static final int QUESTIONS = 1_000;
  private static final int WARM_UP = 300;

  private final PrintWriter progress;

  public HybridProbe(PrintWriter progress) {
    this.progress = progress;
  }

  @Override
  public void measure(BenchContext context, BenchReport report) throws Exception {
    int paragraphs = context.semanticParagraphs();
    if (paragraphs == 0) {
      report.notMeasured("--semantic-paragraphs 0", KEYS);
      return;
    }
    SyntheticCorpus corpus = new SyntheticCorpus(context.source(), paragraphs, context.seed());
    Path articles = Files.createDirectories(context.workDir().resolve(ARTICLES));
    corpus.writeTo(articles);
    List<String> eval = new ArrayList<>();
    QuestionSet all = context.questions();
    for (int i = 0; i < all.questions().size(); i++)
      if (all.fromEval().get(i)) eval.add(all.questions().get(i));
    QuestionSet asked = QuestionSet.build(eval, corpus, QUESTIONS, context.seed());

    long loadStart = System.nanoTime();
    TimedEmbedder model = new TimedEmbedder(new BgeSmallEmbedder());
    double loadMs = (System.nanoTime() - loadStart) / 1e6;
    try (model;
        BenchEngine engine =
            BenchEngine.open(context.config(), articles, context.workDir().resolve(INDEX), model)) {
      progress(
          "hybrid: indexing %,d paragraphs with the embedding model (about %d s)",
          paragraphs, paragraphs / 50);
      long start = System.nanoTime();
      ReindexReport indexed = engine.reindexer.rebuild();
      double seconds = (System.nanoTime() - start) / 1e9;
      report.put("hybridParagraphs", indexed.paragraphs());
      // Per paragraph indexed, its sentences' vectors included (paragraphs of one sentence have
      // none).
      double embedMsPerParagraph = model.passageMs() / Math.max(1, indexed.paragraphs());
      report.put("embedMsPerParagraph", BenchReport.round(embedMsPerParagraph, 2));
      report.put(
          "hybridIndexParagraphsPerSec", BenchReport.round(indexed.paragraphs() / seconds, 1));

      int limit = engine.searcher.defaultPassages();
      AnswerTimer.Answerer answerer = q -> engine.searcher.answer(q, 0, limit).passages().size();
      progress(
          "hybrid: timing %,d answers on one thread after %d warm-up answers",
          asked.questions().size(), WARM_UP);
      new AnswerTimer(
              answerer, asked.questions().subList(0, Math.min(WARM_UP, asked.questions().size())))
          .warmUp(1);
      model.resetQueries();
      AnswerTimer timer = new AnswerTimer(answerer, asked.questions());
      LatencySample latency = timer.latency();
      report.put("hybridAnswerP50Ms", BenchReport.round(latency.percentileMs(50), 2));
      report.put("hybridAnswerP99Ms", BenchReport.round(latency.percentileMs(99), 2));
      LatencySample cpu = timer.lastPassCpu(i -> true);
      report.put("hybridAnswerCpuP50Ms", BenchReport.round(cpu.percentileMs(50), 2));
      report.put("hybridAnswerCpuP99Ms", BenchReport.round(cpu.percentileMs(99), 2));
      report.put("embedQueryMs", BenchReport.round(model.msPerQuery(), 2));
      report.note(
          String.format(
              Locale.ROOT,
              "Hybrid: %,d paragraphs indexed with bge-small in %.1f s (model loaded in %.0f ms; %,d texts embedded,"
                  + " paragraphs and their sentences, %.1f ms each, %.1f ms a paragraph); %,d questions (%d eval), the"
                  + " question's embedding %.1f ms of each answer on average.",
              indexed.paragraphs(),
              seconds,
              loadMs,
              model.passagesEmbedded(),
              model.msPerPassage(),
              embedMsPerParagraph,
              asked.questions().size(),
              asked.evalQuestions(),
              model.msPerQuery()));
    }
  }

  private void progress(String format, Object... args) {
    progress.printf(Locale.ROOT, "bench: " + format + "%n", args);
    progress.flush();
  }
}
