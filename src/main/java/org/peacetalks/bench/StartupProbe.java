package org.peacetalks.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.peacetalks.bench.botapi.RandomFaults;

/**
 * Start-up of {@code run} as an operator starts it: a child JVM ({@code java -cp <this jar>
 * org.peacetalks.cli.Main … run}) on an existing index, with TELEGRAM_BOT_TOKEN and
 * TELEGRAM_API_URL pointing at a {@link LoopbackBotApi}, timed from launching the process to the
 * first getUpdates reaching the server: JVM start, configuration, opening the index (and loading
 * the model), getMe, menus, the ledger. Lexical ({@code search.semantic: false} via a temporary
 * settings file) on the bench's full index is {@code startupMs}; with the model on the hybrid
 * index, when the hybrid probe built one, {@code startupModelMs}. Median of three launches each.
 */
public final class StartupProbe implements Probe {
  private static final int LAUNCHES = 3;
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  private final PrintWriter progress;

  public StartupProbe(PrintWriter progress) {
    this.progress = progress;
  }

  @Override
  public void measure(BenchContext context, BenchReport report) throws Exception {
    Path work = context.workDir();
    double[] lexical =
        launches(
            context,
            false,
            context.config().articlesDir(),
            context.config().indexDir(),
            work.resolve("startup-lexical"));
    report.put("startupMs", BenchReport.round(median(lexical), 0));
    String note =
        String.format(
            Locale.ROOT,
            "Start-up of run (child JVM, launch to first getUpdates): lexical %s ms",
            show(lexical));
    if (Files.isDirectory(work.resolve(HybridProbe.INDEX))) {
      double[] model =
          launches(
              context,
              true,
              work.resolve(HybridProbe.ARTICLES),
              work.resolve(HybridProbe.INDEX),
              work.resolve("startup-model"));
      report.put("startupModelMs", BenchReport.round(median(model), 0));
      note += ", with the embedding model " + show(model) + " ms";
    }
    report.note(note + "; median reported.");
  }

  private double[] launches(
      BenchContext context, boolean semantic, Path articles, Path index, Path folder)
      throws Exception {
    Files.createDirectories(folder);
    Path settings = folder.resolve("bot.yaml");
    Path synonyms = context.config().synonymsFile();
    Files.writeString(
        settings,
        "search:\n  semantic: "
            + semantic
            + "\n"
            + (synonyms != null && Files.exists(synonyms)
                ? "  synonyms: \"" + synonyms.toAbsolutePath() + "\"\n"
                : ""));
    double[] ms = new double[LAUNCHES];
    for (int i = 0; i < LAUNCHES; i++) {
      progress.printf(
          Locale.ROOT,
          "bench: start-up of run, %s, launch %d of %d%n",
          semantic ? "with the model" : "lexical",
          i + 1,
          LAUNCHES);
      progress.flush();
      ms[i] =
          launchOnce(
              settings,
              articles,
              index,
              folder.resolve("data-" + i),
              folder.resolve("run-" + i + ".log"));
    }
    return ms;
  }

  /** Milliseconds from starting the process to its first getUpdates. */
  static double launchOnce(Path settings, Path articles, Path index, Path data, Path log)
      throws Exception {
    try (LoopbackBotApi api =
        new LoopbackBotApi(
            EndToEndProbe.TOKEN, RandomFaults.Chances.NONE, Duration.ofMillis(500))) {
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  "org.peacetalks.cli.Main",
                  "--config",
                  settings.toString(),
                  "--articles",
                  articles.toString(),
                  "--index",
                  index.toString(),
                  "--data",
                  data.toString(),
                  "run"));
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder
          .environment()
          .keySet()
          .removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("BOT_"));
      builder.environment().put("TELEGRAM_BOT_TOKEN", EndToEndProbe.TOKEN);
      builder.environment().put("TELEGRAM_API_URL", api.url().toString());
      long start = System.nanoTime();
      Process run = builder.start();
      try {
        boolean polled = false;
        while (!polled && run.isAlive() && System.nanoTime() - start < PATIENCE.toNanos()) {
          polled = api.awaitFirstPoll(Duration.ofMillis(100));
        }
        if (!polled) {
          throw new IllegalStateException(
              "run did not poll within "
                  + PATIENCE
                  + " (exit "
                  + (run.isAlive() ? "none" : run.exitValue())
                  + "): "
                  + tail(log));
        }
        return (api.firstPollNanos() - start) / 1e6;
      } finally {
        run.destroy(); // SIGTERM: a clean stop
        if (!run.waitFor(30, TimeUnit.SECONDS)) run.destroyForcibly().waitFor();
      }
    }
  }

  private static String tail(Path log) {
    try {
      String text = Files.readString(log);
      return text.substring(Math.max(0, text.length() - 2_000));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static String show(double[] values) {
    List<String> out = new ArrayList<>();
    for (double v : values) out.add(String.format(Locale.ROOT, "%.0f", v));
    return String.join(", ", out);
  }
}
