package org.peacetalks.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoublePredicate;

/**
 * The figures of a bench run by JSON key, with the reasons for those that could not be taken. A key
 * set to {@code null} was not measured; there are no estimates. Prints as one flat JSON object or
 * as a table of bot, baseline, ratio and target. Not thread-safe.
 */
public final class BenchReport {
  /**
   * Keys the JSON form always has. Bot figures, then {@code baseline…} for bare Lucene on the same
   * texts: {@code paragraphs} in the synthetic corpus; {@code indexParagraphsPerSec} indexing
   * throughput, wall clock, the bot's including reading and parsing the files; {@code
   * answerP50Ms}/{@code answerP99Ms} single-thread wall-clock latency percentiles (nearest rank)
   * over all questions, warm; {@code answersPerSecTwoThreads} best of two rounds with two threads;
   * {@code heapMb} heap in use after opening the index, answering every question once and a GC;
   * {@code indexBytes} index files on disk; {@code startupMs} start of {@code run} on an existing
   * index to its first getUpdates; {@code hybrid…} and {@code embedMsPerParagraph} the hybrid
   * (semantic) figures on {@code hybridParagraphs} paragraphs; {@code e2e…} answers/s and latency
   * from update to sendMessage through a fake Bot API, with the production rate limiter (25
   * messages/s) and, as {@code e2eUnlimited…}, without it. Extra keys: {@code questions}, {@code
   * startupModelMs} (start-up with the embedding model), {@code embedQueryMs} (the model's time per
   * question), {@code hybridIndexParagraphsPerSec}, {@code seed}, {@code noAnswers}, {@code
   * evalAnswerP50Ms}/{@code evalAnswerP99Ms} (eval questions alone), {@code …CpuP50Ms}/{@code
   * …CpuP99Ms} (the answering thread's CPU time) and {@code indexParagraphsPerCpuSec} (per second
   * of process CPU), which stay comparable on a busy machine; {@code feedPollMs} one poll of 50
   * feeds of 20 new items each on a local server, pages read and articles indexed with a stand-in
   * embedder (so without model time), {@code feedRepollMs} the next poll (every feed unchanged),
   * {@code feedItems} the items the first took, {@code feedParagraphs} the paragraphs it indexed
   * (the model's time for them is {@code feedParagraphs × embedMsPerParagraph}, given in a note),
   * {@code feedPollCpuMs} and {@code feedPollProcessCpuMs} the CPU time of the polling thread and
   * of the whole process in that poll, {@code feedPollCompileMs} the JIT compiler's time in it,
   * {@code feedPollColdMs} the first of the untimed polls before it.
   */
  public static final List<String> REQUIRED_KEYS =
      List.of(
          "paragraphs",
          "indexParagraphsPerSec",
          "baselineIndexParagraphsPerSec",
          "answerP50Ms",
          "answerP99Ms",
          "baselineAnswerP50Ms",
          "baselineAnswerP99Ms",
          "answersPerSecTwoThreads",
          "hybridParagraphs",
          "hybridAnswerP50Ms",
          "hybridAnswerP99Ms",
          "embedMsPerParagraph",
          "heapMb",
          "indexBytes",
          "startupMs",
          "e2eAnswersPerSec",
          "e2eP50Ms",
          "e2eP99Ms");

  private final Map<String, Number> figures = new LinkedHashMap<>();
  private final Map<String, String> whyNot = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();

  public BenchReport() {
    for (String key : REQUIRED_KEYS) figures.put(key, null);
  }

  /** Sets a figure; {@code null} only through {@link #notMeasured}. */
  public void put(String key, Number value) {
    if (value == null)
      throw new IllegalArgumentException(key + " == null: use notMeasured(reason, key)");
    if (value instanceof Double d && !Double.isFinite(d))
      throw new IllegalArgumentException(key + " is " + d);
    figures.put(key, value);
    whyNot.remove(key);
  }

  /** Marks figures as not measured, for the reason given (printed once for the group). */
  public void notMeasured(String reason, String... keys) {
    for (String key : keys) {
      figures.put(key, null);
      whyNot.put(key, reason);
    }
  }

  /** A line for the human form: how the figures were taken, or a warning about them. */
  public void note(String line) {
    notes.add(line);
  }

  /** {@code value} rounded to {@code decimals} decimal places, for figures. */
  public static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  public Number get(String key) {
    return figures.get(key);
  }

  public Map<String, Number> figures() {
    return Collections.unmodifiableMap(figures);
  }

  /** Every figure as one JSON object on one line; {@code null} for what was not measured. */
  public String json(ObjectMapper mapper) {
    try {
      return mapper.writeValueAsString(figures);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of numbers always serialises", e);
    }
  }

  private record Row(String label, String botKey, String baselineKey, String target, Check check) {}

  /** Whether a target is met, given the bot's figure and its ratio to the baseline (or NaN). */
  private interface Check {
    boolean met(double bot, double ratio);

    static Check atMost(double limit) {
      return (bot, ratio) -> bot <= limit;
    }

    static Check atLeast(double limit) {
      return (bot, ratio) -> bot >= limit;
    }

    static Check ratio(DoublePredicate ok) {
      return (bot, ratio) -> !Double.isNaN(ratio) && ok.test(ratio);
    }
  }

  private static final List<Row> ROWS =
      List.of(
          new Row(
              "indexing, paragraphs/s",
              "indexParagraphsPerSec",
              "baselineIndexParagraphsPerSec",
              ">= 0.5x baseline",
              Check.ratio(r -> r >= 0.5)),
          new Row(
              "indexing, paragraphs/CPU s",
              "indexParagraphsPerCpuSec",
              "baselineIndexParagraphsPerCpuSec",
              "(diagnostic)",
              null),
          new Row(
              "answer p50, ms",
              "answerP50Ms",
              "baselineAnswerP50Ms",
              "<= 3 ms, <= 4x baseline",
              (bot, ratio) -> bot <= 3 && !Double.isNaN(ratio) && ratio <= 4),
          new Row(
              "answer p99, ms",
              "answerP99Ms",
              "baselineAnswerP99Ms",
              "<= 15 ms, <= 4x baseline",
              (bot, ratio) -> bot <= 15 && !Double.isNaN(ratio) && ratio <= 4),
          new Row(
              "  eval questions p50, ms",
              "evalAnswerP50Ms",
              "baselineEvalAnswerP50Ms",
              "<= 3 ms, <= 4x baseline",
              (bot, ratio) -> bot <= 3 && !Double.isNaN(ratio) && ratio <= 4),
          new Row(
              "  eval questions p99, ms",
              "evalAnswerP99Ms",
              "baselineEvalAnswerP99Ms",
              "<= 15 ms, <= 4x baseline",
              (bot, ratio) -> bot <= 15 && !Double.isNaN(ratio) && ratio <= 4),
          new Row(
              "answer p50, CPU ms",
              "answerCpuP50Ms",
              "baselineAnswerCpuP50Ms",
              "(diagnostic)",
              null),
          new Row(
              "answer p99, CPU ms",
              "answerCpuP99Ms",
              "baselineAnswerCpuP99Ms",
              "(diagnostic)",
              null),
          new Row(
              "  eval questions p50, CPU ms",
              "evalAnswerCpuP50Ms",
              "baselineEvalAnswerCpuP50Ms",
              "(diagnostic)",
              null),
          new Row(
              "  eval questions p99, CPU ms",
              "evalAnswerCpuP99Ms",
              "baselineEvalAnswerCpuP99Ms",
              "(diagnostic)",
              null),
          new Row(
              "answers/s, 2 threads",
              "answersPerSecTwoThreads",
              "baselineAnswersPerSecTwoThreads",
              "",
              null),
          new Row(
              "heap after load + GC, MB",
              "heapMb",
              "baselineHeapMb",
              "<= 256 MB",
              Check.atMost(256)),
          new Row("index on disk, bytes", "indexBytes", "baselineIndexBytes", "", null),
          new Row("start-up of run, ms", "startupMs", null, "<= 2000 ms", Check.atMost(2000)),
          new Row("  with the model, ms", "startupModelMs", null, "", null),
          new Row("hybrid answer p50, ms", "hybridAnswerP50Ms", null, "<= 20 ms", Check.atMost(20)),
          new Row("hybrid answer p99, ms", "hybridAnswerP99Ms", null, "<= 40 ms", Check.atMost(40)),
          new Row("hybrid answer p50, CPU ms", "hybridAnswerCpuP50Ms", null, "(diagnostic)", null),
          new Row("hybrid answer p99, CPU ms", "hybridAnswerCpuP99Ms", null, "(diagnostic)", null),
          new Row("  question embedding, ms", "embedQueryMs", null, "(mean)", null),
          new Row("embedding, ms/paragraph", "embedMsPerParagraph", null, "", null),
          new Row(
              "end to end, answers/s", "e2eAnswersPerSec", null, ">= 300/s", Check.atLeast(300)),
          new Row("end to end p50, ms", "e2eP50Ms", null, "", null),
          new Row("end to end p99, ms", "e2eP99Ms", null, "<= 100 ms", Check.atMost(100)),
          new Row(
              "  no limiter, answers/s",
              "e2eUnlimitedAnswersPerSec",
              null,
              ">= 300/s",
              Check.atLeast(300)),
          new Row("  no limiter, p50 ms", "e2eUnlimitedP50Ms", null, "", null),
          new Row(
              "  no limiter, p99 ms", "e2eUnlimitedP99Ms", null, "<= 100 ms", Check.atMost(100)));

  /** The human form: notes, the table, then what was not measured and why. */
  public void printTable(PrintWriter out) {
    for (String line : notes) out.println(line);
    if (!notes.isEmpty()) out.println();
    String format = "%-30s %14s %14s %8s  %-26s %s%n";
    out.printf(format, "figure", "bot", "baseline", "ratio", "target", "");
    for (Row row : ROWS) {
      if (!figures.containsKey(row.botKey())) continue; // an optional figure this run did not take
      Number bot = figures.get(row.botKey());
      Number base = row.baselineKey() == null ? null : figures.get(row.baselineKey());
      double ratio =
          bot != null && base != null && base.doubleValue() != 0
              ? bot.doubleValue() / base.doubleValue()
              : Double.NaN;
      String status = "";
      if (bot == null) status = "not measured";
      else if (row.check() != null)
        status = row.check().met(bot.doubleValue(), ratio) ? "met" : "MISSED";
      out.printf(
          format,
          row.label(),
          show(bot),
          row.baselineKey() == null ? "" : show(base),
          Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.2fx", ratio),
          row.target(),
          status);
    }
    Map<String, List<String>> byReason = new LinkedHashMap<>();
    whyNot.forEach(
        (key, reason) -> byReason.computeIfAbsent(reason, r -> new ArrayList<>()).add(key));
    if (!byReason.isEmpty()) out.println();
    byReason.forEach(
        (reason, keys) -> out.printf("not measured: %s (%s)%n", reason, String.join(", ", keys)));
    out.flush();
  }

  private static String show(Number n) {
    if (n == null) return "-";
    if (n instanceof Integer || n instanceof Long)
      return String.format(Locale.ROOT, "%,d", n.longValue());
    double d = n.doubleValue();
    return String.format(Locale.ROOT, d >= 100 ? "%,.0f" : d >= 10 ? "%.1f" : "%.3f", d);
  }
}
