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
        "Ranking blend (words : coverage : paragraph : sentence : alignment : answer type),"
            + " each file held out in turn:");
    figures(
        out,
        String.format(Locale.ROOT, "configured %-32s", weights(configured)),
        comparison.configured());
    figures(
        out,
        String.format(Locale.ROOT, "learned    %-32s", "(fitted on the other files)"),
        comparison.learned());
    figures(
        out,
        "configured with meaning weights (fitted on the other files) ",
        comparison.withMeaning());
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
        "%.2f : %.2f : %.2f : %.2f : %.2f : %.2f",
        b.words(),
        b.coverage(),
        b.paragraph(),
        b.sentence(),
        b.alignment(),
        b.answerType());
  }

  /** One line of Hit@1, Hit@3 and MRR@10 after its label. */
  private static void figures(PrintWriter out, String label, double[] hit1Hit3Mrr) {
    out.printf(
        Locale.ROOT,
        "  %s Hit@1 %.3f  Hit@3 %.3f  MRR@10 %.3f%n",
        label,
        hit1Hit3Mrr[0],
        hit1Hit3Mrr[1],
        hit1Hit3Mrr[2]);
  }
}
