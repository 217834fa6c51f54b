package org.peacetalks.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.peacetalks.admin.ArticleIntake;
import org.peacetalks.admin.IntakeResult;
import org.peacetalks.admin.Reindexer;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.ArticleStore;
import org.peacetalks.digest.DigestBuilder;
import org.peacetalks.digest.DigestFormatter;
import org.peacetalks.digest.DigestRunner;
import org.peacetalks.digest.DigestScheduler;
import org.peacetalks.digest.FanOutReport;
import org.peacetalks.digest.SendResult;
import org.peacetalks.digest.Subscription;
import org.peacetalks.digest.SubscriptionStore;
import org.peacetalks.search.SearchIndex;

/**
 * {@code bench --state}: the bot's bookkeeping at scale. N subscriptions (100,000 by default) and
 * an index of 100,000 paragraphs in 5,000 articles whose vectors come from a {@link
 * StandInEmbedder} under the real model's name; 20 of the articles are new since the last digest.
 * Times subscribing, marking a digest sent, building the digests of 200 chats with one window (the
 * first from scratch), one whole round to all N chats with the sends stubbed, one /add, and opening
 * the state at start-up (with that state, less with none). Everything lives in a temporary folder.
 */
public final class StateProbe {
  /** Articles new since the last digest round: a day's worth. */
  static final int NEW_ARTICLES = 20;

  static final int SAMPLES = 200;

  /** Subscriptions sampled one by one: the least --subscriptions takes. */
  public static final int SAMPLES_NEEDED = SAMPLES;

  /**
   * /adds timed: a median of five moved by tens of ms between runs of the same code (one or two
   * slow fsyncs among five shift it); of 25, the slow ones fall into the tail that the p90 shows.
   */
  static final int ADD_SAMPLES = 25;

  private static final String MODEL = "bge-small-en-v1.5-q";
  private static final int DIMENSION = 384;
  private static final long MAX_ARTICLE_BYTES = 2_000_000;

  private final PrintWriter err;

  public StateProbe(PrintWriter err) {
    this.err = err;
  }

  /** The figures, in the order {@code bench --state --json} prints them. */
  public Map<String, Number> measure(
      SourceText source, int subscriptions, int paragraphs, long seed, Path work) throws Exception {
    Map<String, Number> out = new LinkedHashMap<>();
    out.put("stateSubscriptions", subscriptions);
    SyntheticCorpus corpus = new SyntheticCorpus(source, paragraphs, seed);
    Path articles = Files.createDirectories(work.resolve("articles"));
    corpus.writeTo(articles);
    Path data = Files.createDirectories(work.resolve("data"));
    Clock clock = Clock.systemUTC();
    Instant lastRound = clock.instant().minus(Duration.ofHours(23));

    ArticleStore store = new ArticleStore(articles, new ArticleParser(MAX_ARTICLE_BYTES));
    try (SearchIndex index =
        SearchIndex.open(work.resolve("index"), new StandInEmbedder(MODEL, DIMENSION))) {
      progress(
          "state: indexing %,d paragraphs in %,d articles with stand-in vectors",
          paragraphs, corpus.articles());
      Map<String, String> hashes = new LinkedHashMap<>();
      new Reindexer(
              store,
              index,
              clock,
              new Reindexer.AfterRebuild() {
                @Override
                public void rebuilt(SearchIndex i, Instant at) {}

                @Override
                public void rebuilt(SearchIndex i, Map<String, String> hashById, Instant at) {
                  hashes.putAll(hashById);
                }
              })
          .rebuild();
      StateUnderTest state = StateUnderTest.open(data, clock);
      state.recordArticles(index, lastRound, NEW_ARTICLES);
      state.recordHashes(hashes);
      progress("state: %,d subscriptions", subscriptions);
      state.seedSubscriptions(subscriptions, lastRound);
      state.close();
      long importStart = System.nanoTime();
      StateUnderTest.open(data, clock).close(); // the upgrade: imports subscriptions.json once
      long importMs = (System.nanoTime() - importStart) / 1_000_000;

      long startEmpty =
          timeStartup(Files.createDirectories(work.resolve("empty-data")), index, clock);
      long startFull = timeStartup(data, index, clock);
      out.put("startupStateMs", Math.max(0, startFull - startEmpty));
      out.put("legacyImportMs", importMs);

      try (StateUnderTest s = StateUnderTest.open(data, clock)) {
        s.start(index);
        SubscriptionStore subs = s.subscriptions();
        List<Double> subscribe = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
          long t = System.nanoTime();
          subs.subscribe(10_000_000L + i, null, LocalTime.of(9, 0));
          subscribe.add((System.nanoTime() - t) / 1e6);
        }
        out.put("subscribeP99Ms", round(p99(subscribe)));

        DigestBuilder builder = new DigestBuilder(index, s.ledger(), 10);
        List<Double> build = new ArrayList<>();
        List<Double> mark = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 1; i <= SAMPLES; i++) {
          Subscription sub = subs.get(i).orElseThrow();
          long t = System.nanoTime();
          builder.forSubscription(sub, now);
          build.add((System.nanoTime() - t) / 1e6);
          t = System.nanoTime();
          subs.markDigest(i, now.atZone(ZoneId.of("UTC")).toLocalDate(), now);
          mark.add((System.nanoTime() - t) / 1e6);
        }
        out.put("markDigestP99Ms", round(p99(mark)));
        double buildMean = build.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        // The chats share one window, as those of a round do: the first builds the listing, the
        // rest read the ledger and reuse it. Both figures, so neither hides the other.
        out.put("digestBuildPerChatMs", round(buildMean));
        out.put("digestBuildFirstMs", round(build.get(0)));

        double markMean = mark.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        // A round builds each distinct digest once (when it can: the files before the database
        // rebuilt it per chat) and claims and records its chats in batches, a transaction per
        // batch; a round that would rebuild or rewrite per chat, far beyond a quarter hour, is
        // estimated from the samples instead.
        double estimate =
            s.buildsOncePerRound() ? 0 : subscriptions * (buildMean + markMean) / 1000;
        if (estimate > 900) {
          progress(
              "state: a round would take about %.0f s; estimated from the samples, not run",
              estimate);
          out.put("fanOutBookkeepingSecEstimated", round(estimate));
        } else {
          progress("state: one digest round to %,d chats, sends stubbed", subscriptions);
          out.put("fanOutBookkeepingSec", round(fanOut(subs, index, s, clock) / 1000.0));
        }

        ArticleIntake intake = s.intake(store, index);
        List<Double> add = new ArrayList<>();
        List<Double> addCpu = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < ADD_SAMPLES; i++) {
          SyntheticCorpus.Generated g =
              new SyntheticCorpus(source, 2 * SyntheticCorpus.PARAGRAPHS_PER_ARTICLE, seed + 1 + i)
                  .article(i % 2);
          long cpu = threads.getCurrentThreadCpuTime();
          long t = System.nanoTime();
          IntakeResult r = intake.addText(g.fileText());
          add.add((System.nanoTime() - t) / 1e6);
          addCpu.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
          if (r.outcome() != IntakeResult.Outcome.ADDED)
            throw new IllegalStateException("/add refused: " + r.reason());
        }
        out.put("addArticleMs", round(percentile(add, 0.5)));
        out.put("addArticleP90Ms", round(percentile(add, 0.9)));
        // The calling thread's own CPU: what a loaded machine does not inflate, beside the wall
        // times that include waiting for a core and for the disk.
        out.put("addArticleCpuMs", round(percentile(addCpu, 0.5)));
      }
      out.put("dbBytes", bytesOf(data));
    }
    return out;
  }

  /** Opening the bot's state as {@code run} does, in ms. */
  private static long timeStartup(Path data, SearchIndex index, Clock clock) throws IOException {
    long t = System.nanoTime();
    try (StateUnderTest s = StateUnderTest.open(data, clock)) {
      s.start(index);
    }
    return (System.nanoTime() - t) / 1_000_000;
  }

  private static long fanOut(
      SubscriptionStore subs, SearchIndex index, StateUnderTest s, Clock clock) throws Exception {
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    try {
      DigestRunner runner =
          new DigestRunner(
              subs,
              new DigestScheduler(subs, ZoneId.of("UTC"), clock),
              new DigestBuilder(index, s.ledger(), 10),
              new DigestFormatter(ZoneId.of("UTC")),
              (chatId, threadId, html) -> SendResult.sent(),
              false,
              clock,
              executor,
              DigestRunner::storedLanguage);
      long t = System.nanoTime();
      FanOutReport report = runner.sendToAll();
      long ms = (System.nanoTime() - t) / 1_000_000;
      if (report.sent() == 0) throw new IllegalStateException("the round sent nothing: " + report);
      return ms;
    } finally {
      executor.shutdown();
      executor.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  private static long bytesOf(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    }
  }

  private static double p99(List<Double> ms) {
    return percentile(ms, 0.99);
  }

  /**
   * The nearest-rank percentile: the smallest sample with at least {@code p} of them at or below it
   * (of 25 samples, the 13th for the median, as before, and the 23rd for p90).
   */
  static double percentile(List<Double> ms, double p) {
    List<Double> sorted = new ArrayList<>(ms);
    sorted.sort(null);
    return sorted.get(
        Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)));
  }

  private static double round(double v) {
    return BenchReport.round(v, 3);
  }

  private void progress(String format, Object... args) {
    err.println(String.format(Locale.ROOT, format, args));
    err.flush();
  }
}
