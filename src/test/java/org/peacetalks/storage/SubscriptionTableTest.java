package org.peacetalks.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubscriptionTableTest {
  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

  @TempDir Path data;
  private final OpenStates states = new OpenStates();

  @AfterEach
  void closeStates() {
    states.close();
  }

  private SubscriptionTable open() throws Exception {
    return new SubscriptionTable(states.open(data));
  }

  private static SubscriptionTable.Row row(long chat) {
    return new SubscriptionTable.Row(chat, null, LocalTime.of(9, 0), T0, null, null, null);
  }

  @Test
  void everyColumnRoundTripsThroughARestart() throws Exception {
    SubscriptionTable table = open();
    SubscriptionTable.Row full =
        new SubscriptionTable.Row(
            -100123L, 42, LocalTime.of(8, 30), T0, DAY, T0.plusSeconds(1), "uk");
    table.upsert(-100123L, old -> full);
    table.upsert(5L, old -> row(5L));

    SubscriptionTable again = open();
    assertEquals(Optional.of(full), again.find(-100123L));
    assertEquals(Optional.of(row(5L)), again.find(5L));
    assertEquals(List.of(full, row(5L)), again.all());
    assertEquals(2, again.count());
  }

  @Test
  void upsertSeesTheStoredRowAndRefusesToChangeTheChat() throws Exception {
    SubscriptionTable table = open();
    SubscriptionTable.Upserted first = table.upsert(7L, old -> row(7L));
    assertNull(first.before());
    SubscriptionTable.Upserted second =
        table.upsert(
            7L,
            old ->
                new SubscriptionTable.Row(
                    7L, 3, LocalTime.of(10, 0), old.subscribedAt(), DAY, null, "en"));
    assertEquals(row(7L), second.before());
    assertEquals(LocalTime.of(10, 0), table.find(7L).orElseThrow().time());

    assertThrows(IllegalArgumentException.class, () -> table.upsert(7L, old -> row(8L)));
    assertEquals(second.after(), table.find(7L).orElseThrow(), "the failed change left nothing");
    assertEquals(Optional.empty(), table.find(8L));
  }

  @Test
  void claimsAndSendsTouchOnlyTheChatsNamed() throws Exception {
    SubscriptionTable table = open();
    table.upsert(1L, old -> row(1L));
    table.upsert(2L, old -> row(2L));
    table.upsert(3L, old -> row(3L));

    assertEquals(Set.of(1L, 2L), table.claimDigests(List.of(1L, 2L, 99L), DAY));
    assertEquals(List.of(row(3L)), table.unsettledOn(DAY));
    assertNull(table.find(1L).orElseThrow().lastDigestAt(), "a claim leaves the period as it was");

    table.recordDigestsSent(Map.of(1L, T0, 99L, T0), DAY);
    assertEquals(T0, table.find(1L).orElseThrow().lastDigestAt());
    assertNull(table.find(2L).orElseThrow().lastDigestAt());
    assertEquals(Optional.empty(), table.find(99L));
  }

  @Test
  void markWithoutATimeKeepsTheStoredOne() throws Exception {
    SubscriptionTable table = open();
    table.upsert(1L, old -> row(1L));
    assertTrue(table.markDigest(1L, DAY, T0));
    assertTrue(table.markDigest(1L, DAY.plusDays(1), null));
    assertEquals(T0, table.find(1L).orElseThrow().lastDigestAt());
    assertEquals(DAY.plusDays(1), table.find(1L).orElseThrow().lastDigestDate());
    assertFalse(table.markDigest(2L, DAY, T0));
  }

  @Test
  void releaseRestoresTheDayOnlyIfUnchangedSince() throws Exception {
    SubscriptionTable table = open();
    table.upsert(1L, old -> row(1L));
    table.markDigest(1L, DAY, null);
    table.releaseDigest(1L, DAY, null);
    assertNull(table.find(1L).orElseThrow().lastDigestDate());

    table.markDigest(1L, DAY.plusDays(1), null);
    table.releaseDigest(1L, DAY, null);
    assertEquals(DAY.plusDays(1), table.find(1L).orElseThrow().lastDigestDate());
  }

  @Test
  void moveKeepsARowTheNewIdHasAndDropsTheOld() throws Exception {
    SubscriptionTable table = open();
    assertEquals(new SubscriptionTable.Moved(null, false), table.move(1L, 2L));

    table.upsert(1L, old -> row(1L));
    SubscriptionTable.Moved moved = table.move(1L, 2L);
    assertTrue(moved.moved());
    assertEquals(2L, moved.now().chatId());
    assertEquals(Optional.empty(), table.find(1L));

    table.upsert(3L, old -> row(3L));
    SubscriptionTable.Moved kept = table.move(3L, 2L);
    assertFalse(kept.moved());
    assertEquals(moved.now(), kept.now());
    assertEquals(Optional.empty(), table.find(3L));
    assertTrue(table.delete(2L));
    assertFalse(table.delete(2L));
    assertEquals(0, table.count());
  }
}
