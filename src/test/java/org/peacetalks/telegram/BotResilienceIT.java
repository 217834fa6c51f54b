package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;

/**
 * The bot against a Bot API that fails: outages, slow answers, replies that bend the Bot API,
 * failing menus and a wrong token. Each test has its own fake server and bot, over one engine.
 * Outages and delays are seconds long here, with backoff scaled down to match (TestEngine.TUNING).
 */
@Timeout(90)
class BotResilienceIT {
  static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir static Path shared;
  @TempDir Path data;
  static TestEngine engine;
  FakeBotApi api;
  TalksBot bot;
  ListAppender<ILoggingEvent> logs;
  final AtomicInteger updateIds = new AtomicInteger(100);

  @BeforeAll
  static void engine() throws Exception {
    engine = new TestEngine(shared.resolve("index"));
  }

  @AfterAll
  static void closeEngine() throws Exception {
    TestEngine.closeAll(engine);
  }

  @BeforeEach
  void setUp() throws Exception {
    api = new FakeBotApi(TestEngine.TOKEN);
    logs = new ListAppender<>();
    logs.start();
    root().addAppender(logs);
  }

  @AfterEach
  void tearDown() throws Exception {
    root().detachAppender(logs);
    TestEngine.closeAll(bot, api);
  }

  static Logger root() {
    return ((LoggerContext) LoggerFactory.getILoggerFactory())
        .getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  TalksBot start(TalksBot.Tuning tuning) throws Exception {
    bot = engine.bot(api, data, List.of(), tuning);
    bot.start();
    return bot;
  }

  /** A question in a private chat, or addressed to the bot with /ask in a group. */
  void ask(long chat, String question) {
    if (chat < 0) {
      api.push(
          TestUpdates.text(
              updateIds.incrementAndGet(),
              chat,
              7,
              "/ask@" + TestUpdates.BOT_NAME + " " + question));
    } else {
      api.push(TestUpdates.text(updateIds.incrementAndGet(), chat, chat, question));
    }
  }

  List<FakeBotApi.Call> delivered(long chat) {
    return api.calls("sendmessage", c -> c.ok() && String.valueOf(chat).equals(c.chatId()));
  }

  static void await(BooleanSupplier condition, String what) {
    BotHarness.await(condition, what);
  }

  /** Waits until the bot has nothing in hand: every send resolved one way or the other. */
  void awaitQuiet() throws InterruptedException {
    await(
        () -> bot.sender().inFlight() == 0 && bot.ledger().pending().isEmpty(),
        "the bot to finish its sends");
  }

  List<String> messages(Level atLeast) {
    List<String> out = new ArrayList<>();
    for (ILoggingEvent e : new ArrayList<>(logs.list)) {
      if (e.getLevel().isGreaterOrEqual(atLeast)) out.add(e.getFormattedMessage());
    }
    return out;
  }

  @Test
  void anOutageWithAnswersInFlightEndsWithExactlyOneAnswerInEveryChat() throws Exception {
    start(TestEngine.TUNING);
    api.outageOnFirst("sendmessage", Duration.ofSeconds(3));
    long[] chats = {-3001, -3002, -3003, 3004, 3005, 3006};
    for (long chat : chats) ask(chat, "What did Zelensky say?");

    await(api::down, "the outage to start");
    await(() -> !bot.health().healthy(), "the health check to report the outage");
    assertTrue(bot.health().reason().contains("unreachable"), bot.health().reason());
    await(api::outageOver, "the outage to end");
    for (long chat : chats)
      api.await("sendmessage", c -> String.valueOf(chat).equals(c.chatId()), WAIT);
    awaitQuiet();
    await(() -> bot.health().healthy(), "the health check to recover");

    for (long chat : chats) assertEquals(1, delivered(chat).size(), "chat " + chat);
    assertTrue(
        api.calls("sendmessage", c -> c.status() == 502).size() >= 1,
        "some answers were in flight");
    List<String> again =
        messages(Level.INFO).stream().filter(m -> m.contains("reachable again")).toList();
    assertEquals(1, again.size(), again.toString());
    assertEquals(
        1, messages(Level.WARN).stream().filter(m -> m.startsWith("Bot API unreachable")).count());
    for (ILoggingEvent e : new ArrayList<>(logs.list)) {
      if (e.getLevel().isGreaterOrEqual(Level.INFO)) {
        assertNull(
            e.getThrowableProxy(),
            "stack trace at " + e.getLevel() + ": " + e.getFormattedMessage());
        assertFalse(e.getFormattedMessage().contains(TestEngine.TOKEN), "token in the log");
      }
    }
  }

  @Test
  void answersStillRetryingWhenTheBotStopsAreSentOnceAfterARestart() throws Exception {
    TalksBot.Tuning t = TestEngine.TUNING;
    TalksBot.Tuning quickStop =
        new TalksBot.Tuning(
            t.threads(),
            t.floodMax(),
            t.floodWindow(),
            t.retryBackoff(),
            Duration.ofMillis(300),
            t.maxStartBackoff(),
            t.maxRetryBackoff(),
            t.deliveryBudget(),
            t.maybeSentWait(),
            t.sendTimeout());
    start(quickStop);
    api.outageOnFirst("sendmessage", Duration.ofMinutes(5));
    long[] chats = {3801, 3802, -3803};
    for (long chat : chats) ask(chat, "What did Zelensky say?");
    await(
        () -> api.calls("sendmessage", c -> c.status() == 502).size() >= chats.length,
        "every answer to be in flight");
    bot.close(); // stops while the sends retry: their updates stay pending in the ledger
    api.endOutage();
    bot = engine.bot(api, data, List.of(), quickStop);
    bot.start();
    for (long chat : chats)
      api.await("sendmessage", c -> String.valueOf(chat).equals(c.chatId()), WAIT);
    awaitQuiet();
    for (long chat : chats) assertEquals(1, delivered(chat).size(), "chat " + chat);
  }

  @Test
  void aSendMessageWhoseReplyCannotBeReadIsDeliveredOnce() throws Exception {
    start(TestEngine.TUNING);
    api.quirks(FakeBotApi.Quirk.UNREADABLE_MESSAGE);
    ask(3101, "What did Zelensky say?");
    api.await("sendmessage", c -> "3101".equals(c.chatId()), WAIT);
    api.quirks(FakeBotApi.Quirk.NOT_JSON);
    ask(3102, "What did Zelensky say?");
    api.await("sendmessage", c -> "3102".equals(c.chatId()), WAIT);
    awaitQuiet();
    assertEquals(1, api.calls("sendmessage", c -> "3101".equals(c.chatId())).size());
    assertEquals(1, api.calls("sendmessage", c -> "3102".equals(c.chatId())).size());
    assertTrue(
        messages(Level.WARN).stream().anyMatch(m -> m.contains("could not be read")),
        messages(Level.WARN).toString());
  }

  @Test
  void aServerThatBendsTheBotApiStillGetsTheBotStartedAndAnsweringOnce() throws Exception {
    api.quirks(FakeBotApi.Quirk.GETME_WITHOUT_IS_BOT, FakeBotApi.Quirk.DATE_IN_MILLIS);
    start(TestEngine.TUNING);
    assertEquals(TestUpdates.BOT_NAME, bot.identity().username());
    ask(3201, "What did Zelensky say?");
    api.await("sendmessage", c -> "3201".equals(c.chatId()), WAIT);
    awaitQuiet();
    assertEquals(1, api.calls("sendmessage", c -> "3201".equals(c.chatId())).size());
  }

  @Test
  void anEditTheClientRefusesToSendIsNotRetried() throws Exception {
    start(TestEngine.TUNING);
    EditMessageText noMessageId = EditMessageText.builder().chatId(3301L).text("page 2").build();
    assertFalse(bot.sender().edit(noMessageId));
    assertTrue(api.calls("editmessagetext", c -> true).isEmpty());
    assertEquals(
        1,
        messages(Level.WARN).stream()
            .filter(m -> m.contains("editmessagetext") && m.contains("not sent"))
            .count());
  }

  @Test
  void failingCommandMenusDoNotKeepTheFirstQuestionWaiting() throws Exception {
    api.failAlways("setmycommands", 500, "Internal Server Error");
    ask(3401, "What did Zelensky say?");
    start(TestEngine.TUNING);
    api.await("sendmessage", c -> "3401".equals(c.chatId()), WAIT);
    assertTrue(
        api.calls("setmycommands", FakeBotApi.Call::ok).isEmpty(),
        "menus still failing when the answer went out");
  }

  @Test
  void aSlowBotApiGetsOneAnswerWhenItAnswersWithinTheTimeout() throws Exception {
    start(TestEngine.TUNING);
    api.delay("sendmessage", Duration.ofMillis(1500)); // 10 s timeout in TestEngine.TUNING
    ask(3501, "What did Zelensky say?");
    api.await("sendmessage", c -> "3501".equals(c.chatId()), WAIT);
    awaitQuiet();
    assertEquals(1, api.calls("sendmessage", c -> "3501".equals(c.chatId())).size());
  }

  @Test
  void aSendThatTimesOutIsTriedOnceMoreAndNeverAThirdTime() throws Exception {
    TalksBot.Tuning t = TestEngine.TUNING;
    start(
        new TalksBot.Tuning(
            t.threads(),
            t.floodMax(),
            t.floodWindow(),
            t.retryBackoff(),
            t.drainTimeout(),
            t.maxStartBackoff(),
            t.maxRetryBackoff(),
            t.deliveryBudget(),
            Duration.ofMillis(200),
            Duration.ofMillis(500)));
    api.delay("sendmessage", Duration.ofMillis(1500));
    ask(3601, "What did Zelensky say?");
    await(
        () -> api.calls("sendmessage", c -> "3601".equals(c.chatId())).size() == 2,
        "the one resend");
    awaitQuiet();
    assertEquals(2, api.calls("sendmessage", c -> "3601".equals(c.chatId())).size());
  }

  @Test
  void aRefusedPollSaysWhyAtWarnAndPollingResumesWhenItStops() throws Exception {
    String conflict =
        "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running";
    api.failAlways("getupdates", 409, conflict);
    start(TestEngine.TUNING);
    await(
        () ->
            messages(Level.WARN).stream()
                .anyMatch(m -> m.contains("getUpdates refused (HTTP 409: " + conflict)),
        "the refusal in the log");
    api.recover("getupdates");
    ask(3701, "What did Zelensky say?");
    api.await("sendmessage", c -> "3701".equals(c.chatId()), WAIT);
  }

  @Test
  void aRejectedTokenStopsStartUpSayingSoWithoutTheToken() throws Exception {
    TelegramUrl url = TelegramEndpoint.of(java.net.URI.create("http://127.0.0.1:" + api.port()));
    String wrong = "654321:WRONG-token_abcdefghijklmnopqrstu";
    bot =
        TalksBot.builder()
            .token(wrong)
            .url(url)
            .dataDir(data)
            .engine(engine.searcher, engine.index)
            .tuning(TestEngine.TUNING)
            .build();
    BotStartException e = assertThrows(BotStartException.class, bot::start);
    assertTrue(e.getMessage().contains("bad token"), e.getMessage());
    assertFalse(e.getMessage().contains(wrong));
  }

  @Test
  void anUpdateTheClientCannotReadIsSkippedAndTheOnesAfterItAreAnswered() throws Exception {
    start(TestEngine.TUNING);
    int unreadable = updateIds.incrementAndGet();
    ObjectNode poison = TestUpdates.text(unreadable, 3801, 3801, "What did Zelensky say?");
    ((ObjectNode) poison.path("message")).put("message_id", 3_000_000_000L); // past an int
    api.push(poison);
    ask(3802, "What did Zelensky say?");
    api.await("sendmessage", c -> "3802".equals(c.chatId()), WAIT);
    assertTrue(delivered(3801).isEmpty());
    assertTrue(
        messages(Level.WARN).stream()
            .anyMatch(m -> m.startsWith("Update " + unreadable + " cannot be read")),
        messages(Level.WARN).toString());
  }

  @Test
  void aServerWithoutWebhooksIsPolledAllTheSame() throws Exception {
    api.failAlways("deletewebhook", 404, "Not Found");
    start(TestEngine.TUNING);
    ask(3803, "What did Zelensky say?");
    api.await("sendmessage", c -> "3803".equals(c.chatId()), WAIT);
    assertTrue(
        messages(Level.WARN).stream().anyMatch(m -> m.contains("deleteWebhook: the Bot API")),
        messages(Level.WARN).toString());
  }
}
