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
import org.peacetalks.eval.BlendReportPrinter;
import org.peacetalks.eval.EvalQuestion;
import org.peacetalks.eval.Evaluation;
import org.peacetalks.eval.PageEvaluation;
import org.peacetalks.eval.PageReportPrinter;
import org.peacetalks.eval.QuestionFile;
import org.peacetalks.eval.RelevanceEvaluation;
import org.peacetalks.eval.RelevanceReportPrinter;
import org.peacetalks.feeds.TopicRelevance;
import org.peacetalks.search.Answerability;
import org.peacetalks.search.MeaningWeights;
import org.peacetalks.search.PassageEmbedder;
import org.peacetalks.search.PassageSearcher;
import org.peacetalks.search.SearchTuning;
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
      defaultValue = "0.01",
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
    int fileFolds = files.size() > 1 ? files.size() : 5;
    QuestionFit.Result fitted =
        new QuestionFit(corpora, alsoAlone, maxFalseNoAnswer, fileFolds).run(questions);
    if (signalsCsv != null)
      SignalsCsv.write(fitted.hybridExamples(), corpora, questions, signalsCsv);
    BlendReportPrinter.print(fitted.blend(), SearchTuning.defaults().blend(), printer);
    printer.println("No-answer decision: each file judged by a model fitted on the other files");
    EvalTable.print(fitted.heldOut(), printer);
    printer.println();
    printer.println("In sample: the model fitted on all files (the one written)");
    EvalTable.print(fitted.inSample(), printer);
    if (verbose) fitted.heldOut().forEach((name, r) -> misses(name + " held out", r, printer));
    String refit = refitCommand();
    if (out != null) {
      write(
          out,
          new Answerability.Models(
              refit,
              fitted.models().get("hybrid"),
              fitted.models().get("lexical"),
              fitted.topic()));
      printer.println();
      printer.println("wrote " + out);
    }
    if (rankingOut != null) {
      write(rankingOut, new MeaningWeights(refit, fitted.blend().meaningOnAll().weights()));
      printer.println("wrote " + rankingOut);
    }
  }

  /** The command that fits again what this one wrote, kept in the files it writes. */
  private String refitCommand() {
    return "java -jar target/peacetalks-bot.jar eval --fit"
        + (out == null ? "" : " --out " + out)
        + (rankingOut == null ? "" : " --ranking-out " + rankingOut)
        + " --max-false-no-answer "
        + maxFalseNoAnswer
        + corpus.stream().map(c -> " --corpus " + c).reduce("", String::concat)
        + ownCorpus.entrySet().stream()
            .map(e -> " --own-corpus " + e.getKey() + "=" + e.getValue())
            .reduce("", String::concat)
        + (alsoAlone ? " --also-alone" : "")
        + files.stream().map(f -> " " + f).reduce("", String::concat);
  }

  private static void write(Path file, Object value) throws java.io.IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), value);
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
