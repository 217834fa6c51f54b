package org.peacetalks.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.peacetalks.eval.EvalQuestion.Kind;
import org.peacetalks.eval.Evaluation;

/**
 * Prints evaluation figures as a table: a column for each question file and one for all of them, a
 * block of rows for each ranking (lexical, hybrid).
 */
final class EvalTable {
  private record Row(String label, ToDoubleFunction<Evaluation.Report> figure, Kind kind) {}

  private static final List<Row> ROWS =
      List.of(
          new Row("Hit@1", r -> r.hitAt(1), Kind.ANSWERABLE),
          new Row("Hit@3", r -> r.hitAt(3), Kind.ANSWERABLE),
          new Row("MRR@10", Evaluation.Report::mrr, Kind.ANSWERABLE),
          new Row(
              "answerable given noAnswer", Evaluation.Report::falseNoAnswerRate, Kind.ANSWERABLE),
          new Row("out of scope given noAnswer", Evaluation.Report::outOfScopeAccuracy, null),
          new Row("  unrelated topic", r -> r.noAnswerRate(Kind.UNRELATED), Kind.UNRELATED),
          new Row(
              "  on topic, not in the articles", r -> r.noAnswerRate(Kind.ON_TOPIC), Kind.ON_TOPIC),
          new Row("  junk and small talk", r -> r.noAnswerRate(Kind.JUNK), Kind.JUNK),
          new Row(
              "  false premise (not scored)",
              r -> r.noAnswerRate(Kind.FALSE_PREMISE),
              Kind.FALSE_PREMISE));

  /** Question file names are cut to this many letters (a column is at least this wide). */
  private static final int NAME_WIDTH = 12;

  private EvalTable() {}

  static void print(Map<String, Evaluation.Report> reports, PrintWriter out) {
    Evaluation.Report any = reports.values().iterator().next();
    List<String> files = any.files();
    List<String> columns = new ArrayList<>(files.size() > 1 ? files : List.of());
    columns.add("all");
    out.printf(
        "questions: %d answerable, %d out of scope scored, %d false premise not scored%n",
        any.answerable(), any.outOfScope(), any.count(Kind.FALSE_PREMISE));
    int width = NAME_WIDTH;
    for (String c : columns) width = Math.max(width, shorten(c).length());
    String text = " %" + width + "s";
    String figure = " %" + width + ".3f";
    StringBuilder header = new StringBuilder(String.format("%-36s", ""));
    for (String c : columns) header.append(String.format(text, shorten(c)));
    out.println(header);
    for (Map.Entry<String, Evaluation.Report> e : reports.entrySet()) {
      if (!e.getKey().isEmpty()) out.println(e.getKey());
      for (Row row : ROWS) {
        if (row.kind() != null && row.kind() != Kind.ANSWERABLE && any.count(row.kind()) == 0)
          continue;
        StringBuilder line = new StringBuilder(String.format("%-36s", "  " + row.label()));
        for (String c : columns) {
          Evaluation.Report r = c.equals("all") ? e.getValue() : e.getValue().ofFile(c);
          boolean empty =
              row.kind() == null
                  ? r.outOfScope() == 0
                  : row.kind() == Kind.ANSWERABLE ? r.answerable() == 0 : r.count(row.kind()) == 0;
          line.append(
              empty
                  ? String.format(text, "-")
                  : String.format(Locale.ROOT, figure, row.figure().applyAsDouble(r)));
        }
        out.println(line);
      }
    }
  }

  /** "dev2-questions.jsonl" → "dev2", "may-questions.jsonl (alone)" → "may alone". */
  private static String shorten(String file) {
    boolean alone = file.endsWith(EvalCorpora.ALONE);
    String name = alone ? file.substring(0, file.length() - EvalCorpora.ALONE.length()) : file;
    String s = name.replaceFirst("\\.jsonl?$", "").replaceFirst("-questions$", "");
    if (s.length() > NAME_WIDTH) s = s.substring(0, NAME_WIDTH);
    return alone ? s + " alone" : s;
  }
}
