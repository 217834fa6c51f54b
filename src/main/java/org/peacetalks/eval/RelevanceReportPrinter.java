package org.peacetalks.eval;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.peacetalks.feeds.TopicRelevance;

/** Prints a {@link RelevanceEvaluation.Report} for {@code eval --relevance}. */
public final class RelevanceReportPrinter {
  private RelevanceReportPrinter() {}

  public static void print(
      RelevanceEvaluation.Report r, boolean withModel, boolean verbose, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "Topic relevance: %d articles on topic, %d off topic, each judged whole and as a"
            + " two-sentence teaser (%s)%n%n",
        r.onTopic(),
        r.offTopic(),
        withModel ? "with the embedding model" : "by words alone");
    out.printf(
        Locale.ROOT, "%-40s %9s %7s %6s %4s %4s%n", "", "precision", "recall", "F1", "FP", "FN");
    row(
        out,
        String.format(Locale.ROOT, "threshold %.2f, articles", r.threshold()),
        r.configured(e -> !e.teaser()));
    row(
        out,
        String.format(Locale.ROOT, "threshold %.2f, teasers", r.threshold()),
        r.configured(RelevanceEvaluation.Example::teaser));
    row(out, String.format(Locale.ROOT, "threshold %.2f, all", r.threshold()), r.configured());
    row(out, String.format(Locale.ROOT, "best threshold %.2f, all", r.bestThreshold()), r.atBest());
    out.println();
    out.printf(
        Locale.ROOT,
        "Held out (%d folds; models and threshold fitted on the other folds):%n",
        r.folds());
    if (r.heldOut() != null) heldOut(out, "  with the embedding model", r.heldOut());
    heldOut(out, "  by words alone", r.heldOutWords());
    out.println();
    out.println("Fitted on all (TopicRelevance.DEFAULT_MODELS):");
    if (r.fittedWithModel() != null) out.println("  with the model: " + java(r.fittedWithModel()));
    out.println("  by words:       " + java(r.fittedWords()));
    out.println();
    var wrong =
        r.judged().stream()
            .filter(j -> j.kept() != j.example().onTopic())
            .sorted(Comparator.comparing((RelevanceEvaluation.Judged j) -> j.example().name()))
            .toList();
    out.printf(Locale.ROOT, "Misjudged at %.2f: %d%n", r.threshold(), wrong.size());
    if (verbose || wrong.size() <= 20) {
      for (var j : wrong) {
        out.printf(
            Locale.ROOT,
            "  %.3f %-9s %s%s%n",
            j.score(),
            j.example().onTopic() ? "missed" : "let in",
            j.example().name(),
            j.example().teaser() ? " (teaser)" : "");
      }
    }
    out.flush();
  }

  private static void heldOut(PrintWriter out, String label, RelevanceEvaluation.HeldOut h) {
    row(out, label, h.figures());
    out.println(
        "    thresholds chosen: "
            + h.thresholds().stream()
                .map(t -> String.format(Locale.ROOT, "%.2f", t))
                .collect(Collectors.joining(" ")));
  }

  private static void row(PrintWriter out, String label, RelevanceEvaluation.Figures f) {
    out.printf(
        Locale.ROOT,
        "%-40s %9.3f %7.3f %6.3f %4d %4d%n",
        label,
        f.precision(),
        f.recall(),
        f.f1(),
        f.falsePositives(),
        f.falseNegatives());
  }

  private static String java(TopicRelevance.Model m) {
    return String.format(
        Locale.ROOT,
        "new Model(%.3f, new double[] {%s})",
        m.bias(),
        Arrays.stream(m.weights())
            .mapToObj(w -> String.format(Locale.ROOT, "%.3f", w))
            .collect(Collectors.joining(", ")));
  }
}
