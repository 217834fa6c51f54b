package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a process putting articles one commit at a time, at random moments, then a reopen:
 * every article whose put returned is there, once, without any recovery by the /add journal. The
 * index keeps small new segments in memory until their commit, so this is what shows that a commit
 * still puts them on the disk.
 */
@Timeout(300)
class IndexKillIT {
  static final int ROUNDS = 4;

  @TempDir Path dir;

  @Test
  void everyCommittedArticleSurvivesAKill() throws Exception {
    Path folder = dir.resolve("index");
    try (SearchIndex index = SearchIndex.open(folder)) {
      index.rebuild(List.of());
    }
    Random random = new Random(20261203L);
    int next = 1;
    for (int round = 0; round < ROUNDS; round++) {
      int committed = killDuringPuts(folder, next, random.nextInt(40));
      try (SearchIndex index = SearchIndex.open(folder)) {
        List<String> ids = index.articles().stream().map(ArticleSummary::id).toList();
        for (int n = 1; n <= committed; n++) {
          assertTrue(
              ids.contains(IndexPutLoop.id(n)), "round " + round + ": committed " + n + " lost");
        }
        assertEquals(ids.size(), ids.stream().distinct().count(), "no article twice: " + ids);
        assertTrue(
            ids.size() == committed || ids.size() == committed + 1,
            "round " + round + ": at most the put under way besides, " + ids.size());
        assertEquals(2 * ids.size(), index.stats().paragraphs(), "each article's paragraphs, once");
        next = ids.size() + 1;
      }
    }
  }

  /**
   * Runs the loop from article {@code from}, kills it {@code delayMs} after a few commits; returns
   * the last article whose put had returned.
   */
  private static int killDuringPuts(Path folder, int from, int delayMs) throws Exception {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            IndexPutLoop.class.getName(),
            folder.toString(),
            String.valueOf(from));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    AtomicInteger committed = new AtomicInteger(from - 1);
    CountDownLatch underWay = new CountDownLatch(1);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                  if (!line.startsWith("committed ")) continue;
                  int n = Integer.parseInt(line.substring(10).strip());
                  committed.set(n);
                  if (n >= from + 2) underWay.countDown();
                }
              } catch (java.io.IOException e) {
                // the child was killed: its output ends here
              }
            },
            "index-put-loop-output");
    reader.start();
    try {
      assertTrue(underWay.await(120, TimeUnit.SECONDS), "the loop never got going");
      if (delayMs > 0) Thread.sleep(delayMs); // the kill lands somewhere in a later put
    } finally {
      child.destroyForcibly(); // SIGKILL
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "a killed child exits");
      reader.join(30_000);
    }
    return committed.get();
  }
}
