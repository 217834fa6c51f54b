package org.peacetalks.corpus;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArticleFeedTest {
  private static final UnreadableReason EMPTY = UnreadableReason.of(UnreadableReason.Kind.EMPTY);

  private static final List<Path> FILES =
      IntStream.range(0, 40).mapToObj(i -> Path.of(String.format("a%02d.txt", i))).toList();

  /**
   * Every fifth file is unreadable; the others take a random moment to parse, so they finish out of
   * order.
   */
  private static ArticleFeed.Outcome read(Path file) {
    String name = file.getFileName().toString();
    int n = Integer.parseInt(name.substring(1, 3));
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(3));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (n % 5 == 4) return new ArticleFeed.Outcome(null, new SkippedFile(name, EMPTY));
    Article a =
        new Article(
            Article.idOf(name),
            "Title " + n,
            null,
            null,
            null,
            name,
            "hash" + n,
            List.of(
                new Paragraph(1, null, "Paragraph " + n), new Paragraph(2, null, "Another " + n)));
    return new ArticleFeed.Outcome(a, null);
  }

  @Test
  void handsOutArticlesInFileOrderAndListsSkippedFilesWithTheirReason() {
    try (ArticleFeed feed = new ArticleFeed(FILES, ArticleFeedTest::read, 3, 8)) {
      List<String> ids = new ArrayList<>();
      for (Article a : feed) ids.add(a.id());
      List<String> expected =
          IntStream.range(0, 40)
              .filter(i -> i % 5 != 4)
              .mapToObj(i -> String.format("a%02d", i))
              .toList();
      assertEquals(expected, ids);
      assertEquals(32, feed.articleCount());
      assertEquals(64, feed.paragraphCount());
      assertEquals(8, feed.skipped().size());
      assertEquals(new SkippedFile("a04.txt", EMPTY), feed.skipped().get(0));
      assertThrows(IllegalStateException.class, feed::iterator, "one pass only");
    }
  }

  @Test
  void parsesNoFurtherAheadThanItsLookahead() throws Exception {
    ConcurrentHashMap.KeySetView<Path, Boolean> started = ConcurrentHashMap.newKeySet();
    AtomicInteger finished = new AtomicInteger();
    Function<Path, ArticleFeed.Outcome> counting =
        f -> {
          started.add(f);
          try {
            return read(f);
          } finally {
            finished.incrementAndGet();
          }
        };
    try (ArticleFeed feed = new ArticleFeed(FILES, counting, 2, 5)) {
      var it = feed.iterator();
      it.next(); // a00: the feed refills to five files ahead
      // Once the parsers are done with what they were given, an unbounded feed would have given
      // them more.
      await().atMost(Duration.ofSeconds(5)).until(() -> finished.get() >= 6);
      assertEquals(6, started.size(), "the taken file and five ahead");
    }
  }
}
