package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.digest.ArticleLedger;
import org.peacetalks.digest.Subscription;
import org.peacetalks.digest.SubscriptionStore;
import org.peacetalks.storage.StateDatabase;

/**
 * The first start of this version on a data folder the version before the state database wrote
 * ({@code src/test/resources/state/data-before-database}: made by that version's own classes):
 * everything it knew is imported and acted on, and the files are kept as {@code *.imported}.
 */
@Timeout(120)
class StateUpgradeIT {
  static final Path BEFORE = Path.of("src/test/resources/state/data-before-database");
  static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path temp;

  @Test
  void theBotStartsOnAnEarlierVersionsDataFolderAndKeepsItsState() throws Exception {
    Path data = Files.createDirectories(temp.resolve("data"));
    try (Stream<Path> files = Files.list(BEFORE)) {
      for (Path f : files.toList()) Files.copy(f, data.resolve(f.getFileName()));
    }
    try (FakeBotApi api = new FakeBotApi(TestEngine.TOKEN);
        TestEngine engine = new TestEngine(temp.resolve("index"))) {
      TalksBot bot = engine.bot(api, data);
      try {
        bot.start();
        // Updates 11 and 13 were taken and not answered when the earlier version stopped.
        BotEndToEndIT.await(
            () -> api.calls("sendmessage", c -> "77".equals(c.chatId())).size() == 2,
            "both pending updates answered");
        // Telegram delivers again what it never saw confirmed: handled ones are not answered twice.
        api.push(TestUpdates.text(12, 77, 77, "question 12"));
        api.push(TestUpdates.text(14, 78, 78, "What does Russia demand?"));
        api.await("sendmessage", c -> "78".equals(c.chatId()), WAIT);
        BotEndToEndIT.await(() -> bot.ledger().lastHandledUpdateId() == 14, "all handled");
        assertEquals(
            2,
            api.calls("sendmessage", c -> "77".equals(c.chatId())).size(),
            "update 12 not answered again");
        assertTrue(bot.blockedChats().contains(4242));
      } finally {
        bot.close();
      }
    }
    for (String name :
        List.of(
            "subscriptions.json",
            "articles-added.json",
            "telegram-updates.json",
            "blocked-chats.txt",
            "question-stats.json")) {
      assertFalse(Files.exists(data.resolve(name)), name + " imported");
      assertTrue(Files.exists(data.resolve(name + ".imported")), name + " kept");
    }
    try (StateDatabase db = StateDatabase.open(data)) {
      SubscriptionStore store = SubscriptionStore.open(db, Clock.systemUTC());
      assertEquals(
          List.of(
              new Subscription(
                  -100123L,
                  42,
                  LocalTime.of(8, 30),
                  Instant.parse("2026-11-20T08:00:00Z"),
                  null,
                  null),
              new Subscription(
                  555L,
                  null,
                  LocalTime.of(9, 0),
                  Instant.parse("2026-11-20T08:00:00Z"),
                  LocalDate.of(2026, 11, 20),
                  Instant.parse("2026-11-20T07:00:00.123456Z"))),
          store.all());
      ArticleLedger ledger = new ArticleLedger(db);
      assertTrue(ledger.isInitial("seed"));
      assertEquals(
          Map.of("added-1", Instant.parse("2026-11-19T12:00:00Z")),
          ledger.addedBetween(
              Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-20T00:00:00Z")));
      // The earlier version's count, and the three questions answered since.
      assertEquals(7 + 3, QuestionStats.load(db, Clock.systemUTC()).counts().total());
    }
  }
}
