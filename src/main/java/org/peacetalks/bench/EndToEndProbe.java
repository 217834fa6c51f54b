package org.peacetalks.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import org.peacetalks.bench.botapi.RandomFaults;
import org.peacetalks.telegram.TalksBot;

/**
 * End to end through the Telegram path: the real TelegramBots poller and OkHttp client, the bot's
 * ledger, lanes, searcher, formatter and sender, against a {@link LoopbackBotApi}. 1,000 questions
 * from 100 private chats, twice per configuration:
 *
 * <ul>
 *   <li>a burst (all offered at once): answers/s, from the first offer to the last answer;
 *   <li>a paced run (offered at a steady rate below capacity): latency from the update being
 *       offered to getUpdates to its sendMessage arriving, p50 and p99.
 * </ul>
 *
 * With the production rate limiter (25 messages/s overall: what Telegram allows, so the real
 * ceiling) the figures are {@code e2e…}; without any limiter, which shows what the bot itself can
 * do, they are {@code e2eUnlimited…}. Per-user flood control is off in both.
 */
public final class EndToEndProbe implements Probe {
  static final String TOKEN = "123456:bench-token-not-a-secret-xxxxxxxxxx";
  private static final int QUESTIONS = 1_000;
  private static final int CHATS = 100;
  private static final int WARM_UP = 300;

  /** Paced rates: below the limiter's 25/s; the target rate without it. */
  private static final double PACED_LIMITED = 20;

  private static final double PACED_UNLIMITED = 300;

  private final BenchEngine engine;

  /**
   * @param engine the lexical engine over the bench's corpus, left open
   */
  public EndToEndProbe(BenchEngine engine) {
    this.engine = engine;
  }

  @Override
  public void measure(BenchContext context, BenchReport report) throws Exception {
    List<String> questions = context.questions().questions();
    Figures unlimited =
        run(
            BenchBots.Limits.NONE,
            PACED_UNLIMITED,
            questions,
            context.workDir().resolve("e2e-none"));
    Figures limited =
        run(
            BenchBots.Limits.TELEGRAM,
            PACED_LIMITED,
            questions,
            context.workDir().resolve("e2e-telegram"));
    report.put("e2eAnswersPerSec", BenchReport.round(limited.answersPerSec(), 1));
    report.put("e2eP50Ms", BenchReport.round(limited.p50Ms(), 2));
    report.put("e2eP99Ms", BenchReport.round(limited.p99Ms(), 2));
    report.put("e2eUnlimitedAnswersPerSec", BenchReport.round(unlimited.answersPerSec(), 1));
    report.put("e2eUnlimitedP50Ms", BenchReport.round(unlimited.p50Ms(), 2));
    report.put("e2eUnlimitedP99Ms", BenchReport.round(unlimited.p99Ms(), 2));
    report.note(
        String.format(
            Locale.ROOT,
            "End to end: %,d questions from %d private chats through TelegramBots against a loopback fake Bot API;"
                + " answers/s from a burst, latency (offer to sendMessage) at %.0f/s with the production rate limiter"
                + " (25 msg/s, Telegram's own ceiling is about 30) and at %.0f/s without it (e2eUnlimited…);"
                + " flood control off.",
            QUESTIONS,
            CHATS,
            PACED_LIMITED,
            PACED_UNLIMITED));
  }

  record Figures(double answersPerSec, double p50Ms, double p99Ms) {}

  private Figures run(
      BenchBots.Limits limits, double pacedRate, List<String> questions, Path dataDir)
      throws Exception {
    Files.createDirectories(dataDir);
    try (LoopbackBotApi api =
            new LoopbackBotApi(TOKEN, RandomFaults.Chances.NONE, Duration.ofSeconds(1));
        TalksBot bot =
            BenchBots.create(TOKEN, api.url(), dataDir, engine.searcher, engine.index, limits)) {
      bot.start();
      Duration patience = Duration.ofSeconds(limits == BenchBots.Limits.TELEGRAM ? 120 : 60);
      // Warm-up: the JIT, the connection pool and the lanes' threads.
      burst(api, questions, WARM_UP, 0, patience);
      api.takeLatency();
      long start = System.nanoTime();
      burst(api, questions, QUESTIONS, WARM_UP, patience);
      double perSec = QUESTIONS / ((api.lastDeliveryNanos() - start) / 1e9);
      api.takeLatency();
      pace(api, questions, QUESTIONS, WARM_UP + QUESTIONS, pacedRate);
      if (!api.awaitAllAnswered(patience))
        throw new IllegalStateException(api.unanswered() + " questions unanswered");
      LatencySample latency = api.takeLatency();
      if (api.repeated() + api.unmatched() > 0) {
        throw new IllegalStateException(
            "answers repeated: " + api.repeated() + ", unmatched: " + api.unmatched());
      }
      return new Figures(perSec, latency.percentileMs(50), latency.percentileMs(99));
    }
  }

  private static void burst(
      LoopbackBotApi api, List<String> questions, int n, int from, Duration patience)
      throws InterruptedException {
    for (int i = 0; i < n; i++)
      api.offer(1 + (i % CHATS), questions.get((from + i) % questions.size()));
    if (!api.awaitAllAnswered(patience))
      throw new IllegalStateException(api.unanswered() + " questions unanswered");
  }

  /** Offers at a steady rate (open loop: the schedule does not wait for answers). */
  private static void pace(
      LoopbackBotApi api, List<String> questions, int n, int from, double perSec) {
    long interval = (long) (1e9 / perSec);
    long next = System.nanoTime();
    for (int i = 0; i < n; i++) {
      long wait = next - System.nanoTime();
      if (wait > 0) LockSupport.parkNanos(wait);
      api.offer(1 + (i % CHATS), questions.get((from + i) % questions.size()));
      next += interval;
    }
  }
}
