package org.peacetalks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.admin.Reindexer;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.ArticleStore;
import org.peacetalks.search.ArticleSummary;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.storage.OpenStates;

class ArticleLedgerTest {
  private static final Instant DAY1 = Instant.parse("2026-11-20T08:00:00Z");
  private static final Instant DAY2 = Instant.parse("2026-11-21T08:00:00Z");
  private static final Instant DAY3 = Instant.parse("2026-11-22T08:00:00Z");

  @TempDir Path data;
  private final OpenStates states = new OpenStates();

  @AfterEach
  void closeStates() {
    states.close();
  }

  /** The ledger on a connection of its own: a second call is a restart, or another process. */
  private ArticleLedger ledger() throws Exception {
    return new ArticleLedger(states.open(data));
  }

  private static ArticleSummary article(String id) {
    return new ArticleSummary(id, "Title " + id, "Source", null, null, 3);
  }

  @Test
  void firstRunIsTheInitialImportAndListsNothingAsNew() throws Exception {
    ArticleLedger ledger = ledger();
    assertFalse(ledger.isStarted());
    assertEquals(List.of(), ledger.recordNew(List.of(article("a"), article("b")), DAY1));
    assertTrue(ledger.isStarted());
    assertTrue(ledger.isInitial("a"));
    assertEquals(DAY1, ledger.addedAt("a").orElseThrow());
    assertEquals(Map.of(), ledger.addedBetween(Instant.EPOCH, DAY3));
  }

  @Test
  void anArticleMarkedNotNewIsNeverListed() throws Exception {
    ArticleLedger ledger = ledger();
    ledger.recordNew(List.of(article("a")), DAY1);
    ledger.recordNew(List.of(article("old-feed-item"), article("fresh")), DAY2);
    assertTrue(ledger.markNotNew("old-feed-item"));
    assertFalse(ledger.markNotNew("never-recorded"));
    assertEquals(Map.of("fresh", DAY2), ledger.addedBetween(DAY1, DAY3));
  }

  @Test
  void emptyFirstRunStillStartsTheLedger() throws Exception {
    ledger().recordNew(List.of(), DAY1);
    assertEquals(
        List.of("c"), ledger().recordNew(List.of(article("c")), DAY2), "after a restart, c is new");
  }

  @Test
  void knownArticlesKeepTheirTimeThroughRestarts() throws Exception {
    ledger().recordNew(List.of(article("a")), DAY1);
    assertEquals(List.of("b"), ledger().recordNew(List.of(article("a"), article("b")), DAY2));
    ArticleLedger restarted = ledger();
    assertEquals(List.of(), restarted.recordNew(List.of(article("a"), article("b")), DAY3));
    assertEquals(Map.of("b", DAY2), restarted.addedBetween(DAY1, DAY3));
    assertEquals(Map.of(), restarted.addedBetween(DAY2, DAY3), "lower bound exclusive");
    assertEquals(Map.of("b", DAY2), restarted.addedBetween(DAY1, DAY2), "upper bound inclusive");
  }

  @Test
  void forgottenArticleIsNewWhenAddedAgain() throws Exception {
    ArticleLedger ledger = ledger();
    ledger.recordNew(List.of(article("a")), DAY1);
    assertTrue(ledger.forget("a"));
    assertFalse(ledger.forget("a"));
    assertEquals(List.of("a"), ledger.recordNew(List.of(article("a")), DAY2));
  }

  @Test
  void entriesWrittenByAnotherProcessAreKept() throws Exception {
    ArticleLedger bot = ledger();
    bot.recordNew(List.of(article("a")), DAY1);
    ArticleLedger cli = ledger(); // e.g. `index` run next to the bot
    cli.recordNew(List.of(article("a"), article("b")), DAY2);
    bot.recordNew(List.of(article("a"), article("c")), DAY3);
    assertEquals(Map.of("b", DAY2, "c", DAY3), ledger().addedBetween(DAY1, DAY3));
  }

  @Test
  void hashesAreLookedUpAndAddsJournalled() throws Exception {
    ArticleLedger ledger = ledger();
    ledger.recordIndexed(Map.of("a", "hash-a"), DAY1);
    assertEquals("a", ledger.articleWithHash("hash-a").orElseThrow());
    assertFalse(ledger.lacksHashes());
    ledger.beginAdd("b", "hash-b", "b.txt", DAY2, Map::of);
    assertEquals(Map.of(), ledger.addedBetween(DAY1, DAY3), "not listed before it is settled");
    assertEquals(
        List.of(new ArticleLedger.PendingAdd("b", "hash-b", "b.txt", DAY2)),
        ledger().unfinishedAdds());
    ledger.finishAdd("b", DAY3);
    assertEquals(
        Map.of("b", DAY3), ledger().addedBetween(DAY2, DAY3), "added when it became visible");
    assertEquals(List.of(), ledger.unfinishedAdds());
    ledger.beginAdd("c", "hash-c", "c.txt", DAY2, Map::of);
    ledger.abandonAdd("c");
    assertTrue(ledger.articleWithHash("hash-c").isEmpty());
  }

  @Test
  void theFirstAddStartsTheLedgerWithTheArticlesIndexedBefore() throws Exception {
    ArticleLedger ledger = ledger();
    ledger.beginAdd("new", "h", "new.txt", DAY2, () -> Map.of("old", "h-old"));
    ledger.finishAdd("new", DAY2);
    assertTrue(ledger.isInitial("old"));
    assertEquals(Map.of("new", DAY2), ledger.addedBetween(DAY1, DAY3));
  }

  /** The real flow: every rebuild of the index records what it found. */
  @Test
  void reindexDoesNotMakeOldArticlesNew(@TempDir Path articles) throws Exception {
    Files.writeString(
        articles.resolve("one.txt"),
        "First article\n\nTalks resumed in Geneva on Monday with both delegations present.\n");
    Files.writeString(
        articles.resolve("two.txt"),
        "Second article\n\nThe ceasefire proposal was discussed by envoys in Moscow.\n");
    AtomicReference<Instant> now = new AtomicReference<>(DAY1);
    ArticleLedger ledger = ledger();
    try (SearchIndex index = SearchIndex.inMemory()) {
      Reindexer reindexer =
          new Reindexer(
              new ArticleStore(articles, new ArticleParser(1_000_000)),
              index,
              Clock.systemUTC(),
              (built, at) -> ledger.recordNew(built.articles(), now.get()));
      reindexer.rebuild();
      now.set(DAY2);
      reindexer.rebuild();
      assertEquals(
          Map.of(), ledger.addedBetween(Instant.EPOCH, DAY3), "seed articles are never new");

      Files.writeString(
          articles.resolve("three.txt"),
          "Third article\n\nA new round of talks was announced for next week in Istanbul.\n");
      reindexer.rebuild();
      now.set(DAY3);
      reindexer.rebuild();
      assertEquals(Map.of("three", DAY2), ledger().addedBetween(Instant.EPOCH, DAY3));
    }
  }
}
