package org.peacetalks.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.peacetalks.config.BotConfig;
import org.peacetalks.digest.SubscriptionStore;
import org.peacetalks.search.IndexStats;
import org.peacetalks.storage.StateDatabase;

/**
 * kill -9 at random moments of a real process, then a restart: a {@link CrashLoop} child JVM
 * rebuilds the index (or rewrites the subscriptions file) in a loop and is killed with SIGKILL
 * after a random delay; then the index must open and answer with every paragraph of the last
 * complete rebuild, and the subscriptions file must load (not corrupt, not moved aside). Each
 * round's child starts from what the previous one left, so it is also a restart on that state.
 */
public final class KillRestartCheck {
  /** What was found; {@link #failures()} empty when every round passed. */
  public record Result(int reindexKills, int subscriptionKills, List<String> failures) {
    public Result {
      failures = List.copyOf(failures);
    }

    public String describe() {
      return String.format(
          Locale.ROOT,
          "kill -9: %d kills during a reindex, %d during subscription writes; %s",
          reindexKills,
          subscriptionKills,
          failures.isEmpty() ? "PASSED" : "FAILED: " + String.join("; ", failures));
    }
  }

  private final BotConfig config;
  private final Random random;

  public KillRestartCheck(BotConfig config, long seed) {
    this.config = config;
    this.random = new Random(seed);
  }

  /**
   * @param articles a corpus folder whose rebuild takes long enough to be killed in the middle (a
   *     few thousand paragraphs)
   * @param question a question the corpus answers
   */
  public Result run(Path articles, String question, Path work, int rounds) throws Exception {
    List<String> failures = new ArrayList<>();
    Path indexDir = work.resolve("killed-index");
    Path dataDir = Files.createDirectories(work.resolve("killed-data"));
    int expected = -1;
    for (int round = 0; round < rounds; round++) {
      killDuringLoop(
          List.of("reindex", articles.toString(), indexDir.toString()), "rebuilt", 1_500);
      try (BenchEngine engine = BenchEngine.open(config, articles, indexDir, null)) {
        IndexStats stats = engine.index.stats();
        if (expected < 0) expected = stats.paragraphs();
        if (stats.paragraphs() != expected || expected == 0) {
          failures.add(
              "round "
                  + round
                  + ": the index has "
                  + stats.paragraphs()
                  + " paragraphs, not "
                  + expected);
        }
        if (engine.searcher.answer(question).passages().isEmpty()) {
          failures.add("round " + round + ": the index does not answer '" + question + "'");
        }
      } catch (Exception e) {
        failures.add("round " + round + ": the index does not open: " + e);
      }
    }
    for (int round = 0; round < rounds; round++) {
      killDuringLoop(List.of("subscriptions", dataDir.toString()), "written", 300);
      try (StateDatabase db = StateDatabase.open(dataDir)) { // runs the integrity check
        SubscriptionStore store = SubscriptionStore.open(db, Clock.systemUTC());
        if (store.size() == 0) failures.add("round " + round + ": no subscriptions left");
      } catch (Exception e) {
        failures.add("round " + round + ": the subscriptions do not load: " + e);
      }
    }
    return new Result(rounds, rounds, failures);
  }

  private static void drain(BufferedReader out) {
    try {
      while (out.readLine() != null) {
        // the child's progress lines are not needed past the first
      }
    } catch (java.io.IOException e) {
      // the child was killed: its output ends here
    }
  }

  /**
   * Starts the loop, waits for its first completed write (so there is a previous state to keep),
   * then kills it after up to {@code maxDelayMillis}.
   */
  private void killDuringLoop(List<String> args, String doneWord, int maxDelayMillis)
      throws Exception {
    Process child =
        new ProcessBuilder(ChildJvm.command(CrashLoop.class, args))
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = out.readLine()) != null && !line.startsWith(doneWord)) {
        // log lines of the child; the first completed write is what we wait for
      }
      if (line == null)
        throw new IllegalStateException("the " + args.get(0) + " loop died before its first write");
      Thread drain =
          new Thread(() -> drain(out), "crash-loop-output"); // a full pipe would stall the child
      drain.setDaemon(true);
      drain.start();
      Thread.sleep(random.nextInt(maxDelayMillis));
    } finally {
      child.destroyForcibly(); // SIGKILL
      if (!child.waitFor(30, TimeUnit.SECONDS))
        throw new IllegalStateException("a killed child did not exit");
    }
  }
}
