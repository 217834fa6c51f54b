package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.testing.KilledChild;

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
    return KilledChild.killAfter(
        IndexPutLoop.class,
        List.of(folder.toString(), String.valueOf(from)),
        "committed ",
        from,
        delayMs);
  }
}
