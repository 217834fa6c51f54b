package org.peacetalks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.admin.ArticleIntake;
import org.peacetalks.admin.IntakeResult;
import org.peacetalks.config.BotConfig;
import org.peacetalks.config.ConfigLoader;
import org.peacetalks.testing.KilledChild;

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
    return KilledChild.killAfter(
        AddCrashLoop.class,
        List.of(dir.toString(), String.valueOf(from)),
        "adding ",
        from,
        delayMs);
  }
}
