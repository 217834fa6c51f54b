package org.peacetalks.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peacetalks.eval.AnswerabilityFit;
import org.peacetalks.eval.EvalQuestion;
import org.peacetalks.eval.Evaluation;
import org.peacetalks.search.AnswerSignals;
import org.peacetalks.search.Answerability;
import org.peacetalks.search.PassageSearcher;

/**
 * {@code eval --fit --signals FILE}: every question's signals and rank, and (in {@code
 * FILE.candidates.csv}) every candidate's ranking features, as CSV for study offline.
 */
final class SignalsCsv {
  private SignalsCsv() {}

  /** Writes the examples' signals to {@code csv} and the candidates beside it. */
  static void write(
      List<AnswerabilityFit.Example> examples,
      EvalCorpora corpora,
      List<EvalQuestion> questions,
      Path csv)
      throws Exception {
    writeSignals(examples, csv);
    writeCandidates(corpora, questions, Path.of(csv + ".candidates.csv"));
  }

  private static void writeSignals(List<AnswerabilityFit.Example> examples, Path csv)
      throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("file,id,kind,rank," + String.join(",", AnswerSignals.NAMES) + ",question");
    for (AnswerabilityFit.Example e : examples) {
      EvalQuestion q = e.question();
      StringBuilder line =
          new StringBuilder(q.file() + "," + q.id() + "," + q.kind() + "," + e.rank());
      double[] v =
          e.signals() == null ? new double[AnswerSignals.NAMES.size()] : e.signals().values();
      for (double x : v)
        line.append(',').append(e.signals() == null ? "" : String.format(Locale.ROOT, "%.4f", x));
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
        "file,id,kind,answers,article,ordinal,words,coverage,paragraph,sentence,alignment,typed,holdsType");
    lines.addAll(
        corpora.each(
            questions,
            (services, group) ->
                candidateLines(group, services.searcher(true, Answerability.never()))));
    Files.write(csv, lines);
  }

  private static List<String> candidateLines(List<EvalQuestion> questions, PassageSearcher ranking)
      throws IOException {
    List<String> lines = new ArrayList<>();
    for (EvalQuestion q : questions) {
      for (PassageSearcher.RankingFeatures f : ranking.rankingFeatures(q.question())) {
        boolean answers =
            q.answers().stream()
                .anyMatch(a -> Evaluation.letters(f.text()).contains(Evaluation.letters(a)));
        lines.add(
            String.format(
                Locale.ROOT,
                "%s,%s,%s,%d,%s,%d,%.4f,%.4f,%.4f,%.4f,%.4f,%d,%d",
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
                f.alignment(),
                f.typed() ? 1 : 0,
                f.holdsType() ? 1 : 0));
      }
    }
    return lines;
  }
}
