package org.peacetalks.eval;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.peacetalks.search.SearchTuning;

/**
 * Prints a {@link BlendFit.Comparison}: the configured blend, the learned one and the configured
 * one with meaning weights, each file held out in turn, overall and per file.
 */
public final class BlendReportPrinter {
  private BlendReportPrinter() {}

  public static void print(
      BlendFit.Comparison comparison, SearchTuning.Blend configured, PrintWriter out) {
    out.println(
        "Ranking blend (words : coverage : paragraph : sentence), each file held out in turn:");
    out.printf(
        Locale.ROOT,
        "  configured %-32s Hit@1 %.3f  Hit@3 %.3f  MRR@10 %.3f%n",
        weights(configured),
        comparison.configured()[0],
        comparison.configured()[1],
        comparison.configured()[2]);
    out.printf(
        Locale.ROOT,
        "  learned    %-32s Hit@1 %.3f  Hit@3 %.3f  MRR@10 %.3f%n",
        "(fitted on the other files)",
        comparison.learned()[0],
        comparison.learned()[1],
        comparison.learned()[2]);
    out.printf(
        Locale.ROOT,
        "  configured with meaning weights (fitted on the other files)  Hit@1 %.3f  Hit@3 %.3f  MRR@10 %.3f%n",
        comparison.withMeaning()[0],
        comparison.withMeaning()[1],
        comparison.withMeaning()[2]);
    out.println("    per file: configured → learned blend → configured with meaning weights");
    for (Map.Entry<String, BlendFit.FileFigures> f : comparison.byFile().entrySet()) {
      double[] was = f.getValue().configured();
      double[] now = f.getValue().learned();
      double[] meaning = f.getValue().withMeaning();
      out.printf(
          Locale.ROOT,
          "    %-28s Hit@1 %.3f → %.3f → %.3f  Hit@3 %.3f → %.3f → %.3f  MRR@10 %.3f → %.3f → %.3f%n",
          f.getKey(),
          was[0],
          now[0],
          meaning[0],
          was[1],
          now[1],
          meaning[1],
          was[2],
          now[2],
          meaning[2]);
    }
    out.printf(
        "  learned on all files: %s (worth configuring only where it beats the configured blend held out)%n%n",
        weights(comparison.fittedOnAll()));
  }

  private static String weights(SearchTuning.Blend b) {
    return String.format(
        Locale.ROOT,
        "%.2f : %.2f : %.2f : %.2f",
        b.words(),
        b.coverage(),
        b.paragraph(),
        b.sentence());
  }
}
