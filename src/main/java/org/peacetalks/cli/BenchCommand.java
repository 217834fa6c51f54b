package org.peacetalks.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.peacetalks.admin.ReindexReport;
import org.peacetalks.bench.AnswerTimer;
import org.peacetalks.bench.BenchContext;
import org.peacetalks.bench.BenchEngine;
import org.peacetalks.bench.BenchReport;
import org.peacetalks.bench.EndToEndProbe;
import org.peacetalks.bench.FeedPollProbe;
import org.peacetalks.bench.HeapMeter;
import org.peacetalks.bench.HybridProbe;
import org.peacetalks.bench.KillRestartCheck;
import org.peacetalks.bench.LatencySample;
import org.peacetalks.bench.LuceneBaseline;
import org.peacetalks.bench.Probe;
import org.peacetalks.bench.QuestionSet;
import org.peacetalks.bench.SoakRun;
import org.peacetalks.bench.SourceText;
import org.peacetalks.bench.StartupProbe;
import org.peacetalks.bench.StateProbe;
import org.peacetalks.bench.SyntheticCorpus;
import org.peacetalks.config.BotConfig;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.ArticleStore;
import org.peacetalks.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: how fast the bot is, next to bare Lucene on the same texts in the same run. Writes
 * a deterministic synthetic corpus as article files into a temporary folder, indexes it through the
 * bot's real ingestion path and through a bare-Lucene baseline, times answers, and prints the
 * figures (a table, or one JSON object). Then the probes: hybrid retrieval on a smaller corpus,
 * start-up of {@code run} in a child JVM, and end to end through the Telegram path against a
 * loopback fake Bot API. A figure that could not be taken is printed as not measured, never
 * estimated. With {@code --soak}, the soak run instead of the figures.
 */
@Command(
    name = "bench",
    description = {
      "Measure indexing, answer latency, memory and index size against bare Lucene.",
      "Uses a synthetic corpus made from the articles folder and the dev corpus, in a temporary folder."
    })
final class BenchCommand implements Callable<Integer> {
  /** Source folders used when present, besides the articles folder (from the repository root). */
  private static final List<Path> DEV_CORPORA =
      List.of(Path.of("src/test/resources/corpus/dev"), Path.of("../shared/corpus/dev"));

  /**
   * Eval question folders, the first present is used: the shared one, else the repository's copy.
   */
  private static final List<Path> EVAL_FOLDERS =
      List.of(Path.of("../shared/eval"), Path.of("src/test/resources/eval"));

  /**
   * Paragraphs indexed by both sides before the timed runs, so neither pays for the JIT alone:
   * enough for the bot's regex-heavy cleaning to be compiled before the timed rebuild.
   */
  private static final int WARM_UP_PARAGRAPHS = 20_000;

  private static final int WARM_UP_ROUNDS = 2;
  private static final int THROUGHPUT_ROUNDS = 2;

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(
      names = "--paragraphs",
      paramLabel = "N",
      description = "paragraphs in the synthetic corpus (default: ${DEFAULT-VALUE})")
  int paragraphs = 100_000;

  @Option(
      names = "--semantic-paragraphs",
      paramLabel = "M",
      description = "paragraphs for the hybrid figures (default: ${DEFAULT-VALUE})")
  int semanticParagraphs = 5_000;

  @Option(
      names = "--questions",
      paramLabel = "K",
      description = "questions timed (default: ${DEFAULT-VALUE})")
  int questions = 3_000;

  @Option(
      names = "--seed",
      description = "seed of the synthetic corpus and questions (default: ${DEFAULT-VALUE})")
  long seed = 20251128L;

  @Option(
      names = "--source",
      paramLabel = "DIR",
      description =
          "article folders to build the corpus from (default: the articles folder and the dev corpus where present)")
  List<Path> sources;

  @Option(
      names = "--eval",
      paramLabel = "DIR",
      description =
          "folder of *.jsonl eval files whose questions are asked (default: ../shared/eval where present)")
  Path evalFolder;

  @Option(names = "--json", description = "print one flat JSON object")
  boolean json;

  @Option(
      names = "--soak",
      description = {
        "instead of the figures, the soak run: questions through the Telegram path while a loopback fake Bot API",
        "injects 429s, 500s, slow replies and dropped connections, then kill -9 during a reindex and during",
        "subscription writes; exits 1 when a check fails"
      })
  boolean soak;

  @Option(
      names = "--state",
      description = {
        "instead of the figures, the bot's state at scale: subscribe, mark a digest, build one, a whole round",
        "to every chat with sends stubbed, one /add on a 100,000-paragraph index, start-up"
      })
  boolean state;

  @Option(
      names = "--feeds",
      description = {
        "instead of the figures, only the feed poll: 50 feeds of 20 new items each on a local server,",
        "then the same feeds unchanged (feedPollMs, feedRepollMs, feedPollCpuMs, feedItems, feedParagraphs)"
      })
  boolean feeds;

  @Option(
      names = "--subscriptions",
      paramLabel = "N",
      description = "subscriptions of --state (default: ${DEFAULT-VALUE})")
  int subscriptions = 100_000;

  @Option(
      names = "--soak-questions",
      paramLabel = "N",
      description = "questions of the soak run (default: ${DEFAULT-VALUE})")
  int soakQuestions = 10_000;

  @Option(
      names = "--soak-outage",
      paramLabel = "SECONDS",
      description = {
        "length of the soak run's outage round: questions in flight while the Bot API answers only 502",
        "(default: ${DEFAULT-VALUE}; 0 skips it)"
      })
  int outageSeconds = 30;

  /** Questions in flight when the outage round's Bot API goes down: one per group and then some. */
  private static final int OUTAGE_QUESTIONS = 300;

  @Option(
      names = "--kill-rounds",
      paramLabel = "K",
      description = "kills of each kind in the soak run (default: ${DEFAULT-VALUE})")
  int killRounds = 10;

  /** Corpus size of the soak run: big enough for real answers and a reindex that takes a while. */
  private static final int SOAK_PARAGRAPHS = 20_000;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (paragraphs < 1 || questions < 1 || semanticParagraphs < 0) {
      err.println(
          "error: --paragraphs and --questions must be at least 1, --semantic-paragraphs at least 0");
      return Main.EXIT_USAGE;
    }
    BotConfig config = main.config();
    ObjectMapper mapper = new ObjectMapper();
    BenchReport report = new BenchReport();

    List<Path> folders = sourceFolders(config);
    List<Article> articles = readSources(folders, config);
    SourceText source = SourceText.of(articles);
    Path eval =
        evalFolder != null
            ? evalFolder
            : EVAL_FOLDERS.stream().filter(Files::isDirectory).findFirst().orElse(null);
    List<String> evalQuestions =
        eval == null ? List.of() : QuestionSet.readEvalQuestions(eval, mapper);
    if (soak) return soak(source, evalQuestions, config, err);
    if (state) return state(source, err);
    if (feeds) return feeds(source, err);
    SyntheticCorpus corpus = new SyntheticCorpus(source, paragraphs, seed);
    QuestionSet asked = QuestionSet.build(evalQuestions, corpus, questions, seed);

    report.note(
        String.format(
            Locale.ROOT,
            "Synthetic corpus: %,d paragraphs in %,d articles (seed %d), from %d sentences of %d articles in %s.",
            paragraphs,
            corpus.articles(),
            seed,
            source.sentences().size(),
            articles.size(),
            folders));
    report.note(
        String.format(
            Locale.ROOT,
            "Questions: %,d (%d from %s, the rest corpus phrases); warm-up %d passes; Java %s, max heap %,d MB.",
            asked.questions().size(),
            asked.evalQuestions(),
            eval == null ? "no eval folder" : eval,
            WARM_UP_ROUNDS,
            Runtime.version(),
            Runtime.getRuntime().maxMemory() >> 20));
    report.put("paragraphs", paragraphs);
    report.put("questions", asked.questions().size());
    report.put("seed", seed);

    double loadBefore = systemLoad();
    Path work = Files.createTempDirectory("peacetalks-bench-");
    try {
      progress(err, "writing %,d article files to %s", corpus.articles(), work);
      Path articleDir = Files.createDirectories(work.resolve("articles"));
      corpus.writeTo(articleDir);
      warmUpIndexing(source, config, work.resolve("warm-up"));
      BotConfig benchConfig =
          config.withPaths(articleDir, work.resolve("bot-index"), work.resolve("data"));
      Path baselineDir = work.resolve("baseline-index");
      measureLexical(corpus, benchConfig, baselineDir, asked, report, err);
      measureHeap(benchConfig, baselineDir, asked, report, err);

      BenchContext context =
          new BenchContext(benchConfig, source, asked, semanticParagraphs, seed, work);
      // Start-up before the engine below is opened: `run` in a child JVM opens the same index.
      for (Probe probe :
          List.<Probe>of(new HybridProbe(err), new StartupProbe(err), new FeedPollProbe(err))) {
        probe.measure(context, report);
      }
      try (BenchEngine lexical =
          BenchEngine.open(benchConfig, benchConfig.articlesDir(), benchConfig.indexDir(), null)) {
        progress(err, "end to end through the Telegram path (about two minutes)");
        new EndToEndProbe(lexical).measure(context, report);
      }
    } finally {
      deleteRecursively(work);
    }
    report.note(
        String.format(
            Locale.ROOT,
            "System load average %.2f before, %.2f after, on %d cores: figures taken on a busy machine vary; compare ratios.",
            loadBefore,
            systemLoad(),
            Runtime.getRuntime().availableProcessors()));

    PrintWriter out = spec.commandLine().getOut();
    if (json) out.println(report.json(mapper));
    else report.printTable(out);
    out.flush();
    return Main.EXIT_OK;
  }

  /** {@code --state}: the figures of {@link StateProbe}, as a table or one JSON object. */
  private int state(SourceText source, PrintWriter err) throws Exception {
    if (subscriptions < StateProbe.SAMPLES_NEEDED) {
      err.println("error: --subscriptions must be at least " + StateProbe.SAMPLES_NEEDED);
      return Main.EXIT_USAGE;
    }
    Path work = Files.createTempDirectory("peacetalks-state-");
    Map<String, Number> figures;
    try {
      figures = new StateProbe(err).measure(source, subscriptions, paragraphs, seed, work);
    } finally {
      deleteRecursively(work);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().writeValueAsString(figures));
    } else {
      figures.forEach((k, v) -> out.printf(Locale.ROOT, "%-28s %s%n", k, v));
    }
    out.flush();
    return Main.EXIT_OK;
  }

  /**
   * {@code --feeds}: the figures of {@link FeedPollProbe} alone, under the keys of the full run;
   * the model's share is not measured here (a note says so).
   */
  private int feeds(SourceText source, PrintWriter err) throws Exception {
    double loadBefore = systemLoad();
    Path work = Files.createTempDirectory("peacetalks-feeds-");
    FeedPollProbe.Figures figures;
    try {
      figures = new FeedPollProbe(err).measure(source, seed, work);
    } finally {
      deleteRecursively(work);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().writeValueAsString(figures.keys()));
    } else {
      if (figures.warning() != null) out.println(figures.warning());
      out.println(figures.modelNote(null));
      out.printf(
          Locale.ROOT,
          "System load average %.2f before, %.2f after, on %d cores.%n%n",
          loadBefore,
          systemLoad(),
          Runtime.getRuntime().availableProcessors());
      figures.keys().forEach((k, v) -> out.printf(Locale.ROOT, "%-28s %s%n", k, v));
    }
    out.flush();
    return Main.EXIT_OK;
  }

  /**
   * The soak run ({@code --soak}) on a corpus of at most {@value #SOAK_PARAGRAPHS} paragraphs:
   * prints what each part found; {@link Main#EXIT_FAILURE} when a check failed.
   */
  private int soak(SourceText source, List<String> evalQuestions, BotConfig config, PrintWriter err)
      throws Exception {
    if (soakQuestions < 1 || killRounds < 0 || outageSeconds < 0) {
      err.println(
          "error: --soak-questions must be at least 1, --kill-rounds and --soak-outage at least 0");
      return Main.EXIT_USAGE;
    }
    PrintWriter out = spec.commandLine().getOut();
    SyntheticCorpus corpus =
        new SyntheticCorpus(source, Math.min(paragraphs, SOAK_PARAGRAPHS), seed);
    QuestionSet asked = QuestionSet.build(evalQuestions, corpus, questions, seed);
    Path work = Files.createTempDirectory("peacetalks-soak-");
    try {
      Path articleDir = Files.createDirectories(work.resolve("articles"));
      corpus.writeTo(articleDir);
      BotConfig soakConfig =
          config.withPaths(articleDir, work.resolve("index"), work.resolve("data"));
      boolean passed;
      try (BenchEngine engine =
          BenchEngine.open(soakConfig, articleDir, work.resolve("index"), null)) {
        progress(err, "soak: indexing %,d paragraphs", corpus.paragraphs());
        engine.reindexer.rebuild();
        progress(
            err, "soak: %,d questions from 100 groups, faults: %s", soakQuestions, SoakRun.FAULTS);
        SoakRun.Result result =
            new SoakRun(engine, err).run(soakQuestions, asked.questions(), work.resolve("data"));
        out.println(result.describe());
        out.flush();
        passed = result.passed();
        if (outageSeconds > 0) {
          progress(
              err,
              "soak: %d questions, then the Bot API down for %d s from the first answer",
              OUTAGE_QUESTIONS,
              outageSeconds);
          SoakRun.OutageResult outage =
              new SoakRun(engine, err)
                  .runOutage(
                      OUTAGE_QUESTIONS,
                      asked.questions(),
                      work.resolve("outage-data"),
                      java.time.Duration.ofSeconds(outageSeconds));
          out.println(outage.describe());
          out.flush();
          passed &= outage.failures().isEmpty();
        }
      }
      if (killRounds > 0) {
        String question =
            asked
                .questions()
                .get(asked.fromEval().indexOf(false) < 0 ? 0 : asked.fromEval().indexOf(false));
        progress(
            err,
            "soak: kill -9 during a reindex and during subscription writes, %d rounds each",
            killRounds);
        KillRestartCheck.Result killed =
            new KillRestartCheck(soakConfig, seed)
                .run(articleDir, question, work.resolve("kill"), killRounds);
        out.println(killed.describe());
        out.flush();
        passed &= killed.failures().isEmpty();
      }
      return passed ? Main.EXIT_OK : Main.EXIT_FAILURE;
    } finally {
      deleteRecursively(work);
    }
  }

  /**
   * Indexing both ways, then answering on both indexes side by side: the bot is the real path
   * (files read, parsed and cleaned by ArticleStore, indexed by SearchIndex via the Reindexer,
   * answered by PassageSearcher); the baseline indexes the same paragraph texts, generated in
   * memory beforehand and untimed, as bare Lucene has no ingestion.
   */
  private void measureLexical(
      SyntheticCorpus corpus,
      BotConfig benchConfig,
      Path baselineDir,
      QuestionSet asked,
      BenchReport report,
      PrintWriter err)
      throws Exception {
    try (LuceneBaseline baseline = new LuceneBaseline(baselineDir);
        Services bot = Services.build(benchConfig, SearchIndex.open(benchConfig.indexDir()))) {
      List<String> texts = new ArrayList<>(corpus.paragraphs());
      corpus.forEachParagraph(texts::add);
      progress(err, "baseline: indexing %,d paragraphs", texts.size());
      long cpuStart = processCpuNanos();
      long start = System.nanoTime();
      int n = baseline.index(texts);
      double baselineSeconds = (System.nanoTime() - start) / 1e9;
      double baselineCpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
      texts = null; // the baseline keeps its index, not the texts
      report.put("baselineIndexParagraphsPerSec", round(n / baselineSeconds, 1));
      report.put("baselineIndexBytes", baseline.bytesOnDisk());

      progress(err, "bot: indexing %s", benchConfig.articlesDir());
      cpuStart = processCpuNanos();
      start = System.nanoTime();
      ReindexReport indexed = bot.reindexer.rebuild();
      double botSeconds = (System.nanoTime() - start) / 1e9;
      double botCpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
      if (indexed.paragraphs() != paragraphs || !indexed.skipped().isEmpty()) {
        report.note(
            String.format(
                Locale.ROOT,
                "WARNING: the bot indexed %,d paragraphs of %,d generated (%d files skipped).",
                indexed.paragraphs(),
                paragraphs,
                indexed.skipped().size()));
      }
      report.put("indexParagraphsPerSec", round(indexed.paragraphs() / botSeconds, 1));
      report.put("indexBytes", bot.index.stats().bytesOnDisk());
      if (botCpuSeconds > 0 && baselineCpuSeconds > 0) {
        report.put("indexParagraphsPerCpuSec", round(indexed.paragraphs() / botCpuSeconds, 1));
        report.put("baselineIndexParagraphsPerCpuSec", round(n / baselineCpuSeconds, 1));
      }
      report.note(
          String.format(
              Locale.ROOT,
              "Indexing: bot %.1f s (read, parse, clean, index, commit), baseline %.1f s (index, commit);"
                  + " process CPU %.1f s and %.1f s.",
              botSeconds,
              baselineSeconds,
              botCpuSeconds,
              baselineCpuSeconds));

      int limit = bot.searcher.defaultPassages();
      AnswerTimer botTimer =
          new AnswerTimer(
              q -> bot.searcher.answer(q, 0, limit).passages().size(), asked.questions());
      AnswerTimer baseTimer = new AnswerTimer(q -> baseline.answer(q).size(), asked.questions());
      progress(err, "warming up both (%d passes)", WARM_UP_ROUNDS);
      botTimer.warmUp(WARM_UP_ROUNDS);
      baseTimer.warmUp(WARM_UP_ROUNDS);
      progress(err, "timing answers on one thread, bot and baseline taking turns");
      AnswerTimer.latencyInterleaved(botTimer, baseTimer);
      putLatency("", botTimer, asked, report);
      putLatency("baseline", baseTimer, asked, report);
      report.put("noAnswers", botTimer.emptyAnswers());
      report.put("baselineNoAnswers", baseTimer.emptyAnswers());

      progress(
          err,
          "timing answers on two threads (best of %d rounds each, alternating)",
          THROUGHPUT_ROUNDS);
      double botBest = 0;
      double baseBest = 0;
      for (int round = 0; round < THROUGHPUT_ROUNDS; round++) {
        botBest = Math.max(botBest, botTimer.throughput(2));
        baseBest = Math.max(baseBest, baseTimer.throughput(2));
      }
      report.put("answersPerSecTwoThreads", round(botBest, 1));
      report.put("baselineAnswersPerSecTwoThreads", round(baseBest, 1));
    }
  }

  /**
   * Heap in use with one side loaded at a time, each opened afresh on its index (as `run` opens an
   * existing index), every question answered once, then garbage collected.
   */
  private static void measureHeap(
      BotConfig benchConfig,
      Path baselineDir,
      QuestionSet asked,
      BenchReport report,
      PrintWriter err)
      throws Exception {
    progress(err, "heap: bot alone, then baseline alone");
    try (Services bot = Services.build(benchConfig, SearchIndex.open(benchConfig.indexDir()))) {
      new AnswerTimer(q -> bot.searcher.answer(q).passages().size(), asked.questions()).warmUp(1);
      report.put("heapMb", round(HeapMeter.usedMbAfterGc(), 1));
    }
    try (LuceneBaseline baseline = new LuceneBaseline(baselineDir)) {
      baseline.open();
      new AnswerTimer(q -> baseline.answer(q).size(), asked.questions()).warmUp(1);
      report.put("baselineHeapMb", round(HeapMeter.usedMbAfterGc(), 1));
    }
  }

  private static void putLatency(
      String prefix, AnswerTimer timer, QuestionSet asked, BenchReport report) {
    LatencySample all = timer.lastPass(i -> true);
    report.put(key(prefix, "answerP50Ms"), round(all.percentileMs(50), 3));
    report.put(key(prefix, "answerP99Ms"), round(all.percentileMs(99), 3));
    LatencySample cpu = timer.lastPassCpu(i -> true);
    report.put(key(prefix, "answerCpuP50Ms"), round(cpu.percentileMs(50), 3));
    report.put(key(prefix, "answerCpuP99Ms"), round(cpu.percentileMs(99), 3));
    LatencySample eval = timer.lastPass(i -> asked.fromEval().get(i));
    if (eval.size() > 0) {
      report.put(key(prefix, "evalAnswerP50Ms"), round(eval.percentileMs(50), 3));
      report.put(key(prefix, "evalAnswerP99Ms"), round(eval.percentileMs(99), 3));
      LatencySample evalCpu = timer.lastPassCpu(i -> asked.fromEval().get(i));
      report.put(key(prefix, "evalAnswerCpuP50Ms"), round(evalCpu.percentileMs(50), 3));
      report.put(key(prefix, "evalAnswerCpuP99Ms"), round(evalCpu.percentileMs(99), 3));
    }
  }

  private static String key(String prefix, String name) {
    return prefix.isEmpty()
        ? name
        : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Indexes a small corpus both ways and throws it away, so the timed runs start warm. */
  private static void warmUpIndexing(SourceText source, BotConfig config, Path folder)
      throws Exception {
    SyntheticCorpus small = new SyntheticCorpus(source, WARM_UP_PARAGRAPHS, -1);
    Path articles = Files.createDirectories(folder.resolve("articles"));
    small.writeTo(articles);
    BotConfig warm =
        config.withPaths(articles, folder.resolve("bot-index"), folder.resolve("data"));
    try (Services bot = Services.build(warm, SearchIndex.open(warm.indexDir()))) {
      bot.reindexer.rebuild();
    }
    try (LuceneBaseline baseline = new LuceneBaseline(folder.resolve("baseline-index"))) {
      List<String> texts = new ArrayList<>();
      small.forEachParagraph(texts::add);
      baseline.index(texts);
    }
    deleteRecursively(folder);
  }

  private List<Path> sourceFolders(BotConfig config) {
    if (sources != null && !sources.isEmpty()) return List.copyOf(sources);
    List<Path> out = new ArrayList<>();
    out.add(config.articlesDir());
    for (Path p : DEV_CORPORA) if (Files.isDirectory(p)) out.add(p);
    return out;
  }

  /**
   * Every readable article of the folders, each content once (the dev corpus may be there twice).
   */
  private static List<Article> readSources(List<Path> folders, BotConfig config)
      throws IOException {
    ArticleParser parser = new ArticleParser(config.search().maxArticleBytes());
    Set<String> seen = new HashSet<>();
    List<Article> out = new ArrayList<>();
    for (Path folder : folders) {
      for (Article a : new ArticleStore(folder, parser).loadAll().articles()) {
        if (seen.add(a.contentHash())) out.add(a);
      }
    }
    if (out.isEmpty())
      throw new IOException(
          "no readable articles in " + folders + " to build the bench corpus from");
    return out;
  }

  /** CPU time of the whole process (all threads: indexing, merges, GC, JIT), or 0 if unknown. */
  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? Math.max(0, os.getProcessCpuTime())
        : 0;
  }

  private static double systemLoad() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  private static void progress(PrintWriter err, String format, Object... args) {
    err.printf(Locale.ROOT, "bench: " + format + "%n", args);
    err.flush();
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) return;
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) throw e;
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
