package org.peacetalks.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.peacetalks.eval.AnswerabilityFit;
import org.peacetalks.eval.BlendFit;
import org.peacetalks.eval.BlendReportPrinter;
import org.peacetalks.eval.EvalQuestion;
import org.peacetalks.eval.Evaluation;
import org.peacetalks.eval.PageEvaluation;
import org.peacetalks.eval.PageReportPrinter;
import org.peacetalks.eval.QuestionFile;
import org.peacetalks.eval.RelevanceEvaluation;
import org.peacetalks.eval.RelevanceReportPrinter;
import org.peacetalks.feeds.TopicRelevance;
import org.peacetalks.search.AnswerSignals;
import org.peacetalks.search.Answerability;
import org.peacetalks.search.MeaningWeights;
import org.peacetalks.search.PassageEmbedder;
import org.peacetalks.search.PassageSearcher;
import org.peacetalks.search.SearchTuning;
import org.peacetalks.search.TopicProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code eval}: retrieval quality on question files with known answers, and the no-answer fit. */
@Command(
    name = "eval",
    description = {
      "Measure retrieval quality on question files (JSON Lines: id, q, answers, oos, note).",
      "Prints Hit@1, Hit@3, MRR@10 over answerable questions and how often each kind of question",
      "got noAnswer, per file and over all. --fit refits the no-answer decision with cross-validation.",
      "With --pages DIR: main-text extraction on saved pages, mean F1 per category and the worst pages.",
      "With --relevance DIR: the news feeds' topic filter on a labelled folder (on/, off/): precision, recall, F1."
    })
final class EvalCommand implements Callable<Integer> {
  /**
   * The signals the fitted no-answer decision weighs, with meaning signals and by words alone. The
   * paragraph's own cosine is left out: the closest sentence's is never below it, and the two
   * together only split one weight (held out, on-topic questions the articles lack were refused
   * 0.62 of the time with both, 0.88 with the sentence's alone).
   */
  static final List<String> HYBRID_SIGNALS =
      List.of(
          "bestSentenceCosine",
          "cosineMargin",
          "bestCoverage",
          "unknownShare",
          "unknownNames",
          "knownConcepts",
          "wordScore",
          "offTopic");

  static final List<String> LEXICAL_SIGNALS =
      List.of("bestCoverage", "unknownShare", "unknownNames", "knownConcepts", "wordScore");

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description =
          "index these article folders in memory instead of using the configured index (repeatable)")
  List<Path> corpus = new ArrayList<>();

  @Option(
      names = "--own-corpus",
      paramLabel = "FILE=DIR",
      description = {
        "answer question file FILE over the --corpus folders plus DIR, articles the other files do",
        "not see (a set of new articles written with its questions); repeatable"
      })
  Map<Path, Path> ownCorpus = new LinkedHashMap<>();

  @Option(
      names = "--also-alone",
      description = {
        "also answer each --own-corpus file over its own articles indexed alone, a corpus as small as",
        "the bundled one, reported as \"FILE (alone)\"; with --fit those answers join the",
        "fit, held out with their file"
      })
  boolean alsoAlone;

  @Option(
      names = {"-v", "--verbose"},
      description = "list every question that missed")
  boolean verbose;

  @Option(
      names = "--compare",
      description = "print lexical-only and the configured (hybrid) ranking side by side")
  boolean compare;

  @Option(
      names = "--fit",
      description = {
        "refit the no-answer decision on the question files: prints the figures of each file as judged by a",
        "model fitted on the other files, then the model fitted on all of them (written to --out)"
      })
  boolean fit;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "with --fit: where to write the fitted no-answer models (JSON)")
  Path out;

  @Option(
      names = "--ranking-out",
      paramLabel = "FILE",
      description = "with --fit: where to write the fitted meaning weights of the ranking (JSON)")
  Path rankingOut;

  @Option(
      names = "--signals",
      paramLabel = "FILE",
      description = "with --fit: also write every question's signals and rank as CSV, for study")
  Path signalsCsv;

  @Option(
      names = "--max-false-no-answer",
      paramLabel = "SHARE",
      defaultValue = "0.015",
      description =
          "with --fit: the share of answerable training questions the threshold may refuse (default ${DEFAULT-VALUE})")
  double maxFalseNoAnswer;

  @Option(
      names = "--pages",
      paramLabel = "DIR",
      description =
          "score main-text extraction on saved pages instead (<name>/source.html + expected.html)")
  Path pages;

  @Option(
      names = "--worst",
      paramLabel = "N",
      defaultValue = "15",
      description = "with --pages: list the N worst pages")
  int worst;

  @Option(
      names = "--relevance",
      paramLabel = "DIR",
      description =
          "judge the topic filter of news feeds on a labelled folder (DIR/on, DIR/off) instead")
  Path relevance;

  @Option(
      names = "--threshold",
      paramLabel = "P",
      description =
          "with --relevance: the threshold to report (default "
              + TopicRelevance.DEFAULT_THRESHOLD
              + ", the default of feeds.relevance)")
  Double threshold;

  @Option(
      names = "--folds",
      paramLabel = "K",
      defaultValue = "5",
      description = "with --relevance: cross-validation folds (default ${DEFAULT-VALUE})")
  int folds;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "question files")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    if (pages != null) {
      var parser =
          new org.peacetalks.corpus.ArticleParser(main.config().search().maxArticleBytes());
      PageReportPrinter.print(
          new PageEvaluation(parser).run(pages), worst, spec.commandLine().getOut());
      spec.commandLine().getOut().flush();
      return Main.EXIT_OK;
    }
    if (relevance != null) return relevance();
    if (files.isEmpty())
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "give question files or --pages DIR");
    List<EvalQuestion> questions = new ArrayList<>();
    for (Path f : files) questions.addAll(QuestionFile.read(f));
    checkOwnCorpora();
    PrintWriter printer = spec.commandLine().getOut();
    try (EvalCorpora corpora =
        new EvalCorpora(main.config(), corpus, ownCorpus, alsoAlone, spec.commandLine().getErr())) {
      if (fit) {
        fit(corpora, questions, printer);
      } else {
        Map<String, Evaluation.Report> reports = new LinkedHashMap<>();
        if (compare) reports.put("lexical", evaluate(corpora, questions, false));
        reports.put(compare ? "hybrid" : "", evaluate(corpora, questions, true));
        EvalTable.print(reports, printer);
        if (verbose) reports.forEach((name, r) -> misses(name, r, printer));
      }
    }
    printer.flush();
    return Main.EXIT_OK;
  }

  /**
   * A file's own articles join the {@code --corpus} folders, and files are told apart by name (each
   * is one fold of the cross-validation).
   */
  private void checkOwnCorpora() {
    Set<Path> given = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (Path f : files) {
      given.add(f.toAbsolutePath().normalize());
      if (!names.add(f.getFileName().toString()))
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "two question files are named " + f.getFileName());
    }
    if (!ownCorpus.isEmpty() && corpus.isEmpty())
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--own-corpus adds to the --corpus folders: give them too");
    if (alsoAlone && ownCorpus.isEmpty())
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--also-alone indexes the --own-corpus folders alone: give them");
    Set<Path> owners = new HashSet<>();
    for (Path f : ownCorpus.keySet()) {
      if (!given.contains(f.toAbsolutePath().normalize()))
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--own-corpus names " + f + ", which is not a question file given");
      if (!owners.add(f.toAbsolutePath().normalize()))
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--own-corpus names " + f + " twice");
    }
  }

  private Evaluation.Report evaluate(
      EvalCorpora corpora, List<EvalQuestion> questions, boolean hybrid) throws Exception {
    EvalCorpora.Run<Evaluation.Outcome> run =
        (services, group) -> {
          PassageSearcher searcher = hybrid ? services.searcher : services.lexicalSearcher;
          return Evaluation.run(group, (q, limit) -> searcher.answer(q, 0, limit)).outcomes();
        };
    List<Evaluation.Outcome> outcomes = new ArrayList<>(corpora.each(questions, run));
    if (alsoAlone)
      for (Evaluation.Outcome o : corpora.eachAlone(questions, run))
        outcomes.add(
            new Evaluation.Outcome(
                o.question().reportedAs(o.question().file() + EvalCorpora.ALONE),
                o.rank(),
                o.noAnswer()));
    return new Evaluation.Report(outcomes);
  }

  private int relevance() throws Exception {
    var parser = new org.peacetalks.corpus.ArticleParser(main.config().search().maxArticleBytes());
    // The configuration decides whether the feeds judge with the model, as the bot would.
    try (PassageEmbedder embedder = Services.embedder(main.config())) {
      double t = threshold != null ? threshold : TopicRelevance.DEFAULT_THRESHOLD;
      if (!(t > 0 && t < 1))
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--threshold must be in (0, 1)");
      RelevanceEvaluation.Report report =
          new RelevanceEvaluation(parser, embedder).run(relevance, t, folds);
      RelevanceReportPrinter.print(report, embedder != null, verbose, spec.commandLine().getOut());
    }
    return Main.EXIT_OK;
  }

  private void fit(EvalCorpora corpora, List<EvalQuestion> questions, PrintWriter printer)
      throws Exception {
    Map<String, Evaluation.Report> held = new LinkedHashMap<>();
    Map<String, Evaluation.Report> inSample = new LinkedHashMap<>();
    BlendFit.Comparison blend =
        BlendFit.compare(
            corpora.each(
                questions,
                (services, group) ->
                    BlendFit.questions(
                        group, services.searcher(true, Answerability.never())::rankingFeatures)),
            SearchTuning.defaults().blend());
    Map<String, Answerability.Model> models = new LinkedHashMap<>();
    TopicProbe topic = TopicProbe.NONE;
    int folds = files.size() > 1 ? files.size() : 5;
    for (boolean hybrid : new boolean[] {false, true}) {
      String name = hybrid ? "hybrid" : "lexical";
      EvalCorpora.Run<AnswerabilityFit.Example> run =
          (services, group) -> {
            // Each file ranked with meaning weights fitted without it, as it is judged.
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
      AnswerabilityFit fitter =
          new AnswerabilityFit(hybrid ? HYBRID_SIGNALS : LEXICAL_SIGNALS, maxFalseNoAnswer);
      if (hybrid) {
        AnswerabilityFit.Topical topical = fitter.withTopic(examples, folds);
        topic = topical.probe();
        examples = topical.examples();
      }
      Answerability.Model model = fitter.fit(examples);
      models.put(name, model);
      if (hybrid && signalsCsv != null) {
        writeSignals(examples, signalsCsv);
        writeCandidates(corpora, questions, Path.of(signalsCsv + ".candidates.csv"));
      }
      held.put(name, fitter.crossValidate(examples, folds));
      inSample.put(name, fitter.judge(examples, model));
    }
    BlendReportPrinter.print(blend, SearchTuning.defaults().blend(), printer);
    printer.println("No-answer decision: each file judged by a model fitted on the other files");
    EvalTable.print(held, printer);
    printer.println();
    printer.println("In sample: the model fitted on all files (the one written)");
    EvalTable.print(inSample, printer);
    if (verbose) held.forEach((name, r) -> misses(name + " held out", r, printer));
    String refit =
        "java -jar target/peacetalks-bot.jar eval --fit"
            + (out == null ? "" : " --out " + out)
            + (rankingOut == null ? "" : " --ranking-out " + rankingOut)
            + corpus.stream().map(c -> " --corpus " + c).reduce("", String::concat)
            + ownCorpus.entrySet().stream()
                .map(e -> " --own-corpus " + e.getKey() + "=" + e.getValue())
                .reduce("", String::concat)
            + (alsoAlone ? " --also-alone" : "")
            + files.stream().map(f -> " " + f).reduce("", String::concat);
    if (out != null) {
      Answerability.Models written =
          new Answerability.Models(refit, models.get("hybrid"), models.get("lexical"), topic);
      write(out, written);
      printer.println();
      printer.println("wrote " + out);
    }
    if (rankingOut != null) {
      write(rankingOut, new MeaningWeights(refit, blend.meaningOnAll().weights()));
      printer.println("wrote " + rankingOut);
    }
  }

  private static void write(Path file, Object value) throws java.io.IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), value);
  }

  private static void writeSignals(List<AnswerabilityFit.Example> examples, Path csv)
      throws java.io.IOException {
    List<String> lines = new ArrayList<>();
    lines.add("file,id,kind,rank," + String.join(",", AnswerSignals.NAMES) + ",question");
    for (AnswerabilityFit.Example e : examples) {
      EvalQuestion q = e.question();
      StringBuilder line =
          new StringBuilder(q.file() + "," + q.id() + "," + q.kind() + "," + e.rank());
      double[] v =
          e.signals() == null ? new double[AnswerSignals.NAMES.size()] : e.signals().values();
      for (double x : v)
        line.append(',')
            .append(e.signals() == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", x));
      line.append(",\"").append(q.question().replace("\"", "'")).append('"');
      lines.add(line.toString());
    }
    Files.write(csv, lines);
  }

  /**
   * Every candidate's ranking features, over the indexes the ranking blend is fitted on (a file's
   * own articles beside the others; not the {@code --also-alone} ones, which only the no-answer
   * decision is fitted on).
   */
  private static void writeCandidates(EvalCorpora corpora, List<EvalQuestion> questions, Path csv)
      throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add(
        "file,id,kind,answers,article,ordinal,words,coverage,paragraph,sentence,typed,holdsType");
    lines.addAll(
        corpora.each(
            questions,
            (services, group) ->
                candidateLines(group, services.searcher(true, Answerability.never()))));
    Files.write(csv, lines);
  }

  private static List<String> candidateLines(List<EvalQuestion> questions, PassageSearcher ranking)
      throws java.io.IOException {
    List<String> lines = new ArrayList<>();
    for (EvalQuestion q : questions) {
      for (PassageSearcher.RankingFeatures f : ranking.rankingFeatures(q.question())) {
        boolean answers =
            q.answers().stream()
                .anyMatch(a -> Evaluation.letters(f.text()).contains(Evaluation.letters(a)));
        lines.add(
            String.format(
                java.util.Locale.ROOT,
                "%s,%s,%s,%d,%s,%d,%.4f,%.4f,%.4f,%.4f,%d,%d",
                q.file(),
                q.id(),
                q.kind(),
                answers ? 1 : 0,
                f.article(),
                f.ordinal(),
                f.words(),
                f.coverage(),
                f.paragraph(),
                f.sentence(),
                f.typed() ? 1 : 0,
                f.holdsType() ? 1 : 0));
      }
    }
    return lines;
  }

  private static void misses(String name, Evaluation.Report r, PrintWriter out) {
    out.println();
    out.println("misses" + (name.isEmpty() ? "" : " (" + name + ")") + ":");
    for (Evaluation.Outcome o : r.outcomes()) {
      EvalQuestion q = o.question();
      if (!q.scored()) continue;
      boolean miss = q.outOfScope() ? !o.noAnswer() : o.rank() != 1;
      if (miss) {
        String what =
            q.outOfScope()
                ? "answered (" + q.kind().name().toLowerCase() + ")"
                : o.noAnswer() ? "noAnswer" : o.rank() == 0 ? "not in top 10" : "rank " + o.rank();
        if (q.file().endsWith(EvalCorpora.ALONE)) what = "alone: " + what;
        out.printf("  %-5s %-31s %s%n", q.id(), what, q.question());
      }
    }
  }
}
