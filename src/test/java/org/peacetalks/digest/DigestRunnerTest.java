package org.peacetalks.digest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.CorpusLoad;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.storage.OpenStates;
import org.peacetalks.storage.StateDatabase;

class DigestRunnerTest {
  static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

  /** One message the fake sender got. */
  record Sent(long chatId, Integer threadId, String html) {}

  @TempDir Path data;
  final OpenStates states = new OpenStates();
  final MutableClock clock = new MutableClock(kyiv("2026-11-20T08:00"));
  final List<Sent> sent = new ArrayList<>();

  /** Scripted results, by default SENT. */
  final Deque<SendResult> script = new ArrayDeque<>();

  final List<Article> corpus = new ArrayList<>();
  ScheduledExecutorService executor;
  SearchIndex index;
  ArticleLedger ledger;
  SubscriptionStore store;
  DigestScheduler scheduler;

  static Instant kyiv(String t) {
    return LocalDateTime.parse(t).atZone(KYIV).toInstant();
  }

  @BeforeEach
  void setUp() throws Exception {
    executor = Executors.newSingleThreadScheduledExecutor();
    index = SearchIndex.inMemory();
    StateDatabase db = states.open(data);
    ledger = new ArticleLedger(db);
    ledger.recordNew(List.of(), clock.instant()); // the ledger exists: later articles are new
    store = SubscriptionStore.open(db, clock);
    scheduler = new DigestScheduler(store, KYIV, clock);
  }

  @AfterEach
  void tearDown() throws Exception {
    executor.shutdownNow();
    index.close();
    states.close();
  }

  DigestRunner runner(boolean sendWhenEmpty) {
    DigestSender sender =
        (chatId, threadId, html) -> {
          sent.add(new Sent(chatId, threadId, html));
          return script.isEmpty() ? SendResult.sent() : script.removeFirst();
        };
    return new DigestRunner(
        store,
        scheduler,
        new DigestBuilder(index, ledger, 10),
        new DigestFormatter(KYIV),
        sender,
        sendWhenEmpty,
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
    ledger.recordNew(index.articles(), clock.instant());
  }

  @Test
  void sendsDueDigestsOnceAndMarksThem() throws Exception {
    store.subscribe(-100L, 7, LocalTime.of(9, 0));
    store.subscribe(200L, null, LocalTime.of(10, 0));
    DigestRunner runner = runner(false);
    clock.set(kyiv("2026-11-20T08:30"));
    addArticle("a", "Talks resume");

    clock.set(kyiv("2026-11-20T09:00"));
    assertEquals(new FanOutReport(1, 1, 0, 0, 0, 0), runner.runDue());
    assertEquals(1, sent.size());
    assertEquals(-100L, sent.get(0).chatId());
    assertEquals(7, sent.get(0).threadId(), "the forum topic /subscribe came from");
    assertTrue(sent.get(0).html().contains("Talks resume"), sent.get(0).html());
    assertEquals(LocalDate.of(2026, 11, 20), store.get(-100L).orElseThrow().lastDigestDate());
    assertEquals(kyiv("2026-11-20T09:00"), store.get(-100L).orElseThrow().lastDigestAt());

    assertEquals(new FanOutReport(0, 0, 0, 0, 0, 0), runner.runDue(), "nothing more at 09:00");
    clock.set(kyiv("2026-11-20T10:00"));
    runner.runDue();
    assertEquals(List.of(-100L, 200L), sent.stream().map(Sent::chatId).toList());
  }

  @Test
  void aRoundSharesOneDigestAndAnArticleAddedMeanwhileComesNextTime() throws Exception {
    clock.set(kyiv("2026-11-19T09:00"));
    store.subscribe(1L, null, LocalTime.of(9, 0));
    store.subscribe(2L, null, LocalTime.of(9, 0));
    store.markDigest(1L, LocalDate.of(2026, 11, 19), clock.instant());
    store.markDigest(2L, LocalDate.of(2026, 11, 19), clock.instant());
    clock.set(kyiv("2026-11-20T08:30"));
    addArticle("a", "Talks resume");
    DigestSender sender =
        (chatId, threadId, html) -> {
          sent.add(new Sent(chatId, threadId, html));
          try {
            if (chatId == 1L) {
              clock.advance(java.time.Duration.ofSeconds(1));
              addArticle("late", "Added while the round runs"); // after the round began
            }
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return SendResult.sent();
        };
    DigestRunner runner =
        new DigestRunner(
            store,
            scheduler,
            new DigestBuilder(index, ledger, 10),
            new DigestFormatter(KYIV),
            sender,
            false,
            clock,
            executor,
            DigestRunner::storedLanguage);
    clock.set(kyiv("2026-11-20T09:00"));
    Instant roundStart = clock.instant();
    runner.runDue();
    assertEquals(2, sent.size());
    assertEquals(sent.get(0).html(), sent.get(1).html(), "one digest for the chats of one window");
    assertFalse(sent.get(1).html().contains("Added while the round runs"), sent.get(1).html());
    assertEquals(
        roundStart, store.get(2L).orElseThrow().lastDigestAt(), "covered up to the round's start");

    clock.set(kyiv("2026-11-21T09:00"));
    runner.runDue();
    assertEquals(4, sent.size());
    assertTrue(
        sent.get(3).html().contains("Added while the round runs"),
        "in the next digest: " + sent.get(3).html());
    assertFalse(sent.get(3).html().contains("Talks resume"), sent.get(3).html());
  }

  @Test
  void nothingNewSendsNothingButSettlesTheDay() throws Exception {
    store.subscribe(5L, null, LocalTime.of(9, 0));
    clock.set(kyiv("2026-11-20T09:00"));
    assertEquals(new FanOutReport(1, 0, 1, 0, 0, 0), runner(false).runDue());
    assertEquals(List.of(), sent);
    Subscription s = store.get(5L).orElseThrow();
    assertEquals(LocalDate.of(2026, 11, 20), s.lastDigestDate());
    assertNull(s.lastDigestAt(), "no digest went out");
  }

  @Test
  void nothingNewIsSentWhenConfigured() throws Exception {
    store.subscribe(5L, null, LocalTime.of(9, 0));
    clock.set(kyiv("2026-11-20T09:00"));
    runner(true).runDue();
    assertEquals(1, sent.size());
    assertTrue(sent.get(0).html().contains("Nothing new"), sent.get(0).html());
  }

  @Test
  void goneChatIsUnsubscribed() throws Exception {
    store.subscribe(-300L, null, LocalTime.of(9, 0));
    addArticle("a", "Talks resume");
    script.add(SendResult.chatGone("Forbidden: bot was kicked from the supergroup chat"));
    clock.set(kyiv("2026-11-20T09:00"));
    assertEquals(new FanOutReport(1, 0, 0, 1, 0, 0), runner(false).runDue());
    assertTrue(store.get(-300L).isEmpty());
  }

  @Test
  void migratedGroupIsMovedAndGetsTheDigestOnce() throws Exception {
    store.subscribe(-300L, null, LocalTime.of(9, 0));
    addArticle("a", "Talks resume");
    script.add(SendResult.migrated(-1000000000300L));
    clock.set(kyiv("2026-11-20T09:00"));
    assertEquals(new FanOutReport(1, 1, 0, 0, 1, 0), runner(false).runDue());
    assertEquals(List.of(-300L, -1000000000300L), sent.stream().map(Sent::chatId).toList());
    assertEquals(sent.get(0).html(), sent.get(1).html());
    assertTrue(store.get(-300L).isEmpty());
    assertEquals(
        LocalDate.of(2026, 11, 20), store.get(-1000000000300L).orElseThrow().lastDigestDate());
  }

  @Test
  void migrationAlreadyDeliveredBySenderIsNotResent() throws Exception {
    store.subscribe(-300L, null, LocalTime.of(9, 0));
    addArticle("a", "Talks resume");
    script.add(SendResult.migratedAndSent(-1000000000300L));
    clock.set(kyiv("2026-11-20T09:00"));
    assertEquals(new FanOutReport(1, 1, 0, 0, 1, 0), runner(false).runDue());
    assertEquals(List.of(-300L), sent.stream().map(Sent::chatId).toList());
    assertEquals(
        LocalDate.of(2026, 11, 20), store.get(-1000000000300L).orElseThrow().lastDigestDate());
  }

  @Test
  void failedSendIsRetriedThenGivenUpForTheDay() throws Exception {
    store.subscribe(9L, null, LocalTime.of(9, 0));
    addArticle("a", "Talks resume");
    for (int i = 0; i < 4; i++) script.add(SendResult.failed("Internal Server Error"));
    DigestRunner runner = runner(false);
    clock.set(kyiv("2026-11-20T09:00"));
    assertEquals(1, runner.runDue().failed());
    clock.advance(Duration.ofSeconds(30));
    assertEquals(0, runner.runDue().chats(), "waits a minute before retrying");
    clock.advance(Duration.ofSeconds(31));
    assertEquals(1, runner.runDue().failed());
    clock.advance(Duration.ofMinutes(5));
    assertEquals(1, runner.runDue().failed());
    clock.advance(Duration.ofMinutes(15));
    assertEquals(1, runner.runDue().failed());
    assertEquals(4, sent.size());
    clock.advance(Duration.ofHours(1));
    assertEquals(0, runner.runDue().chats(), "given up for today");
    assertEquals(LocalDate.of(2026, 11, 20), store.get(9L).orElseThrow().lastDigestDate());

    clock.set(kyiv("2026-11-21T09:00"));
    assertEquals(1, runner.runDue().sent());
    assertTrue(
        sent.get(4).html().contains("Talks resume"),
        "the next digest still has what was not delivered");
  }

  @Test
  void articleAddedWhileSendingIsInTheNextDigest() throws Exception {
    store.subscribe(1L, null, LocalTime.of(9, 0));
    addArticle("a", "Before");
    List<String> html = new ArrayList<>();
    DigestRunner runner =
        new DigestRunner(
            store,
            scheduler,
            new DigestBuilder(index, ledger, 10),
            new DigestFormatter(KYIV),
            (c, t, h) -> {
              html.add(h);
              if (html.size() == 1) {
                clock.advance(Duration.ofSeconds(2)); // Telegram is slow today; meanwhile an /add
                try {
                  addArticle("mid", "During");
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }
              return SendResult.sent();
            },
            false,
            clock,
            executor,
            DigestRunner::storedLanguage);
    clock.set(kyiv("2026-11-20T09:00"));
    runner.runDue();
    clock.set(kyiv("2026-11-21T09:00"));
    runner.runDue();
    assertEquals(2, html.size());
    assertTrue(html.get(0).contains("Before") && !html.get(0).contains("During"), html.get(0));
    assertTrue(html.get(1).contains("During") && !html.get(1).contains("Before"), html.get(1));
  }

  @Test
  void senderExceptionCountsAsFailure() throws Exception {
    store.subscribe(9L, null, LocalTime.of(9, 0));
    addArticle("a", "Talks resume");
    DigestRunner runner =
        new DigestRunner(
            store,
            scheduler,
            new DigestBuilder(index, ledger, 10),
            new DigestFormatter(KYIV),
            (c, t, h) -> {
              throw new IllegalStateException("boom");
            },
            false,
            clock,
            executor,
            DigestRunner::storedLanguage);
    clock.set(kyiv("2026-11-20T09:00"));
    assertEquals(new FanOutReport(1, 0, 0, 0, 0, 1), runner.runDue());
  }

  @Test
  void sendToAllCountsAsTheDaysDigest() throws Exception {
    store.subscribe(1L, null, LocalTime.of(9, 0));
    store.subscribe(-2L, null, LocalTime.of(12, 0));
    addArticle("a", "Talks resume");
    DigestRunner runner = runner(false);
    clock.set(kyiv("2026-11-20T08:15"));
    assertEquals(
        new FanOutReport(2, 2, 0, 0, 0, 0),
        runner.sendToAllInBackground().get(5, TimeUnit.SECONDS));
    clock.set(kyiv("2026-11-20T12:00"));
    assertEquals(0, runner.runDue().chats());
    assertEquals(2, sent.size());
  }

  @Test
  void afterDowntimeOneDigestListsEverythingMissed() throws Exception {
    store.subscribe(1L, null, LocalTime.of(9, 0));
    DigestRunner runner = runner(false);
    clock.set(kyiv("2026-11-20T09:00"));
    addArticle("a", "Monday news");
    runner.runDue();
    // the bot is down for three days while articles arrive (e.g. added by `index`)
    clock.set(kyiv("2026-11-21T12:00"));
    addArticle("b", "Tuesday news");
    clock.set(kyiv("2026-11-22T12:00"));
    addArticle("c", "Wednesday news");
    clock.set(kyiv("2026-11-23T11:00"));
    DigestRunner restarted = runner(false);
    assertEquals(1, restarted.runDue().sent());
    String html = sent.get(1).html();
    assertTrue(
        html.contains("Tuesday news")
            && html.contains("Wednesday news")
            && !html.contains("Monday news"),
        html);
    clock.advance(Duration.ofHours(5));
    assertEquals(0, restarted.runDue().chats());
  }

  @Test
  void startChecksPeriodicallyOnTheExecutor() throws Exception {
    store.subscribe(1L, null, LocalTime.of(9, 0));
    addArticle("a", "Talks resume");
    CountDownLatch delivered = new CountDownLatch(1);
    DigestRunner runner =
        new DigestRunner(
            store,
            scheduler,
            new DigestBuilder(index, ledger, 10),
            new DigestFormatter(KYIV),
            (c, t, h) -> {
              delivered.countDown();
              return SendResult.sent();
            },
            false,
            clock,
            executor,
            DigestRunner::storedLanguage);
    int readsBefore = clock.reads();
    runner.start(Duration.ofMillis(20));
    // A few rounds before the send time (each reads the clock): nothing due.
    await().atMost(Duration.ofSeconds(5)).until(() -> clock.reads() >= readsBefore + 3);
    assertEquals(1, delivered.getCount());
    clock.set(kyiv("2026-11-20T09:00"));
    assertTrue(delivered.await(5, TimeUnit.SECONDS));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () -> store.get(1L).orElseThrow().lastDigestDate(),
            date -> LocalDate.of(2026, 11, 20).equals(date));
    runner.close();
  }

  @Test
  void aStopInTheMiddleOfABatchGivesBackTheClaimsOfChatsNotSentTo() throws Exception {
    for (long chat = 1; chat <= 3; chat++) store.subscribe(chat, null, LocalTime.of(9, 0));
    clock.set(kyiv("2026-11-20T08:30"));
    addArticle("a", "Talks resume");
    DigestRunner[] stopping = new DigestRunner[1];
    DigestSender sender =
        (chatId, threadId, html) -> {
          sent.add(new Sent(chatId, threadId, html));
          stopping[0].close(); // the bot is told to stop while the first chat's digest goes out
          return SendResult.sent();
        };
    stopping[0] =
        new DigestRunner(
            store,
            scheduler,
            new DigestBuilder(index, ledger, 10),
            new DigestFormatter(KYIV),
            sender,
            false,
            clock,
            executor,
            DigestRunner::storedLanguage);
    clock.set(kyiv("2026-11-20T09:00"));
    assertEquals(new FanOutReport(1, 1, 0, 0, 0, 0), stopping[0].runDue());
    LocalDate today = LocalDate.of(2026, 11, 20);
    assertEquals(
        List.of(2L, 3L),
        store.unsettledOn(today).stream().map(Subscription::chatId).toList(),
        "claimed with the batch, given back at the stop");
    assertEquals(
        kyiv("2026-11-20T09:00"),
        store.get(1L).orElseThrow().lastDigestAt(),
        "the one sent is recorded");

    runner(false).runDue(); // after the restart
    assertEquals(List.of(1L, 2L, 3L), sent.stream().map(Sent::chatId).toList());
  }
}
