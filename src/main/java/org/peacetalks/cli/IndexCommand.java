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
      ReindexReport report = services.reindexer.rebuild();
      print(report, spec.commandLine().getOut(), services.config.articlesDir().toString());
      return Main.EXIT_OK;
    }
  }

  static void print(ReindexReport report, PrintWriter out, String folder) {
    out.printf("Indexed %d articles, %d paragraphs from %s in %d ms.%n",
        report.articles(), report.paragraphs(), folder, report.took().toMillis());
    if (!report.skipped().isEmpty()) {
      out.printf("Skipped %d files:%n", report.skipped().size());
      for (SkippedFile f : report.skipped()) out.printf("  %s: %s%n", f.fileName(), f.reason());
    }
    out.flush();
  }
}
