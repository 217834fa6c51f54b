package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.storage.StateDatabase;

/**
 * Restart safety: an update is answered once, even when Telegram delivers it again, and none is
 * lost.
 */
@Timeout(60)
class BotRestartIT {
  static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir Path temp;

  @Test
  void restartNeitherAnswersTwiceNorLosesAnUpdate() throws Exception {
    Path data = temp.resolve("data");
    try (FakeBotApi api = new FakeBotApi(TestEngine.TOKEN);
        TestEngine engine = new TestEngine(temp.resolve("index"))) {
      TalksBot first = engine.bot(api, data);
      first.start();
      api.push(TestUpdates.text(1, 2001, 2001, "What does Russia demand?"));
      api.await("sendmessage", c -> "2001".equals(c.chatId()), WAIT);
      long closing = System.nanoTime();
      first.close();
      assertTrue(
          Duration.ofNanos(System.nanoTime() - closing).compareTo(Duration.ofSeconds(5)) < 0,
          "close is prompt");
      BotEndToEndIT.await(
          () -> api.pollsInFlight() == 0, "the stopped poller's last getUpdates to end");
      assertEquals(1, first.ledger().lastHandledUpdateId());

      // A process that died after taking update 5 but before answering it.
      try (StateDatabase db = StateDatabase.open(data)) {
        UpdateLedger crashed = UpdateLedger.open(db);
        assertTrue(
            crashed.take(
                TestUpdates.parse(TestUpdates.text(5, 2002, 2002, "What did Zelensky say?"))));
      }

      // Telegram delivers again what was never confirmed, and something new.
      api.push(TestUpdates.text(1, 2001, 2001, "What does Russia demand?"));
      api.push(TestUpdates.text(5, 2002, 2002, "What did Zelensky say?"));
      api.push(TestUpdates.text(6, 2003, 2003, "Who met Putin in Moscow?"));

      TalksBot second = engine.bot(api, data);
      try {
        second.start();
        api.await("sendmessage", c -> "2003".equals(c.chatId()), WAIT);
        api.await("sendmessage", c -> "2002".equals(c.chatId()), WAIT);
        BotEndToEndIT.await(
            () -> second.ledger().lastHandledUpdateId() == 6, "all updates handled");
      } finally {
        second.close();
      }
      assertEquals(
          1,
          api.calls("sendmessage", c -> "2001".equals(c.chatId())).size(),
          "update 1 answered once");
      assertEquals(
          1,
          api.calls("sendmessage", c -> "2002".equals(c.chatId())).size(),
          "update 5 answered once");
      assertEquals(1, api.calls("sendmessage", c -> "2003".equals(c.chatId())).size());
    }
  }

  @Test
  void aServerStartedAfreshThatNumbersFromOneAgainIsAnsweredAfterARestart() throws Exception {
    Path data = temp.resolve("data");
    try (TestEngine engine = new TestEngine(temp.resolve("index"))) {
      try (FakeBotApi api = new FakeBotApi(TestEngine.TOKEN);
          TalksBot first = engine.bot(api, data)) {
        first.start();
        api.push(TestUpdates.text(1, 2101, 2101, "What does Russia demand?"));
        api.push(TestUpdates.text(2, 2101, 2101, "What did Zelensky say?"));
        BotEndToEndIT.await(
            () -> first.ledger().lastHandledUpdateId() == 2, "both updates handled");
      }
      try (FakeBotApi fresh = new FakeBotApi(TestEngine.TOKEN);
          TalksBot second = engine.bot(fresh, data)) {
        fresh.push(TestUpdates.text(1, 2102, 2102, "Who met Putin in Moscow?"));
        second.start();
        fresh.await("sendmessage", c -> "2102".equals(c.chatId()), WAIT);
      }
    }
  }

  @Test
  void closeFinishesTheWorkInHand() throws Exception {
    try (FakeBotApi api = new FakeBotApi(TestEngine.TOKEN);
        TestEngine engine = new TestEngine(temp.resolve("index"))) {
      TalksBot bot = engine.bot(api, temp.resolve("data"));
      bot.start();
      // The answer is held up: Telegram says wait a second, and the stop comes meanwhile.
      api.failNext("sendmessage", 2101, 429, "Too Many Requests: retry after 1", 1);
      api.push(TestUpdates.text(7, 2101, 2101, "What does Russia demand?"));
      api.awaitAny("sendmessage", c -> "2101".equals(c.chatId()) && c.status() == 429, WAIT);
      bot.close();
      assertEquals(
          List.of(429, 200),
          api.calls("sendmessage", c -> "2101".equals(c.chatId())).stream()
              .map(FakeBotApi.Call::status)
              .toList());
      assertEquals(7, bot.ledger().lastHandledUpdateId());
    }
  }
}
