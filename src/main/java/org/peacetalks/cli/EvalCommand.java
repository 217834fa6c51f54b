package org.peacetalks.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.peacetalks.eval.EvalQuestion;
import org.peacetalks.eval.Evaluation;
import org.peacetalks.eval.PageEvaluation;
import org.peacetalks.eval.PageReportPrinter;
import org.peacetalks.eval.QuestionFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code eval}: retrieval quality on question files with known answers. */
@Command(name = "eval", description = {
    "Measure retrieval quality on question files (JSON Lines: id, q, answers, oos).",
    "Prints Hit@1, Hit@3, MRR@10 over answerable questions and out-of-scope accuracy.",
    "With --pages DIR: main-text extraction on saved pages, mean F1 per category and the worst pages."})
final class EvalCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "index these article folders in memory instead of using the configured index (repeatable)")
  List<Path> corpus = new ArrayList<>();

  @Option(names = {"-v", "--verbose"}, description = "list every question that missed")
  boolean verbose;

  @Option(names = "--compare", description = "print lexical-only and the configured (hybrid) ranking side by side")
  boolean compare;

  @Option(names = "--pages", paramLabel = "DIR",
      description = "score main-text extraction on saved pages instead (<name>/source.html + expected.html)")
  Path pages;

  @Option(names = "--worst", paramLabel = "N", defaultValue = "15", description = "with --pages: list the N worst pages")
  int worst;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "question files")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    if (pages != null) {
      var parser = new org.peacetalks.corpus.ArticleParser(main.config().search().maxArticleBytes());
      PageReportPrinter.print(new PageEvaluation(parser).run(pages), worst, spec.commandLine().getOut());
      spec.commandLine().getOut().flush();
      return Main.EXIT_OK;
    }
    if (files.isEmpty()) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give question files or --pages DIR");
    List<EvalQuestion> questions = new ArrayList<>();
    for (Path f : files) questions.addAll(QuestionFile.read(f));
    PrintWriter out = spec.commandLine().getOut();
    try (Services services = corpus.isEmpty()
        ? IndexBootstrap.openWithIndex(main.config(), spec.commandLine().getErr())
        : Services.inMemory(main.config(), corpus)) {
      Evaluation.Report report = Evaluation.run(questions, (q, limit) -> services.searcher.answer(q, 0, limit));
      if (compare) {
        Evaluation.Report lexical = Evaluation.run(questions, (q, limit) -> services.lexicalSearcher.answer(q, 0, limit));
        printSideBySide(lexical, report, out);
      } else {
        print(report, out);
      }
    }
    out.flush();
    return Main.EXIT_OK;
  }

  private static void printSideBySide(Evaluation.Report lexical, Evaluation.Report hybrid, PrintWriter out) {
    out.printf("questions: %d answerable, %d out of scope%n", hybrid.answerable(), hybrid.outOfScope());
    out.printf("%-38s %8s %8s%n", "", "lexical", "hybrid");
    out.printf("%-38s %8.3f %8.3f%n", "Hit@1", lexical.hitAt(1), hybrid.hitAt(1));
    out.printf("%-38s %8.3f %8.3f%n", "Hit@3", lexical.hitAt(3), hybrid.hitAt(3));
    out.printf("%-38s %8.3f %8.3f%n", "MRR@10", lexical.mrr(), hybrid.mrr());
    out.printf("%-38s %8.3f %8.3f%n", "out-of-scope answered with noAnswer", lexical.outOfScopeAccuracy(), hybrid.outOfScopeAccuracy());
    out.printf("%-38s %8.3f %8.3f%n", "answerable wrongly given noAnswer", lexical.falseNoAnswerRate(), hybrid.falseNoAnswerRate());
  }

  private void print(Evaluation.Report r, PrintWriter out) {
    out.printf("questions: %d answerable, %d out of scope%n", r.answerable(), r.outOfScope());
    out.printf("Hit@1   %.3f%n", r.hitAt(1));
    out.printf("Hit@3   %.3f%n", r.hitAt(3));
    out.printf("MRR@10  %.3f%n", r.mrr());
    out.printf("out-of-scope answered with noAnswer  %.3f%n", r.outOfScopeAccuracy());
    out.printf("answerable wrongly given noAnswer    %.3f%n", r.falseNoAnswerRate());
    if (!verbose) return;
    for (Evaluation.Outcome o : r.outcomes()) {
      boolean miss = o.question().outOfScope() ? !o.noAnswer() : o.rank() != 1;
      if (miss) {
        String what = o.question().outOfScope() ? "answered (out of scope)"
            : o.noAnswer() ? "noAnswer" : o.rank() == 0 ? "not in top 10" : "rank " + o.rank();
        out.printf("  %-5s %-24s %s%n", o.question().id(), what, o.question().question());
      }
    }
  }
}
