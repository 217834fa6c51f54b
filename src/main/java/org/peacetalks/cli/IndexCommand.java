package org.peacetalks.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.peacetalks.admin.ReindexReport;
import org.peacetalks.corpus.SkippedFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code index}: rebuilds the index from the articles folder and says what it did. */
@Command(name = "index", description = "Rebuild the index from the articles folder.")
final class IndexCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (Services services = Services.open(main.config())) {
      PrintWriter err = spec.commandLine().getErr();
      services.index.onEmbeddingProgress(new ProgressPrinter(err));
      ReindexReport report = services.reindexer.rebuild();
      print(report, spec.commandLine().getOut(), services.config.articlesDir().toString());
      return Main.EXIT_OK;
    }
  }

  /** Prints embedding progress to stderr at most every two seconds, and at the end. */
  static final class ProgressPrinter
      implements org.peacetalks.search.SearchIndex.EmbeddingProgress {
    private final PrintWriter err;
    private long lastPrint = System.nanoTime();

    ProgressPrinter(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void embedded(int done, int total) {
      long now = System.nanoTime();
      if (done == total || now - lastPrint > 2_000_000_000L) {
        err.printf("Embedding paragraphs: %d/%d%n", done, total);
        err.flush();
        lastPrint = now;
      }
    }
  }

  static void print(ReindexReport report, PrintWriter out, String folder) {
    out.printf(
        "Indexed %d articles, %d paragraphs from %s in %d ms.%n",
        report.articles(), report.paragraphs(), folder, report.took().toMillis());
    if (!report.skipped().isEmpty()) {
      out.printf("Skipped %d files:%n", report.skipped().size());
      for (SkippedFile f : report.skipped()) out.printf("  %s: %s%n", f.fileName(), f.reason());
    }
    out.flush();
  }
}
