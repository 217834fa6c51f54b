package org.peacetalks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.CorpusLoad;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.storage.OpenStates;
import org.peacetalks.storage.StateDatabase;

/**
 * A digest round cut short at each point of one chat's delivery, as a kill -9 would leave it (the
 * process's executor and database connection abandoned, nothing more written), then the bot started
 * again on the same state and the round run again, and again the next day: every chat gets at most
 * one digest a day, and no article is missing from what the chat is eventually sent. The three
 * chats are one batch: claimed together before the first send.
 */
class DigestCrashTest {
  static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
  static final List<Long> CHATS = List.of(1L, 2L, 3L);

  /** Where the round dies, during the delivery to chat 2. */
  enum CrashPoint {
    /** the day is claimed in the database; the message never left */
    BEFORE_SEND,
    /** Telegram accepted the message; the period it covered was not recorded */
    AFTER_SEND
  }

  /** Stands for the process dying: nothing after it runs. */
  static final class Killed extends Error {
    Killed() {
      super("killed", null, false, false);
    }
  }

  @TempDir Path data;
  final OpenStates states = new OpenStates();
  final MutableClock clock = new MutableClock(kyiv("2026-11-19T12:00"));
  final List<Article> corpus = new ArrayList<>();

  /** What each chat received, in order, across all processes. */
  final Map<Long, List<String>> received = new TreeMap<>();

  final List<ScheduledExecutorService> executors = new ArrayList<>();
  SearchIndex index;

  static Instant kyiv(String t) {
    return LocalDateTime.parse(t).atZone(KYIV).toInstant();
  }

  @BeforeEach
  void setUp() throws Exception {
    index = SearchIndex.inMemory();
    StateDatabase db = states.open(data);
    new ArticleLedger(db).recordNew(List.of(), clock.instant());
    SubscriptionStore store = SubscriptionStore.open(db, clock);
    for (long chat : CHATS) store.subscribe(chat, null, LocalTime.of(9, 0));
  }

  @AfterEach
  void tearDown() throws Exception {
    executors.forEach(ScheduledExecutorService::shutdownNow);
    index.close();
    states.close();
  }

  /** One process of the bot: its own connection, executor and in-memory state. */
  DigestRunner process(CrashPoint crash, long crashChat) throws Exception {
    StateDatabase db = states.open(data);
    SubscriptionStore store = SubscriptionStore.open(db, clock);
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    executors.add(executor);
    DigestSender sender =
        (chatId, threadId, html) -> {
          if (chatId == crashChat && crash == CrashPoint.BEFORE_SEND) throw new Killed();
          received.computeIfAbsent(chatId, c -> new ArrayList<>()).add(html);
          if (chatId == crashChat && crash == CrashPoint.AFTER_SEND) throw new Killed();
          return SendResult.sent();
        };
    return new DigestRunner(
        store,
        new DigestScheduler(store, KYIV, clock),
        new DigestBuilder(index, new ArticleLedger(db), 10),
        new DigestFormatter(KYIV),
        sender,
        false,
        clock,
        executor,
        DigestRunner::storedLanguage);
  }

  void addArticle(String id, String title) throws Exception {
    corpus.add(
        DigestBuilderTest.article(
            id,
            title,
            null,
            "A paragraph long enough to be the lead of " + title + " in the digest."));
    index.rebuild(new CorpusLoad(corpus, List.of()));
    new ArticleLedger(states.open(data)).recordNew(index.articles(), clock.instant());
  }

  @ParameterizedTest
  @EnumSource(CrashPoint.class)
  void aKilledRoundNeverSendsAChatTwoDigestsADayAndLosesNoArticle(CrashPoint crash)
      throws Exception {
    clock.set(kyiv("2026-11-20T08:00"));
    addArticle("a", "Talks resume in Geneva");
    clock.set(kyiv("2026-11-20T09:00"));
    DigestRunner first = process(crash, 2L);
    assertThrows(Killed.class, first::runDue);

    clock.set(kyiv("2026-11-20T09:01"));
    process(null, 0).runDue(); // the restart, in the same minute: its check runs at once
    clock.set(kyiv("2026-11-20T15:00"));
    process(null, 0).runDue(); // and later that day
    for (long chat : CHATS) {
      assertTrue(
          received.getOrDefault(chat, List.of()).size() <= 1,
          "chat " + chat + " on the 20th: " + received.get(chat));
    }
    assertEquals(1, received.get(1L).size(), "sent before the crash");
    assertEquals(
        crash == CrashPoint.AFTER_SEND ? 1 : 0,
        received.getOrDefault(2L, List.of()).size(),
        "the claimed day is skipped, never repeated");
    assertEquals(
        0,
        received.getOrDefault(3L, List.of()).size(),
        "claimed with its batch: skipped for the day");

    clock.set(kyiv("2026-11-21T08:00"));
    addArticle("b", "Prisoner exchange agreed");
    clock.set(kyiv("2026-11-21T09:00"));
    process(null, 0).runDue();
    for (long chat : CHATS) {
      List<String> got = received.get(chat);
      String last = got.get(got.size() - 1);
      assertTrue(last.contains("Prisoner exchange agreed"), "chat " + chat + ": " + last);
      assertTrue(
          got.stream().anyMatch(h -> h.contains("Talks resume in Geneva")),
          "chat " + chat + " was sent the first article on one day or the next: " + got);
    }
    assertEquals(
        crash == CrashPoint.AFTER_SEND ? 2 : 1,
        received.get(2L).size(),
        "one digest a day at most");
    assertEquals(1, received.get(3L).size());
  }
}
