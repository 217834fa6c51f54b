package org.peacetalks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.storage.OpenStates;

class DigestSchedulerTest {
  static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

  @TempDir Path data;
  private final OpenStates states = new OpenStates();

  @AfterEach
  void closeStates() {
    states.close();
  }

  private static Instant kyiv(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(KYIV).toInstant();
  }

  private SubscriptionStore store(Instant subscribedAt) throws Exception {
    return SubscriptionStore.open(states.open(data), new MutableClock(subscribedAt));
  }

  private DigestScheduler scheduler(SubscriptionStore store) {
    return new DigestScheduler(store, KYIV, new MutableClock(Instant.EPOCH));
  }

  @Test
  void firstDigestIsAtTheFirstSendTimeAfterSubscribing() throws Exception {
    SubscriptionStore store = store(kyiv("2026-11-22T08:00"));
    DigestScheduler scheduler = scheduler(store);
    Subscription early = store.subscribe(1L, null, LocalTime.of(9, 0));
    assertEquals(
        ZonedDateTime.parse("2026-11-22T09:00+02:00[Europe/Kyiv]"),
        scheduler.nextSend(early, kyiv("2026-11-22T08:00")));
    assertFalse(scheduler.isDue(early, kyiv("2026-11-22T08:59")));
    assertTrue(scheduler.isDue(early, kyiv("2026-11-22T09:00")));

    Subscription late = store.subscribe(2L, null, LocalTime.of(7, 0));
    assertFalse(
        scheduler.isDue(late, kyiv("2026-11-22T08:00")), "today's 07:00 was before subscribing");
    assertEquals(
        ZonedDateTime.parse("2026-11-23T07:00+02:00[Europe/Kyiv]"),
        scheduler.nextSend(late, kyiv("2026-11-22T08:00")));
  }

  @Test
  void springForwardMovesATimeInTheGapByTheGap() throws Exception {
    SubscriptionStore store = store(kyiv("2026-03-27T12:00"));
    DigestScheduler scheduler = scheduler(store);
    store.subscribe(1L, null, LocalTime.of(3, 30));
    scheduler.markSent(1L, kyiv("2026-03-28T03:30"));
    Subscription s = store.get(1L).orElseThrow();

    // 03:30 does not exist on 29 March 2026 in Kyiv (03:00 EET -> 04:00 EEST)
    ZonedDateTime next = scheduler.nextSend(s, kyiv("2026-03-28T12:00"));
    assertEquals(ZonedDateTime.parse("2026-03-29T04:30+03:00[Europe/Kyiv]"), next);
    assertEquals(Instant.parse("2026-03-29T01:30:00Z"), next.toInstant());
    assertFalse(scheduler.isDue(s, Instant.parse("2026-03-29T01:29:59Z")));
    assertTrue(scheduler.isDue(s, Instant.parse("2026-03-29T01:30:00Z")));

    scheduler.markSent(1L, next.toInstant());
    assertEquals(
        ZonedDateTime.parse("2026-03-30T03:30+03:00[Europe/Kyiv]"),
        scheduler.nextSend(store.get(1L).orElseThrow(), next.toInstant()));
  }

  @Test
  void fallBackSendsAtTheFirstOccurrenceOnlyOnce() throws Exception {
    SubscriptionStore store = store(kyiv("2026-10-23T12:00"));
    DigestScheduler scheduler = scheduler(store);
    store.subscribe(1L, null, LocalTime.of(3, 30));
    scheduler.markSent(1L, kyiv("2026-10-24T03:30"));

    // 03:30 happens twice on 25 October 2026 in Kyiv (04:00 EEST -> 03:00 EET)
    ZonedDateTime first = scheduler.nextSend(store.get(1L).orElseThrow(), kyiv("2026-10-24T12:00"));
    assertEquals(Instant.parse("2026-10-25T00:30:00Z"), first.toInstant());
    scheduler.markSent(1L, first.toInstant());
    Subscription s = store.get(1L).orElseThrow();
    assertFalse(
        scheduler.isDue(s, Instant.parse("2026-10-25T01:30:00Z")),
        "the second 03:30 is the same day");
    assertEquals(
        ZonedDateTime.parse("2026-10-26T03:30+02:00[Europe/Kyiv]"),
        scheduler.nextSend(s, Instant.parse("2026-10-25T01:30:00Z")));
  }

  @Test
  void atMostOneScheduledDigestPerDayAcrossRestarts() throws Exception {
    SubscriptionStore store = store(kyiv("2026-11-20T08:00"));
    store.subscribe(1L, null, LocalTime.of(9, 0));
    scheduler(store).markSent(1L, kyiv("2026-11-22T09:00"));

    SubscriptionStore restarted = store(kyiv("2026-11-22T09:05"));
    DigestScheduler scheduler = scheduler(restarted);
    Subscription s = restarted.get(1L).orElseThrow();
    for (String t :
        List.of(
            "2026-11-22T09:05",
            "2026-11-22T15:00",
            "2026-11-22T23:59",
            "2026-11-23T00:00",
            "2026-11-23T08:59")) {
      assertFalse(scheduler.isDue(s, kyiv(t)), t);
    }
    assertTrue(scheduler.isDue(s, kyiv("2026-11-23T09:00")));
    assertEquals(List.of(), scheduler.due(kyiv("2026-11-22T10:00")));
    assertEquals(List.of(s), scheduler.due(kyiv("2026-11-23T09:00")));
  }

  @Test
  void senddigestCountsAsTheDaysDigest() throws Exception {
    SubscriptionStore store = store(kyiv("2026-11-20T08:00"));
    DigestScheduler scheduler = scheduler(store);
    store.subscribe(1L, null, LocalTime.of(9, 0));
    scheduler.markSent(1L, kyiv("2026-11-22T08:00")); // admin /senddigest before the send time
    Subscription s = store.get(1L).orElseThrow();
    assertFalse(scheduler.isDue(s, kyiv("2026-11-22T09:00")));
    assertFalse(scheduler.isDue(s, kyiv("2026-11-23T00:00")), "not at midnight either");
    assertEquals(
        ZonedDateTime.parse("2026-11-23T09:00+02:00[Europe/Kyiv]"),
        scheduler.nextSend(s, kyiv("2026-11-22T09:00")));
  }

  @Test
  void afterDowntimeCatchesUpOnceNotOncePerMissedDay() throws Exception {
    SubscriptionStore store = store(kyiv("2026-11-10T08:00"));
    DigestScheduler scheduler = scheduler(store);
    store.subscribe(1L, null, LocalTime.of(9, 0));
    scheduler.markSent(1L, kyiv("2026-11-18T09:00"));
    // down from the 18th to the 22nd, back at 08:00, before that day's send time
    Instant back = kyiv("2026-11-22T08:00");
    assertEquals(1, scheduler.due(back).size(), "one catch-up right away");
    scheduler.markSent(1L, back);
    Subscription s = store.get(1L).orElseThrow();
    assertFalse(scheduler.isDue(s, kyiv("2026-11-22T09:00")), "the catch-up was the day's digest");
    assertEquals(
        ZonedDateTime.parse("2026-11-23T09:00+02:00[Europe/Kyiv]"),
        scheduler.nextSend(s, kyiv("2026-11-22T09:00")));
  }

  @Test
  void clockSetBackDoesNotBreakNextSend() throws Exception {
    SubscriptionStore store = store(kyiv("2026-11-10T08:00"));
    DigestScheduler scheduler = scheduler(store);
    store.subscribe(1L, null, LocalTime.of(9, 0));
    scheduler.markSent(1L, kyiv("2026-12-20T09:00")); // recorded while the clock was a month ahead
    Subscription s = store.get(1L).orElseThrow();
    assertFalse(scheduler.isDue(s, kyiv("2026-11-22T09:00")));
    assertEquals(
        ZonedDateTime.parse("2026-12-21T09:00+02:00[Europe/Kyiv]"),
        scheduler.nextSend(s, kyiv("2026-11-22T09:00")));
  }

  @Test
  void fanOutPastMidnightKeepsTheDayItWasDueOn() throws Exception {
    SubscriptionStore store = store(kyiv("2026-11-10T08:00"));
    DigestScheduler scheduler = scheduler(store);
    store.subscribe(1L, null, LocalTime.of(23, 59));
    scheduler.markSent(1L, kyiv("2026-11-21T23:59"), kyiv("2026-11-22T00:01"));
    assertTrue(scheduler.isDue(store.get(1L).orElseThrow(), kyiv("2026-11-22T23:59")));
  }

  /** Minute by minute through both 2026 DST changes: every chat gets exactly one digest a day. */
  @Test
  void oneDigestPerDayThroughBothDstChanges() throws Exception {
    List<LocalTime> times =
        List.of(
            LocalTime.of(0, 0),
            LocalTime.of(2, 59),
            LocalTime.of(3, 0),
            LocalTime.of(3, 30),
            LocalTime.of(4, 0),
            LocalTime.of(9, 0),
            LocalTime.of(23, 59));
    for (String[] period :
        new String[][] {{"2026-03-26", "2026-04-01"}, {"2026-10-22", "2026-10-28"}}) {
      Instant start = LocalDate.parse(period[0]).atStartOfDay(KYIV).toInstant();
      Instant end = LocalDate.parse(period[1]).atStartOfDay(KYIV).toInstant();
      SubscriptionStore store =
          SubscriptionStore.open(
              states.open(data.resolve(period[0])), new MutableClock(start.minusSeconds(1)));
      DigestScheduler scheduler = scheduler(store);
      for (int i = 0; i < times.size(); i++) store.subscribe(i + 1, null, times.get(i));
      List<List<Instant>> sent = new ArrayList<>();
      times.forEach(t -> sent.add(new ArrayList<>()));
      for (Instant t = start; t.isBefore(end); t = t.plus(Duration.ofMinutes(1))) {
        for (Subscription s : scheduler.due(t)) {
          sent.get((int) s.chatId() - 1).add(t);
          scheduler.markSent(s.chatId(), t);
        }
      }
      for (int i = 0; i < times.size(); i++) {
        List<Instant> expected = new ArrayList<>();
        for (LocalDate d = LocalDate.parse(period[0]);
            d.isBefore(LocalDate.parse(period[1]));
            d = d.plusDays(1)) {
          expected.add(scheduler.sendTime(d, times.get(i)).toInstant());
        }
        assertEquals(expected, sent.get(i), "sends at " + times.get(i) + " from " + period[0]);
      }
    }
  }
}
