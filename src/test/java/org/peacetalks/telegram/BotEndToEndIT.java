package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peacetalks.storage.FeedbackRepository;
import org.peacetalks.storage.FeedbackTable;
import org.peacetalks.storage.StateDatabase;
import org.peacetalks.telegram.answer.AnswerFormatter;
import org.peacetalks.telegram.answer.CallbackHandler;

/**
 * The bot end to end: the real TelegramBots poller and OkHttp client against {@link FakeBotApi} on
 * 127.0.0.1, the real engine over the seed corpus ({@link BotHarness}). Each test talks in its own
 * chats.
 */
@Timeout(60)
class BotEndToEndIT {
  static final Duration WAIT = BotHarness.WAIT;
  static final String BOT = TestUpdates.BOT_NAME;

  static FakeBotApi api;
  static TalksBot bot;

  @RegisterExtension static final BotHarness harness = BotHarness.seedCorpus();

  @BeforeAll
  static void start() {
    api = harness.api();
    bot = harness.bot();
  }

  static int next() {
    return harness.nextUpdateId();
  }

  static FakeBotApi.Call answerIn(long chat) throws InterruptedException {
    return api.await("sendmessage", c -> String.valueOf(chat).equals(c.chatId()), WAIT);
  }

  static List<String> callbackData(FakeBotApi.Call call) {
    List<String> out = new ArrayList<>();
    for (JsonNode row : call.body().path("reply_markup").path("inline_keyboard")) {
      for (JsonNode b : row) out.add(b.path("callback_data").asText());
    }
    return out;
  }

  /** Waits until {@code condition} holds; other end-to-end suites use it too. */
  static void await(BooleanSupplier condition, String what) {
    BotHarness.await(condition, what);
  }

  @Test
  void startupRegistersMenusWithAdminCommandsOnlyForAdmins() throws Exception {
    FakeBotApi.Call everyone =
        api.await(
            "setmycommands",
            c -> c.body().path("scope").path("type").asText().equals("default"),
            WAIT);
    FakeBotApi.Call admin =
        api.await(
            "setmycommands",
            c -> c.body().path("scope").path("chat_id").asText().equals("4242"),
            WAIT);
    assertTrue(everyone.body().toString().contains("\"ask\""));
    assertTrue(admin.body().toString().contains("\"ask\""));
    assertFalse(
        api.calls("deletewebhook", c -> true).isEmpty(), "the poller deletes any webhook first");
  }

  @Test
  void privateQuestionIsAnsweredInHtmlWithButtons() throws Exception {
    api.push(TestUpdates.text(next(), 1001, 1001, "What does Russia demand?"));
    FakeBotApi.Call answer = answerIn(1001);
    assertEquals("HTML", answer.body().path("parse_mode").asText());
    assertTrue(answer.text().contains("<b>"), answer.text());
    assertTrue(
        answer.text().startsWith("<blockquote>"), "the answering sentence first: " + answer.text());
    List<String> data = callbackData(answer);
    assertTrue(data.stream().anyMatch(d -> d.startsWith("p:")), data.toString());
    assertTrue(data.stream().anyMatch(d -> d.startsWith("c:")), data.toString());
  }

  @Test
  void groupAskForThisBotIsAnsweredInItsForumTopic() throws Exception {
    api.push(
        TestUpdates.topicText(next(), -1002, 7, 33, "/ask@" + BOT + " What did Zelensky say?"));
    FakeBotApi.Call answer = answerIn(-1002);
    assertEquals(33, answer.body().path("message_thread_id").asInt());
    assertTrue(answer.body().has("reply_to_message_id"));
    assertTrue(
        answer.text().contains("Zelensky") || answer.text().contains("Zelenskyy"), answer.text());
  }

  @Test
  void otherBotsCommandsAndChatterAreIgnored() throws Exception {
    api.push(TestUpdates.text(next(), -1003, 7, "/ask@OtherBot What did Zelensky say?"));
    api.push(TestUpdates.text(next(), -1003, 7, "just chatting about Putin and Moscow"));
    int asked = next();
    api.push(TestUpdates.text(asked, -1003, 7, "/ask@" + BOT + " Who met Putin in Moscow?"));
    FakeBotApi.Call answer = answerIn(-1003);
    assertEquals(
        asked,
        answer.body().path("reply_to_message_id").asInt(),
        "the answer quotes the question it answers");
    // Same chat, so handled in order: the two before were already dealt with.
    assertEquals(1, api.calls("sendmessage", c -> "-1003".equals(c.chatId())).size());
  }

  @Test
  void followUpReplyToTheBotIsAnswered() throws Exception {
    api.push(TestUpdates.replyToBot(next(), -1012, 7, 5001, "What about security guarantees?"));
    assertTrue(answerIn(-1012).text().contains("security"));
  }

  @Test
  void htmlHostileInputIsAnsweredWithoutA400() throws Exception {
    api.push(
        TestUpdates.text(next(), 1004, 1004, "What does Russia <b>demand</b> & why, if 1 < 2?"));
    api.push(TestUpdates.text(next(), 1004, 1004, "<b> & <script>alert(1)</script> 1 < 2"));
    FakeBotApi.Call answer = answerIn(1004);
    assertTrue(
        answer.text().startsWith("<blockquote>") && !answer.text().contains("<b>demand</b> &"),
        answer.text());
    api.await("sendmessage", c -> "1004".equals(c.chatId()) && c != answer, WAIT);
    List<FakeBotApi.Call> all = api.calls("sendmessage", c -> "1004".equals(c.chatId()));
    assertEquals(List.of(200, 200), all.stream().map(FakeBotApi.Call::status).toList());
    for (FakeBotApi.Call c : all) {
      assertNull(TelegramHtml.problem(c.text()), c.text());
      assertFalse(c.text().contains("<script>"), c.text());
    }
  }

  @Test
  void outOfScopeQuestionGetsAFriendlyNoAnswer() throws Exception {
    api.push(TestUpdates.text(next(), 1005, 1005, "What is the capital of Australia?"));
    FakeBotApi.Call answer = answerIn(1005);
    assertTrue(answer.text().contains("nothing in the articles"), answer.text());
    assertTrue(answer.text().contains(AnswerFormatter.EXAMPLES.get(0)), answer.text());
    assertTrue(callbackData(answer).isEmpty(), "no buttons without passages");
    // Recorded for the admins' `feedback` list (before the reply goes out).
    await(
        () -> {
          try (StateDatabase db = StateDatabase.openExisting(harness.data())) {
            return new FeedbackTable(db, java.time.Clock.systemUTC())
                .listNegative(50).stream()
                    .anyMatch(
                        f ->
                            f.chatId() == 1005
                                && f.question().equals("What is the capital of Australia?")
                                && f.vote() == FeedbackRepository.Vote.NO_ANSWER);
          } catch (java.io.IOException e) {
            return false;
          }
        },
        "the unanswered question recorded");
  }

  @Test
  void buttonsPageAndShowContextAndEveryPressIsAnswered() throws Exception {
    api.push(TestUpdates.text(next(), 1006, 1006, "What does Russia demand?"));
    FakeBotApi.Call answer = answerIn(1006);
    int messageId = answer.result().path("message_id").asInt();
    List<String> data = callbackData(answer);
    String context = data.stream().filter(d -> d.startsWith("c:")).findFirst().orElseThrow();
    String more = data.stream().filter(d -> d.startsWith("p:")).findFirst().orElseThrow();

    int contextPress = next();
    api.push(TestUpdates.callback(contextPress, 1006, 1006, messageId, context));
    api.await(
        "answercallbackquery",
        c -> c.body().path("callback_query_id").asText().equals("cb" + contextPress),
        WAIT);
    FakeBotApi.Call shown =
        api.await(
            "editmessagetext", c -> "1006".equals(c.chatId()) && c.text().contains("¶"), WAIT);
    assertNull(TelegramHtml.problem(shown.text()));

    int morePress = next();
    api.push(TestUpdates.callback(morePress, 1006, 1006, messageId, more));
    FakeBotApi.Call edit =
        api.await(
            "editmessagetext",
            c -> "1006".equals(c.chatId()) && c.text().contains("Passages 4–"),
            WAIT);
    assertEquals(messageId, edit.body().path("message_id").asInt());
    api.await(
        "answercallbackquery",
        c -> c.body().path("callback_query_id").asText().equals("cb" + morePress),
        WAIT);

    int expiredPress = next();
    api.push(TestUpdates.callback(expiredPress, 1006, 1006, messageId, "m:gone1234"));
    FakeBotApi.Call expired =
        api.await(
            "answercallbackquery",
            c -> c.body().path("callback_query_id").asText().equals("cb" + expiredPress),
            WAIT);
    assertEquals(CallbackHandler.EXPIRED, expired.body().path("text").asText());
  }

  @Test
  void inlineQueryOffersPassages() throws Exception {
    int id = next();
    api.push(TestUpdates.inline(id, 1007, "What does Russia demand?"));
    FakeBotApi.Call call =
        api.await(
            "answerinlinequery",
            c -> c.body().path("inline_query_id").asText().equals("iq" + id),
            WAIT);
    JsonNode results = call.body().path("results");
    assertTrue(results.size() >= 1 && results.size() <= 50, results.toString());
    assertEquals("article", results.get(0).path("type").asText());
    assertNull(
        TelegramHtml.problem(
            results.get(0).path("input_message_content").path("message_text").asText()));
  }

  @Test
  void after429TheBotWaitsAndSendsAgain() throws Exception {
    api.failNext("sendmessage", 1008, 429, "Too Many Requests: retry after 1", 1);
    api.push(TestUpdates.text(next(), 1008, 1008, "What did Zelensky say?"));
    answerIn(1008);
    List<FakeBotApi.Call> all = api.calls("sendmessage", c -> "1008".equals(c.chatId()));
    assertEquals(List.of(429, 200), all.stream().map(FakeBotApi.Call::status).toList());
  }

  @Test
  void after500TwiceTheBotRetriesAndSucceeds() throws Exception {
    api.failNext("sendmessage", 1009, 500, "Internal Server Error", null);
    api.failNext("sendmessage", 1009, 500, "Internal Server Error", null);
    api.push(TestUpdates.text(next(), 1009, 1009, "What did Zelensky say?"));
    answerIn(1009);
    List<FakeBotApi.Call> all = api.calls("sendmessage", c -> "1009".equals(c.chatId()));
    assertEquals(List.of(500, 500, 200), all.stream().map(FakeBotApi.Call::status).toList());
  }

  @Test
  void a403IsRecordedAndTheChatLeftAlone() throws Exception {
    api.failNext("sendmessage", 1010, 403, "Forbidden: bot was blocked by the user", null);
    api.push(TestUpdates.text(next(), 1010, 1010, "What did Zelensky say?"));
    api.awaitAny("sendmessage", c -> "1010".equals(c.chatId()) && c.status() == 403, WAIT);
    await(() -> bot.blockedChats().contains(1010), "chat 1010 recorded as blocked");
    // BlockedChats adds to memory before it saves: wait for the database too, as a restart reads
    // it.
    await(
        () -> {
          try (StateDatabase db = StateDatabase.open(harness.data())) {
            return BlockedChats.load(db, java.time.Clock.systemUTC()).contains(1010);
          } catch (java.io.IOException e) {
            return false;
          }
        },
        "chat 1010 saved as blocked");
    assertEquals(1, api.calls("sendmessage", c -> "1010".equals(c.chatId())).size());
  }

  @Test
  void htmlTelegramCannotParseIsSentAgainAsPlainText() throws Exception {
    api.failNext(
        "sendmessage", 1011, 400, "Bad Request: can't parse entities: Unsupported start tag", null);
    api.push(TestUpdates.text(next(), 1011, 1011, "What did Zelensky say?"));
    FakeBotApi.Call plain = answerIn(1011);
    assertFalse(plain.body().has("parse_mode"), plain.body().toString());
    assertFalse(plain.text().contains("<b>"), plain.text());
  }

  @Test
  void helpAndSourcesWork() throws Exception {
    api.push(TestUpdates.text(next(), 1013, 1013, "/start"));
    api.push(TestUpdates.text(next(), 1013, 1013, "/sources"));
    FakeBotApi.Call help = answerIn(1013);
    assertTrue(help.text().contains("/ask"), help.text());
    FakeBotApi.Call sources =
        api.await(
            "sendmessage",
            c -> "1013".equals(c.chatId()) && c.text().contains("Indexed articles (5)"),
            WAIT);
    assertNull(TelegramHtml.problem(sources.text()));
  }

  @Test
  void floodingUserGetsOneNoticeThenSilence() throws Exception {
    for (int i = 0; i < TestEngine.TUNING.floodMax() + 3; i++) {
      api.push(TestUpdates.text(next(), 1014, 1014, "What did Zelensky say?"));
    }
    ObjectNode marker = TestUpdates.text(next(), 1014, 1014, "/help");
    api.push(marker);
    api.await("sendmessage", c -> "1014".equals(c.chatId()) && c.text().contains("/ask"), WAIT);
    List<FakeBotApi.Call> all = api.calls("sendmessage", c -> "1014".equals(c.chatId()));
    long notices = all.stream().filter(c -> c.text().contains("faster than I can keep up")).count();
    assertEquals(1, notices);
    assertEquals(TestEngine.TUNING.floodMax() + 2, all.size(), "answers, one notice, help");
  }
}
