package org.peacetalks.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peacetalks.bench.botapi.RandomFaults;
import org.peacetalks.telegram.TalksBot;

/**
 * The soak run: many questions through the Telegram path while the {@link LoopbackBotApi}
 * misbehaves on sendMessage and getUpdates (429 with retry_after 1, 500, slow replies, dropped
 * connections). Checks that every question got exactly one delivered answer, that the heap in use
 * after GC did not grow beyond what the bot's bounded caches may hold, and that polling still runs
 * at the end. Bounded: questions are offered at most {@value #IN_FLIGHT} ahead of the answers, and
 * every wait has a deadline. The bot keeps no send limit (the production limiter would only make
 * the run last 25 times longer) and no flood control.
 */
public final class SoakRun {
  /** The misbehaviour injected: per call, 2% 429, 2% 500, 2% dropped, 5% delayed up to 300 ms. */
  public static final RandomFaults.Chances FAULTS =
      new RandomFaults.Chances(0.02, 0.02, 0.05, 0.02, Duration.ofMillis(300));

  private static final int CHATS = 100;
  private static final int IN_FLIGHT = 400;

  /** Questions answered before the first heap reading, so the JIT, pools and lanes are set up. */
  private static final int WARM_UP = 300;

  /**
   * Growth allowed: the bot keeps each answer's passages for its buttons (ButtonStates, up to
   * {@value #BUTTON_STATES} answers for 48 h), about 5 KB an answer here (a heap histogram of a
   * 30,000-question run shows ~19,000 entries holding ~57,000 passages); past that it must level
   * off, and anything beyond it is a leak.
   */
  static final double ALLOWED_KB_PER_QUESTION = 8;

  private static final int BUTTON_STATES = 20_000;
  private static final double ALLOWED_SLACK_MB = 16;

  /** What the run found; {@link #failures()} empty when every check passed. */
  public record Result(
      int questions,
      int delivered,
      int missing,
      int repeated,
      int unmatched,
      RandomFaults.Counts faults,
      double heapStartMb,
      double heapEndMb,
      long pollsAtEnd,
      double seconds,
      List<String> failures) {
    public Result {
      failures = List.copyOf(failures);
    }

    public boolean passed() {
      return failures.isEmpty();
    }

    /** A few lines for people. */
    public String describe() {
      return String.format(
          Locale.ROOT,
          "soak: %,d questions in %.0f s; %,d answers delivered, %d missing, %d repeated, %d unmatched;%n"
              + "soak: faults injected: %,d x 429, %,d x 500, %,d dropped connections, %,d slow replies;%n"
              + "soak: heap after GC %.1f MB after warm-up, %.1f MB at the end; %,d getUpdates calls in all; %s",
          questions,
          seconds,
          delivered,
          missing,
          repeated,
          unmatched,
          faults.tooManyRequests(),
          faults.serverErrors(),
          faults.dropped(),
          faults.slow(),
          heapStartMb,
          heapEndMb,
          pollsAtEnd,
          failures.isEmpty() ? "PASSED" : "FAILED: " + String.join("; ", failures));
    }
  }

  private final BenchEngine engine;
  private final PrintWriter progress;

  public SoakRun(BenchEngine engine, PrintWriter progress) {
    this.engine = engine;
    this.progress = progress;
  }

  /** A bot with no send limits, talking to {@code api}, keeping its state in {@code dataDir}. */
  private TalksBot botOn(LoopbackBotApi api, Path dataDir) throws IOException {
    return BenchBots.create(
        EndToEndProbe.TOKEN,
        api.url(),
        dataDir,
        engine.searcher,
        engine.index,
        BenchBots.Limits.NONE);
  }

  /**
   * Asks {@code questions} questions (cycling through {@code asked}) with the bot's state in {@code
   * dataDir}.
   */
  public Result run(int questions, List<String> asked, Path dataDir) throws Exception {
    if (questions < 1 || asked.isEmpty()) throw new IllegalArgumentException("nothing to ask");
    Files.createDirectories(dataDir);
    List<String> failures = new ArrayList<>();
    long start = System.nanoTime();
    try (LoopbackBotApi api =
            new LoopbackBotApi(EndToEndProbe.TOKEN, FAULTS, Duration.ofMillis(500));
        TalksBot bot = botOn(api, dataDir)) {
      bot.start();
      List<Integer> ids = new ArrayList<>(questions);
      double heapStart = Double.NaN;
      int warmUp = Math.min(WARM_UP, questions / 5);
      long lastReport = System.nanoTime();
      for (int i = 0; i < questions; i++) {
        if (i == warmUp) {
          if (!api.awaitAllAnswered(Duration.ofSeconds(120)))
            failures.add("warm-up answers missing");
          heapStart = HeapMeter.usedMbAfterGc();
        }
        awaitBelow(api, IN_FLIGHT);
        // Groups, asked with /ask: their answers quote the question, so each is matched exactly.
        long chat = -1_000_000_000_000L - (i % CHATS);
        ids.add(api.offer(chat, "/ask " + asked.get(i % asked.size())));
        if (System.nanoTime() - lastReport > 10_000_000_000L) {
          lastReport = System.nanoTime();
          progress.printf(
              Locale.ROOT,
              "soak: %,d of %,d questions offered, %,d answered%n",
              i,
              questions,
              api.delivered());
          progress.flush();
        }
      }
      if (!api.awaitAllAnswered(Duration.ofSeconds(120)))
        failures.add(api.unanswered() + " questions unanswered");
      // A few more seconds for late repeats (a retry after a timeout) to show up.
      Thread.sleep(2_000);
      long pollsBefore = api.polls();
      Thread.sleep(1_500);
      if (api.polls() == pollsBefore) failures.add("polling stopped: no getUpdates in 1.5 s");
      int sentinel = api.offer(-1_000_000_000_000L, "/ask Who met in Istanbul?");
      if (!api.awaitAllAnswered(Duration.ofSeconds(30)) || api.answersTo(sentinel) != 1) {
        failures.add("a question asked after the run was not answered: the poll loop stopped");
      }
      double heapEnd = HeapMeter.usedMbAfterGc();
      Tally tally = Tally.of(api, ids);
      int missing = tally.missing();
      int repeats = tally.repeats();
      if (missing > 0) failures.add(missing + " questions got no answer");
      if (repeats > 0 || api.repeated() > 0)
        failures.add(repeats + " questions answered more than once");
      if (api.unmatched() > 0) failures.add(api.unmatched() + " messages answered no question");
      double allowed =
          ALLOWED_SLACK_MB + ALLOWED_KB_PER_QUESTION * Math.min(questions, BUTTON_STATES) / 1024;
      if (!Double.isNaN(heapStart) && heapEnd - heapStart > allowed) {
        failures.add(
            String.format(
                Locale.ROOT, "heap grew %.1f MB (allowed %.1f MB)", heapEnd - heapStart, allowed));
      }
      return new Result(
          questions,
          api.delivered() - 1,
          missing,
          repeats,
          api.unmatched(),
          api.faultCounts(),
          heapStart,
          heapEnd,
          api.polls(),
          (System.nanoTime() - start) / 1e9,
          failures);
    }
  }

  /**
   * What the outage round found; {@link #failures()} empty when every question got exactly one
   * answer.
   */
  public record OutageResult(
      int questions,
      Duration outage,
      int refusedDuringOutage,
      int missing,
      int repeated,
      double secondsToLastAnswer,
      List<String> failures) {
    public OutageResult {
      failures = List.copyOf(failures);
    }

    public String describe() {
      return String.format(
          Locale.ROOT,
          "soak outage: %,d questions from %d groups, Bot API down %d s from the first answer (%,d requests refused);"
              + " %d missing, %d repeated; last answer %.1f s after the questions; %s",
          questions,
          CHATS,
          outage.toSeconds(),
          refusedDuringOutage,
          missing,
          repeated,
          secondsToLastAnswer,
          failures.isEmpty() ? "PASSED" : "FAILED: " + String.join("; ", failures));
    }
  }

  /**
   * The outage round: {@code questions} questions offered at once, and the Bot API down for {@code
   * outage} from the first answer on (every request answered 502, as by a proxy in front of it).
   * Every question must get exactly one answer after it comes back.
   */
  public OutageResult runOutage(int questions, List<String> asked, Path dataDir, Duration outage)
      throws Exception {
    Files.createDirectories(dataDir);
    List<String> failures = new ArrayList<>();
    try (LoopbackBotApi api =
            new LoopbackBotApi(
                EndToEndProbe.TOKEN, RandomFaults.Chances.NONE, Duration.ofMillis(500));
        TalksBot bot = botOn(api, dataDir)) {
      bot.start();
      api.outageOnNextSend(outage);
      long start = System.nanoTime();
      List<Integer> ids = new ArrayList<>(questions);
      for (int i = 0; i < questions; i++) {
        ids.add(
            api.offer(-1_000_000_000_000L - (i % CHATS), "/ask " + asked.get(i % asked.size())));
      }
      if (!api.awaitAllAnswered(outage.plusMinutes(3)))
        failures.add(api.unanswered() + " questions unanswered");
      double seconds = (System.nanoTime() - start) / 1e9;
      Thread.sleep(2_000); // late repeats would show up here
      Tally tally = Tally.of(api, ids);
      int missing = tally.missing();
      int repeats = tally.repeats();
      if (missing > 0) failures.add(missing + " questions got no answer");
      if (repeats > 0) failures.add(repeats + " questions answered more than once");
      if (api.outageRefused() == 0) failures.add("the outage never started");
      return new OutageResult(
          questions, outage, api.outageRefused(), missing, repeats, seconds, failures);
    }
  }

  private static void awaitBelow(LoopbackBotApi api, int inFlight) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (api.unanswered() >= inFlight) {
      if (System.nanoTime() > deadline)
        throw new IllegalStateException("no answer for 120 s: the bot is stuck");
      Thread.sleep(5);
    }
  }

  /** How many of the questions got no answer, and how many more than one. */
  private record Tally(int missing, int repeats) {
    static Tally of(LoopbackBotApi api, List<Integer> ids) {
      int missing = 0;
      int repeats = 0;
      for (int id : ids) {
        int n = api.answersTo(id);
        if (n == 0) missing++;
        if (n > 1) repeats++;
      }
      return new Tally(missing, repeats);
    }
  }
}
