package org.peacetalks.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedTableTest {
  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);
  private static final Instant T2 = T0.plusSeconds(120);

  @TempDir Path data;
  private final OpenStates states = new OpenStates();

  @AfterEach
  void closeStates() {
    states.close();
  }

  private FeedTable open() throws Exception {
    return new FeedTable(states.open(data));
  }

  private static List<String> urls(List<FeedTable.Row> rows) {
    return rows.stream().map(FeedTable.Row::url).toList();
  }

  @Test
  void everyColumnRoundTripsThroughARestart() throws Exception {
    FeedTable table = open();
    long id = table.insert("https://a.example/rss", "A", false, 42L, T0).orElseThrow().id();
    table.recordFetched(id, "\"e1\"", "Sun, 22 Nov 2026 09:00:00 GMT", "Title", T1);
    table.recordFailed(id, "problem/1|TIMEOUT|0|a.example|", T2.plusSeconds(300), T2);
    table.insertItem(id, "https://a.example/1", "h1", "feed-1", FeedTable.ItemStatus.TAKEN, T1);
    table.insertItem(id, "https://a.example/2", "h2", null, FeedTable.ItemStatus.SKIPPED, T1);

    FeedTable.Row expected =
        new FeedTable.Row(
            id,
            "https://a.example/rss",
            "A",
            false,
            "\"e1\"",
            "Sun, 22 Nov 2026 09:00:00 GMT",
            T2,
            T1,
            "problem/1|TIMEOUT|0|a.example|",
            1,
            T2.plusSeconds(300),
            1,
            1);
    FeedTable again = open();
    assertEquals(Optional.of(expected), again.find(id));
    assertEquals(List.of(expected), again.all());
    assertEquals(Optional.empty(), again.find(id + 1));
  }

  @Test
  void aKnownUrlIsNotInsertedAgain() throws Exception {
    FeedTable table = open();
    FeedTable.Row first = table.insert("https://a.example/rss", null, true, null, T0).orElseThrow();
    assertTrue(first.fromConfig());
    assertNull(first.name());
    assertNull(first.lastFetchAt());

    assertEquals(Optional.empty(), table.insert("https://a.example/rss", "B", false, 7L, T1));
    assertEquals(List.of(first), table.all(), "the stored row is left as it was");
    FeedTable.Row second = table.insert("https://b.example/rss", "B", false, 7L, T1).orElseThrow();
    assertEquals(List.of(first, second), table.all(), "in the order added");
  }

  @Test
  void syncKeepsExactlyTheConfiguredFeedsAndEveryChatOne() throws Exception {
    FeedTable table = open();
    table.syncConfigured(
        List.of(
            new FeedTable.Configured("https://old.example/rss", "Old"),
            new FeedTable.Configured("https://kept.example/rss", "Kept")),
        T0);
    long chat = table.insert("https://chat.example/rss", "Chat", false, 5L, T0).orElseThrow().id();

    table.syncConfigured(
        List.of(
            new FeedTable.Configured("https://kept.example/rss", null),
            new FeedTable.Configured("https://new.example/rss", "New"),
            new FeedTable.Configured("https://chat.example/rss", "Renamed")),
        T1);

    List<FeedTable.Row> rows = table.all();
    assertEquals(
        List.of("https://kept.example/rss", "https://chat.example/rss", "https://new.example/rss"),
        urls(rows));
    assertEquals("Kept", rows.get(0).name(), "no name given keeps the stored one");
    assertTrue(rows.get(2).fromConfig());
    FeedTable.Row chatRow = table.find(chat).orElseThrow();
    assertFalse(chatRow.fromConfig(), "a feed added in a chat stays the chat's");
    assertEquals("Renamed", chatRow.name());

    table.syncConfigured(List.of(), T2);
    assertEquals(List.of("https://chat.example/rss"), urls(table.all()));
  }

  @Test
  void aFetchFillsOnlyAMissingNameAndClearsTheFailures() throws Exception {
    FeedTable table = open();
    long named = table.insert("https://a.example/rss", "Given", false, 1L, T0).orElseThrow().id();
    long blank = table.insert("https://b.example/rss", "", false, 1L, T0).orElseThrow().id();
    table.recordFailed(named, "first", T1.plusSeconds(60), T1);
    table.recordFailed(named, "second", T2.plusSeconds(120), T2);
    FeedTable.Row failed = table.find(named).orElseThrow();
    assertEquals(2, failed.failures());
    assertEquals("second", failed.lastError());
    assertNull(failed.lastOkAt());

    table.recordFetched(named, "e", null, "Feed title", T2);
    table.recordFetched(blank, null, "lm", "Feed title", T2);
    FeedTable.Row ok = table.find(named).orElseThrow();
    assertEquals("Given", ok.name());
    assertEquals(0, ok.failures());
    assertNull(ok.lastError());
    assertNull(ok.backoffUntil());
    assertEquals(T2, ok.lastOkAt());
    assertEquals("Feed title", table.find(blank).orElseThrow().name());

    table.recordFailed(named, "third", T2.plusSeconds(600), T2.plusSeconds(1));
    FeedTable.Row again = table.find(named).orElseThrow();
    assertEquals("e", again.etag(), "a failure keeps the last good validators");
    assertEquals(T2, again.lastOkAt());
  }

  @Test
  void anItemIsRecordedOnceAndCountedAgainstItsFeed() throws Exception {
    FeedTable table = open();
    long a = table.insert("https://a.example/rss", null, false, 1L, T0).orElseThrow().id();
    long b = table.insert("https://b.example/rss", null, false, 1L, T0).orElseThrow().id();
    assertTrue(table.insertItem(a, "https://x/1", "h1", "id1", FeedTable.ItemStatus.TAKEN, T0));
    assertTrue(table.insertItem(a, "https://x/2", "h2", null, FeedTable.ItemStatus.SKIPPED, T1));
    assertTrue(table.insertItem(a, "https://x/3", "h1", null, FeedTable.ItemStatus.DUPLICATE, T1));
    assertTrue(table.insertItem(b, "https://x/4", null, null, FeedTable.ItemStatus.EMPTY, T1));
    assertFalse(
        table.insertItem(b, "https://x/1", "h9", "id9", FeedTable.ItemStatus.TAKEN, T2),
        "a URL seen in another feed is not recorded again");

    FeedTable.Row rowA = table.find(a).orElseThrow();
    assertEquals(1, rowA.taken());
    assertEquals(1, rowA.skipped());
    FeedTable.Row rowB = table.find(b).orElseThrow();
    assertEquals(0, rowB.taken(), "neither a refused item nor an empty one counts");
    assertEquals(0, rowB.skipped());

    assertTrue(table.hasItemAt("https://x/4"));
    assertFalse(table.hasItemAt("https://x/5"));
    assertTrue(table.hasItemWithHash("h2"));
    assertFalse(table.hasItemWithHash("h9"));
    assertEquals(new FeedTable.ItemCounts(1, 1), table.countItemsSince(T0));
    assertEquals(new FeedTable.ItemCounts(0, 1), table.countItemsSince(T1));
    assertEquals(new FeedTable.ItemCounts(0, 0), table.countItemsSince(T2));
  }

  @Test
  void aDeletedFeedLeavesItsItemsKnown() throws Exception {
    FeedTable table = open();
    long a = table.insert("https://a.example/rss", null, false, 1L, T0).orElseThrow().id();
    table.insertItem(a, "https://x/1", "h1", "id1", FeedTable.ItemStatus.TAKEN, T0);
    assertTrue(table.delete(a));
    assertFalse(table.delete(a));
    assertEquals(List.of(), table.all());
    assertTrue(table.hasItemAt("https://x/1"));
    assertEquals(new FeedTable.ItemCounts(1, 0), table.countItemsSince(T0));
  }

  @Test
  void anItemOfAnUnknownFeedLeavesNothing() throws Exception {
    FeedTable table = open();
    assertThrows(
        IOException.class,
        () -> table.insertItem(99L, "https://x/1", "h1", null, FeedTable.ItemStatus.TAKEN, T0));
    assertFalse(table.hasItemAt("https://x/1"));
    assertEquals(new FeedTable.ItemCounts(0, 0), table.countItemsSince(T0));
  }

  @Test
  void aBatchOfItemsIsRecordedWithItsCountsOrNotAtAll() throws Exception {
    FeedTable table = open();
    long a = table.insert("https://a.example/rss", null, false, 1L, T0).orElseThrow().id();
    long b = table.insert("https://b.example/rss", null, false, 1L, T0).orElseThrow().id();
    table.insertItem(a, "https://x/0", "h0", "id0", FeedTable.ItemStatus.TAKEN, T0);

    int inserted =
        table.insertItems(
            List.of(
                new FeedTable.NewItem(
                    a, "https://x/1", "h1", "id1", FeedTable.ItemStatus.TAKEN, T1),
                new FeedTable.NewItem(
                    b, "https://x/2", "h2", "id2", FeedTable.ItemStatus.TAKEN, T1),
                new FeedTable.NewItem(
                    b, "https://x/3", "h1", "id1", FeedTable.ItemStatus.DUPLICATE, T1),
                new FeedTable.NewItem(
                    b, "https://x/0", "h9", "id9", FeedTable.ItemStatus.TAKEN, T1)));

    assertEquals(3, inserted, "a URL recorded before is left alone");
    assertEquals(2, table.find(a).orElseThrow().taken());
    assertEquals(1, table.find(b).orElseThrow().taken(), "neither a duplicate nor a known URL");
    assertTrue(table.hasItemAt("https://x/3"));

    assertThrows(
        IOException.class,
        () ->
            table.insertItems(
                List.of(
                    new FeedTable.NewItem(
                        a, "https://x/4", "h4", "id4", FeedTable.ItemStatus.TAKEN, T2),
                    new FeedTable.NewItem(
                        99L, "https://x/5", "h5", "id5", FeedTable.ItemStatus.TAKEN, T2))));
    assertFalse(table.hasItemAt("https://x/4"), "the whole batch rolled back");
    assertEquals(2, table.find(a).orElseThrow().taken());
  }
}
