package org.peacetalks.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * Prints an {@link PageEvaluation.Report}: means per category and overall, then the worst pages.
 */
public final class PageReportPrinter {
  /** Hand-made fixtures of a few lines: reported, but kept out of the figure for real pages. */
  static final String SYNTHETIC = "synthetic";

  private PageReportPrinter() {}

  public static void print(PageEvaluation.Report report, int worst, PrintWriter out) {
    out.printf(
        "%-24s %6s %8s %8s %8s %8s %10s%n",
        "pages", "count", "mean F1", "P", "R", "refused", "median ms");
    // ms: CPU time to clean one page, after a warm-up pass
    Map<String, List<PageScore>> byCategory = report.byCategory();
    if (byCategory.size() > 1 || !byCategory.containsKey(PageEvaluation.UNCATEGORISED)) {
      byCategory.forEach((category, pages) -> line(category, pages, out));
    }
    if (byCategory.containsKey(SYNTHETIC)) {
      line(
          "real (all but " + SYNTHETIC + ")",
          report.pages().stream().filter(p -> !p.category().equals(SYNTHETIC)).toList(),
          out);
    }
    line("all", report.pages(), out);
    if (worst <= 0) return;
    out.println();
    out.println("worst pages:");
    for (PageScore p : report.worst(worst)) {
      out.printf(
          "  %-40s %-10s F1 %.3f  P %.3f  R %.3f  %3d passages%s%n",
          p.page(),
          p.category(),
          p.f1(),
          p.precision(),
          p.recall(),
          p.passages(),
          p.error() == null ? "" : "  refused: " + p.error());
    }
  }

  private static void line(String label, List<PageScore> pages, PrintWriter out) {
    out.printf(
        "%-24s %6d %8.3f %8.3f %8.3f %8d %10.1f%n",
        label,
        pages.size(),
        PageEvaluation.Report.meanF1(pages),
        PageEvaluation.Report.meanPrecision(pages),
        PageEvaluation.Report.meanRecall(pages),
        PageEvaluation.Report.refused(pages),
        PageEvaluation.Report.medianMillis(pages));
  }
}
