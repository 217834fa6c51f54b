package org.peacetalks.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import org.peacetalks.admin.ArticleIntake;
import org.peacetalks.bench.botapi.LoopbackHttp;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.ArticleStore;
import org.peacetalks.digest.ArticleLedger;
import org.peacetalks.digest.LedgerJournal;
import org.peacetalks.feeds.FeedPoller;
import org.peacetalks.feeds.FeedStore;
import org.peacetalks.feeds.FeedVerdict;
import org.peacetalks.feeds.PoliteFetcher;
import org.peacetalks.feeds.PollReport;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.storage.StateDatabase;

/**
 * {@code feedPollMs}: one round over {@link #FEEDS} feeds of {@link #ITEMS} new items each, served
 * with their pages by an HTTP server on 127.0.0.1: fetching, parsing, reading each page, storing
 * and indexing every article, with a stand-in embedder so that no model time is counted. The model
 * time is reported apart: {@code feedParagraphs} are the paragraphs the round indexed, each of
 * which the real model would embed (with its sentences) at {@code embedMsPerParagraph}; a note
 * gives the product when this run measured that figure. No delay between requests to the one local
 * host (production waits 1 s per site). {@code feedRepollMs}: the next round, where every feed
 * answers 304; {@code feedPollCpuMs}: the polling thread's CPU time in the first. Every item is
 * kept: the on-topic decision (one more embedding per article in production) is left out. The
 * poller is the bot's own: its reader threads, its batches, the intake journalled in the ledger.
 * The timed round follows {@link #WARM_UP_ROUNDS} untimed ones, each on its own server, database
 * and index (the first one's wall clock is {@code feedPollColdMs}), and a wait for the JIT compiler
 * to finish, so that it runs compiled code as a bot that has been running does; what the compiler
 * still does during the round is {@code feedPollCompileMs}.
 */
public final class FeedPollProbe implements Probe {
  static final int FEEDS = 50;
  static final int ITEMS = 20;

  /** Untimed rounds before the timed one: see {@link #measure(SourceText, long, Path)}. */
  static final int WARM_UP_ROUNDS = 4;

  /** How long the JIT compiler must have been idle before the timed round; at most how long. */
  private static final Duration COMPILER_QUIET = Duration.ofSeconds(2);

  private static final Duration COMPILER_WAIT = Duration.ofSeconds(90);
  private static final DateTimeFormatter RFC1123 =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private final PrintWriter err;
  private final int feedCount;
  private final int itemsPerFeed;
  private final int warmUpRounds;
  private final Duration compilerWait;
  private final CompilerQuiet compiler = new CompilerQuiet();

  public FeedPollProbe(PrintWriter err) {
    this(err, FEEDS, ITEMS, WARM_UP_ROUNDS, COMPILER_WAIT);
  }

  /** A smaller round after one untimed round and no wait for the compiler, for tests. */
  FeedPollProbe(PrintWriter err, int feedCount, int itemsPerFeed) {
    this(err, feedCount, itemsPerFeed, 1, Duration.ZERO);
  }

  private FeedPollProbe(
      PrintWriter err, int feedCount, int itemsPerFeed, int warmUpRounds, Duration compilerWait) {
    this.err = err;
    this.feedCount = feedCount;
    this.itemsPerFeed = itemsPerFeed;
    this.warmUpRounds = warmUpRounds;
    this.compilerWait = compilerWait;
  }

  /**
   * What one measurement gave.
   *
   * @param pollMs the first round's wall clock ({@code feedPollMs})
   * @param repollMs the next round, every feed unchanged ({@code feedRepollMs})
   * @param pollCpuMs the polling thread's CPU time in the first round, negative when the JVM does
   *     not measure it ({@code feedPollCpuMs})
   * @param processCpuMs the whole process's CPU time in the first round (the reader threads,
   *     Lucene's merges, the collector and the local server too), negative when unknown ({@code
   *     feedPollProcessCpuMs}): on an idle machine the round's wall clock is at least this over the
   *     cores
   * @param compileMs the JIT compiler threads' time during the first round, which {@code
   *     processCpuMs} includes ({@code feedPollCompileMs}), negative when the JVM does not say
   * @param items the items the first round took ({@code feedItems})
   * @param paragraphs the paragraphs it indexed ({@code feedParagraphs})
   * @param standInMs the stand-in embedder's own share of the first round
   * @param served the items the feeds served, each new
   * @param taken what the first round reported, for a warning when it did not take every item
   * @param coldPollMs the first untimed round's wall clock, in a JVM that had not run the poller
   *     yet ({@code feedPollColdMs}), or NaN when there was none
   */
  public record Figures(
      double pollMs,
      double repollMs,
      double pollCpuMs,
      double processCpuMs,
      double compileMs,
      int items,
      int paragraphs,
      double standInMs,
      int served,
      PollReport taken,
      double coldPollMs) {
    /** The figures under their bench keys, in the bench's order. */
    public Map<String, Number> keys() {
      Map<String, Number> out = new LinkedHashMap<>();
      out.put("feedPollMs", BenchReport.round(pollMs, 1));
      out.put("feedRepollMs", BenchReport.round(repollMs, 1));
      // The polling thread's CPU time: comparable on a busy machine, where wall clock is not.
      if (pollCpuMs >= 0) out.put("feedPollCpuMs", BenchReport.round(pollCpuMs, 1));
      if (processCpuMs >= 0) out.put("feedPollProcessCpuMs", BenchReport.round(processCpuMs, 1));
      if (compileMs >= 0) out.put("feedPollCompileMs", BenchReport.round(compileMs, 1));
      out.put("feedItems", items);
      out.put("feedParagraphs", paragraphs);
      if (!Double.isNaN(coldPollMs)) out.put("feedPollColdMs", BenchReport.round(coldPollMs, 1));
      return out;
    }

    /**
     * What the model would add, given its time per paragraph ({@code embedMsPerParagraph} of the
     * same run, or null when it was not measured).
     */
    public String modelNote(Number embedMsPerParagraph) {
      return FeedPollProbe.modelNote(embedMsPerParagraph, paragraphs, standInMs, pollMs);
    }

    /** A warning when the round did not take every item served, else null. */
    public String warning() {
      if (items == served) return null;
      return String.format(
          java.util.Locale.ROOT,
          "WARNING: the feed poll took %d items of %d (%s).",
          items,
          served,
          taken);
    }
  }

  @Override
  public void measure(BenchContext context, BenchReport report) throws Exception {
    Figures figures =
        measure(
            context.source(),
            context.seed(),
            Files.createDirectories(context.workDir().resolve("feeds")));
    if (figures.warning() != null) report.note(figures.warning());
    figures.keys().forEach(report::put);
    report.note(figures.modelNote(report.get("embedMsPerParagraph")));
  }

  /**
   * Serves the feeds and pages made of {@code source}'s sentences, polls them in untimed rounds and
   * then in the timed one (and once more, every feed unchanged) and gives the figures; {@code work}
   * holds the rounds' databases, indexes and articles.
   */
  public Figures measure(SourceText source, long seed, Path work) throws Exception {
    err.println(
        "bench: one poll of "
            + feedCount
            + " feeds x "
            + itemsPerFeed
            + " items on a local server, after "
            + warmUpRounds
            + " untimed");
    err.flush();
    // The same round first, untimed, on servers, databases and indexes of their own: a running bot
    // has compiled its code long before its next poll, while a fresh JVM spends most of its first
    // round in the JIT compiler (its wall clock is kept as feedPollColdMs). One round is not enough
    // on two cores: code that runs a thousand times a round reaches the optimising compiler only in
    // later rounds, and a profile found the compiler threads using half the CPU of the second round
    // (about 50 % of 15 s, then 12, 10 and 8 s in the rounds after it). Then the compiler is given
    // time to empty its queue, as the minutes between two polls do.
    Figures cold = null;
    for (int i = 0; i < warmUpRounds; i++) {
      Figures r = round(source, seed, Files.createDirectories(work.resolve("warm-up-" + i)));
      if (cold == null) cold = r;
    }
    Duration waited = compiler.await(COMPILER_QUIET, compilerWait);
    err.printf(
        java.util.Locale.ROOT,
        "bench: timed round after %.1f s waiting for the JIT compiler to go quiet%n",
        waited.toMillis() / 1000.0);
    err.flush();
    Figures warm = round(source, seed, Files.createDirectories(work.resolve("timed")));
    return new Figures(
        warm.pollMs(),
        warm.repollMs(),
        warm.pollCpuMs(),
        warm.processCpuMs(),
        warm.compileMs(),
        warm.items(),
        warm.paragraphs(),
        warm.standInMs(),
        warm.served(),
        warm.taken(),
        cold == null ? Double.NaN : cold.pollMs());
  }

  /**
   * One round (and the next, unchanged) on a new server, state database and index in {@code work}.
   */
  private Figures round(SourceText source, long seed, Path work) throws Exception {
    Random random = new Random(seed);
    List<String> sentences = source.sentences();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    HttpServer server = LoopbackHttp.create(0);
    server.setExecutor(pool);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    String now = RFC1123.format(Instant.now());
    server.createContext(
        "/",
        ex -> {
          try (ex) {
            String path = ex.getRequestURI().getPath();
            if (path.startsWith("/feed/")) {
              if (ex.getRequestHeaders().getFirst("If-None-Match") != null) {
                ex.sendResponseHeaders(304, -1);
                return;
              }
              ex.getResponseHeaders().set("ETag", "\"v1\"");
              send(ex, "application/rss+xml", feed(base, Integer.parseInt(path.substring(6)), now));
            } else if (path.startsWith("/story/")) {
              send(
                  ex,
                  "text/html",
                  page(path, sentences, new Random(path.hashCode() ^ random.nextLong())));
            } else {
              ex.sendResponseHeaders(404, -1);
            }
          }
        });
    server.start();
    // Counts what the round gives the embedder, and the stand-in's own (small) time.
    TimedEmbedder standIn = new TimedEmbedder(new StandInEmbedder("bge-small-en-v1.5-q", 384));
    try (StateDatabase db = StateDatabase.open(work.resolve("data"));
        SearchIndex index = SearchIndex.open(work.resolve("index"), standIn);
        PoliteFetcher fetcher =
            new PoliteFetcher(
                new PoliteFetcher.Settings(
                    "PeaceTalksBot/bench",
                    2_000_000,
                    Duration.ZERO,
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(10),
                    Duration.ofSeconds(30),
                    true),
                Clock.systemUTC())) {
      FeedStore feeds = new FeedStore(db);
      for (int i = 0; i < feedCount; i++)
        feeds.add(base + "/feed/" + i, "Outlet " + i, 1L, Instant.now());
      ArticleStore store =
          new ArticleStore(
              Files.createDirectories(work.resolve("articles")), new ArticleParser(2_000_000));
      // Journalled in the article ledger as the bot's intake is (cli.AdminWiring): duplicates are
      // found by a lookup of the hash, not by reading every article of the index.
      ArticleIntake intake =
          new ArticleIntake(
              store,
              index,
              new LedgerJournal(new ArticleLedger(db), index, Clock.systemUTC()),
              new ReentrantLock());
      FeedPoller poller =
          new FeedPoller(
              feeds,
              fetcher,
              store.parser(),
              intake,
              a -> FeedVerdict.keep(1),
              id -> {},
              Duration.ofMinutes(15),
              Duration.ofDays(7),
              Clock.systemUTC());
      java.lang.management.ThreadMXBean threads =
          java.lang.management.ManagementFactory.getThreadMXBean();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long processStart = processCpuNanos();
      long compileStart = compiler.compileMs();
      long start = System.nanoTime();
      PollReport first = poller.pollAll(true);
      double firstMs = (System.nanoTime() - start) / 1e6;
      double compileMs = compileStart < 0 ? -1 : compiler.compileMs() - compileStart;
      double firstCpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
      double processMs = processStart < 0 ? -1 : (processCpuNanos() - processStart) / 1e6;
      double standInMs = standIn.passageMs();
      int paragraphs = index.stats().paragraphs();
      start = System.nanoTime();
      poller.pollAll(true);
      double againMs = (System.nanoTime() - start) / 1e6;
      return new Figures(
          firstMs,
          againMs,
          firstCpuMs,
          processMs,
          compileMs,
          first.taken(),
          paragraphs,
          standInMs,
          feedCount * itemsPerFeed,
          first,
          Double.NaN);
    } finally {
      server.stop(0);
      pool.shutdownNow();
    }
  }

  /**
   * What the real model would add to the round: the paragraphs it indexed times the model's cost
   * per paragraph measured by the hybrid probe of this run (a product of two measurements, not a
   * third one).
   */
  static String modelNote(
      Number embedMsPerParagraph, int paragraphs, double standInMs, double pollMs) {
    String head =
        String.format(
            java.util.Locale.ROOT,
            "Feed poll: %,.0f ms without the model (the stand-in embedder took %,.0f ms of it) for %,d"
                + " paragraphs indexed; ",
            pollMs,
            standInMs,
            paragraphs);
    if (embedMsPerParagraph == null)
      return head + "the model's time per paragraph was not measured in this run.";
    double modelMs = paragraphs * embedMsPerParagraph.doubleValue();
    return head
        + String.format(
            java.util.Locale.ROOT,
            "embedding them with the model would add about %,.0f ms (%,d x embedMsPerParagraph"
                + " %.2f ms).",
            modelMs,
            paragraphs,
            embedMsPerParagraph.doubleValue());
  }

  private String feed(String base, int n, String date) {
    StringBuilder s =
        new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Outlet ")
            .append(n)
            .append("</title><link>")
            .append(base)
            .append("</link><description>bench</description>");
    for (int i = 0; i < itemsPerFeed; i++) {
      s.append("<item><title>Story ")
          .append(n)
          .append('-')
          .append(i)
          .append("</title><link>")
          .append(base)
          .append("/story/")
          .append(n)
          .append('-')
          .append(i)
          .append("?utm_source=rss</link><description>Teaser.</description>")
          .append("<pubDate>")
          .append(date)
          .append("</pubDate></item>");
    }
    return s.append("</channel></rss>").toString();
  }

  /**
   * A news page of six paragraphs of the source's sentences, with navigation and a footer to drop.
   */
  private static String page(String path, List<String> sentences, Random random) {
    StringBuilder s =
        new StringBuilder("<!DOCTYPE html><html><head><title>")
            .append(path)
            .append(
                "</title><meta property=\"og:site_name\" content=\"Bench News\"></head><body><nav><a href=\"/\">Home</a>"
                    + "<a href=\"/world\">World</a></nav><article><h1>Story ")
            .append(path)
            .append("</h1>");
    for (int p = 0; p < 6; p++) {
      s.append("<p>");
      for (int k = 0; k < 3; k++)
        s.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
      s.append(path).append(" paragraph ").append(p).append(".</p>");
    }
    return s.append("</article><footer>Bench News</footer></body></html>").toString();
  }

  /** CPU time of the whole process so far, or -1 when the JVM does not say. */
  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : -1;
  }

  private static void send(HttpExchange ex, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
    ex.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
