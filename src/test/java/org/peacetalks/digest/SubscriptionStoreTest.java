package org.peacetalks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.storage.OpenStates;

class SubscriptionStoreTest {
  private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

  @TempDir Path data;
  private final OpenStates states = new OpenStates();

  @AfterEach
  void closeStates() {
    states.close();
  }

  /** The store on a connection of its own: a second call is a restart. */
  private SubscriptionStore open() throws Exception {
    return SubscriptionStore.open(states.open(data), CLOCK);
  }

  @Test
  void subscriptionsSurviveARestart() throws Exception {
    SubscriptionStore store = open();
    store.subscribe(-100123L, 42, LocalTime.of(8, 30));
    store.subscribe(555L, null, LocalTime.of(9, 0));
    store.markDigest(555L, LocalDate.of(2026, 11, 22), T0);

    SubscriptionStore again = open();
    assertEquals(store.all(), again.all());
    Subscription group = again.get(-100123L).orElseThrow();
    assertEquals(42, group.messageThreadId());
    assertEquals(LocalTime.of(8, 30), group.time());
    assertEquals(T0, group.subscribedAt());
    assertTrue(group.isGroup());
    assertEquals(LocalDate.of(2026, 11, 22), again.get(555L).orElseThrow().lastDigestDate());
    assertEquals(T0, again.get(555L).orElseThrow().lastDigestAt());
  }

  @Test
  void theDigestsLanguageIsKeptAndChangedByASecondSubscribe() throws Exception {
    SubscriptionStore store = open();
    store.subscribe(9L, null, LocalTime.of(9, 0), "uk");
    assertEquals("uk", open().get(9L).orElseThrow().language());
    store.subscribe(9L, null, LocalTime.of(10, 0));
    assertEquals(
        "uk", open().get(9L).orElseThrow().language(), "no language given: the stored one stays");
    store.subscribe(9L, null, LocalTime.of(10, 0), "ru");
    assertEquals("ru", store.get(9L).orElseThrow().language());
    store.migrate(9L, 10L);
    assertEquals("ru", store.get(10L).orElseThrow().language());
  }

  @Test
  void unsettledListsOnlyChatsWhoseDayIsOpen() throws Exception {
    SubscriptionStore store = open();
    store.subscribe(1L, null, LocalTime.NOON);
    store.subscribe(2L, null, LocalTime.NOON);
    store.subscribe(3L, null, LocalTime.NOON);
    store.markDigest(1L, LocalDate.of(2026, 11, 22), T0);
    store.markDigest(2L, LocalDate.of(2026, 11, 21), T0);
    assertEquals(
        List.of(2L, 3L),
        store.unsettledOn(LocalDate.of(2026, 11, 22)).stream().map(Subscription::chatId).toList());
  }

  @Test
  void resubscribingChangesTimeAndTopicButKeepsHistory() throws Exception {
    SubscriptionStore store = open();
    store.subscribe(7L, null, LocalTime.of(9, 0));
    store.markDigest(7L, LocalDate.of(2026, 11, 22), T0);
    Subscription changed = store.subscribe(7L, 3, LocalTime.of(18, 0));
    assertEquals(
        new Subscription(7L, 3, LocalTime.of(18, 0), T0, LocalDate.of(2026, 11, 22), T0), changed);
  }

  @Test
  void markingWithoutASendKeepsTheLastSentTime() throws Exception {
    SubscriptionStore store = open();
    store.subscribe(7L, null, LocalTime.of(9, 0));
    store.markDigest(7L, LocalDate.of(2026, 11, 22), T0);
    store.markDigest(7L, LocalDate.of(2026, 11, 23), null);
    Subscription s = store.get(7L).orElseThrow();
    assertEquals(LocalDate.of(2026, 11, 23), s.lastDigestDate());
    assertEquals(T0, s.lastDigestAt());
    assertFalse(store.markDigest(8L, LocalDate.of(2026, 11, 23), T0), "not subscribed");
  }

  @Test
  void migrateMovesTheSubscriptionToTheNewId() throws Exception {
    SubscriptionStore store = open();
    store.subscribe(-123L, null, LocalTime.of(7, 15));
    Subscription moved = store.migrate(-123L, -100123L).orElseThrow();
    assertEquals(-100123L, moved.chatId());
    assertEquals(LocalTime.of(7, 15), moved.time());
    assertTrue(store.get(-123L).isEmpty());
    assertEquals(List.of(moved), open().all(), "persisted");
  }

  @Test
  void migrateKeepsAnExistingSubscriptionOfTheNewId() throws Exception {
    SubscriptionStore store = open();
    store.subscribe(-123L, null, LocalTime.of(7, 15));
    store.subscribe(-100123L, null, LocalTime.of(20, 0));
    assertEquals(LocalTime.of(20, 0), store.migrate(-123L, -100123L).orElseThrow().time());
    assertEquals(1, store.size());
    assertTrue(store.migrate(-5L, -1005L).isEmpty(), "nothing to move");
  }

  @Test
  void removeAndUnsubscribe() throws Exception {
    SubscriptionStore store = open();
    store.subscribe(1L, null, LocalTime.NOON);
    store.subscribe(2L, null, LocalTime.NOON);
    assertTrue(store.unsubscribe(1L));
    assertFalse(store.unsubscribe(1L));
    assertTrue(store.remove(2L, "403 bot was blocked by the user"));
    assertFalse(store.remove(2L, "again"));
    assertEquals(List.of(), open().all());
  }

  @Test
  void newSubscriptionStartsWithoutHistory() throws Exception {
    Subscription s = open().subscribe(9L, null, LocalTime.of(9, 0));
    assertNull(s.lastDigestDate());
    assertNull(s.lastDigestAt());
    assertFalse(s.isGroup());
  }

  @Test
  void aClaimSettlesTheDayAndKeepsThePeriodUntilTheSendIsRecorded() throws Exception {
    SubscriptionStore store = open();
    store.subscribe(1L, null, LocalTime.NOON);
    store.subscribe(2L, null, LocalTime.NOON);
    LocalDate before = LocalDate.of(2026, 11, 21);
    store.markDigest(1L, before, T0.minusSeconds(86_400));
    LocalDate day = LocalDate.of(2026, 11, 22);

    assertEquals(
        java.util.Set.of(1L, 2L),
        store.claimDigests(java.util.List.of(1L, 2L, 3L), day),
        "3 is not subscribed");
    SubscriptionStore restarted = open();
    assertEquals(day, restarted.get(1L).orElseThrow().lastDigestDate());
    assertEquals(
        T0.minusSeconds(86_400), restarted.get(1L).orElseThrow().lastDigestAt(), "not sent yet");
    assertEquals(
        java.util.List.of(), restarted.unsettledOn(day), "claimed: not due again that day");

    restarted.recordDigestsSent(java.util.Map.of(1L, T0), day);
    restarted.releaseDigest(2L, day, null); // its send failed
    assertEquals(T0, open().get(1L).orElseThrow().lastDigestAt());
    assertEquals(
        java.util.List.of(2L), open().unsettledOn(day).stream().map(Subscription::chatId).toList());
    restarted.releaseDigest(1L, before, null); // a release names the claimed day: this one is not
    assertEquals(day, open().get(1L).orElseThrow().lastDigestDate());
  }
}
