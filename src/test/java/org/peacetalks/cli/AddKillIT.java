package org.peacetalks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.admin.ArticleIntake;
import org.peacetalks.admin.IntakeResult;
import org.peacetalks.config.BotConfig;
import org.peacetalks.config.ConfigLoader;

/**
 * kill -9 of a process in the middle of /adds, then a restart that sends the interrupted /add again
 * (Telegram redelivers an update it never saw confirmed): every article is there once, as a file,
 * in the index and in the digest's ledger.
 */
@Timeout(300)
class AddKillIT {
  static final int ROUNDS = 4;

  @TempDir Path dir;

  @Test
  void aKilledAddLeavesOneCopyAfterTheRestart() throws Exception {
    Files.writeString(dir.resolve("bot.yaml"), "search:\n  semantic: false\n");
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(
        articles.resolve("seed.txt"), "Talks in Geneva\n\nDelegations met in Geneva on Monday.\n");
    BotConfig config =
        new ConfigLoader(Map.of())
            .load(dir.resolve("bot.yaml"), true)
            .withPaths(articles, dir.resolve("index"), dir.resolve("data"));
    try (Services services = Services.open(config)) {
      services.reindexer.rebuild();
    }
    Random random = new Random(20261203L);
    int next = 1;
    for (int round = 0; round < ROUNDS; round++) {
      int inFlight = killDuringAdds(next, random.nextInt(40));
      try (Services services = Services.open(config)) {
        ArticleIntake intake = AdminWiring.intake(services, Clock.systemUTC()); // start-up
        IntakeResult again = intake.addText(AddCrashLoop.article(inFlight)); // the redelivered /add
        assertNotEquals(
            IntakeResult.Outcome.REFUSED, again.outcome(), String.valueOf(again.reason()));
        List<String> files = addedFiles(articles);
        assertEquals(inFlight, files.size(), "round " + round + ": one file per article " + files);
        assertEquals(
            inFlight + 1,
            services.index.stats().articles(),
            "round " + round + ": the seed and one of each");
        assertEquals(List.of(), services.ledger.unfinishedAdds());
        assertEquals(
            inFlight,
            services.ledger.addedBetween(Instant.EPOCH, Instant.now().plusSeconds(60)).size(),
            "one digest entry each");
      }
      next = inFlight + 1;
    }
  }

  private static List<String> addedFiles(Path articles) throws Exception {
    try (Stream<Path> s = Files.list(articles)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("added-"))
          .sorted()
          .toList();
    }
  }

  /**
   * Runs the loop from article {@code from}, kills it {@code delayMs} after an "adding" line;
   * returns that article.
   */
  private int killDuringAdds(int from, int delayMs) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                AddCrashLoop.class.getName(),
                dir.toString(),
                String.valueOf(from)));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    AtomicInteger inFlight = new AtomicInteger(-1);
    CountDownLatch underWay = new CountDownLatch(1);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                  if (!line.startsWith("adding ")) continue;
                  int n = Integer.parseInt(line.substring(7).strip());
                  inFlight.set(n);
                  if (n >= from + 2)
                    underWay.countDown(); // a couple of adds done, this one under way
                }
              } catch (java.io.IOException e) {
                // the child was killed: its output ends here
              }
            },
            "add-crash-loop-output");
    reader.start();
    try {
      assertTrue(underWay.await(120, TimeUnit.SECONDS), "the loop never got going");
      if (delayMs > 0) Thread.sleep(delayMs); // the kill lands somewhere in this add or the next
    } finally {
      child.destroyForcibly(); // SIGKILL
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "a killed child exits");
      reader.join(30_000);
    }
    return inFlight.get();
  }
}
