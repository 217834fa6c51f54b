package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peacetalks.search.Passage;
import org.peacetalks.telegram.answer.AnswerExtras;
import org.peacetalks.telegram.answer.AnswerFormatter;
import org.peacetalks.telegram.answer.CallbackHandler;
import org.peacetalks.telegram.answer.FeedbackSink;
import org.peacetalks.telegram.answer.InlineAnswerer;
import org.peacetalks.telegram.answer.PagingFloor;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The answer's buttons, /start, inline mode, media and joining a group, end to end: the real poller
 * and client against {@link FakeBotApi}, the engine over the seed and dev articles (the dev ones
 * name their outlets), a feedback sink that records what it is told.
 */
@Timeout(60)
class AnswerButtonsIT {
  static final Duration WAIT = Duration.ofSeconds(15);

  /** One vote or unanswered question, as the sink was told it. */
  record Told(long chatId, String question, List<Integer> ranks, FeedbackSink.Vote vote) {}

  static final List<Told> told = new CopyOnWriteArrayList<>();
  static FakeBotApi api;
  static TestEngine engine;
  static TalksBot bot;

  @RegisterExtension
  static final BotHarness harness =
      BotHarness.seedCorpus()
          .updateIdsAfter(500)
          .engine(
              dir -> {
                Path articles = Files.createDirectories(dir.resolve("articles"));
                for (String folder : List.of("seed", "dev")) {
                  try (Stream<Path> files =
                      Files.list(Path.of("src/test/resources/corpus", folder))) {
                    for (Path f : files.toList()) Files.copy(f, articles.resolve(f.getFileName()));
                  }
                }
                return new TestEngine(dir.resolve("index"), articles, null);
              })
          .bot(
              h -> {
                engine = h.engine();
                FeedbackSink sink =
                    new FeedbackSink() {
                      @Override
                      public void record(
                          long chatId, String question, List<Passage> shown, Vote vote) {
                        told.add(
                            new Told(
                                chatId,
                                question,
                                shown.stream().map(Passage::rank).toList(),
                                vote));
                      }

                      @Override
                      public void noAnswer(long chatId, String question) {
                        told.add(new Told(chatId, question, List.of(), null));
                      }
                    };
                TelegramUrl url = TelegramEndpoint.of(h.api().url());
                return TalksBot.builder()
                    .token(TestEngine.TOKEN)
                    .url(url)
                    .client(new OkHttpTelegramClient(TestEngine.TOKEN, url))
                    .admins(Set.of(TestEngine.ADMIN))
                    .dataDir(h.data())
                    .engine(engine.searcher, engine.index)
                    .tuning(TestEngine.TUNING)
                    .extras(new AnswerExtras(sink, id -> Instant.parse("2026-12-01T09:00:00Z")))
                    .build();
              });

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

  static List<String> buttons(JsonNode body, boolean labels) {
    List<String> out = new ArrayList<>();
    for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
      for (JsonNode b : row) out.add(b.path(labels ? "text" : "callback_data").asText());
    }
    return out;
  }

  static String data(JsonNode body, String label) {
    List<String> labels = buttons(body, true);
    int at = labels.indexOf(label);
    return at < 0 ? null : buttons(body, false).get(at);
  }

  /** Presses a button and waits until the press is answered; returns the toast (empty if none). */
  static String press(long chat, int messageId, String data) throws InterruptedException {
    int id = next();
    api.push(TestUpdates.callback(id, chat, chat, messageId, data));
    return api.await(
            "answercallbackquery",
            c -> c.body().path("callback_query_id").asText().equals("cb" + id),
            WAIT)
        .body()
        .path("text")
        .asText();
  }

  static FakeBotApi.Call lastEdit(long chat) {
    List<FakeBotApi.Call> edits =
        api.calls("editmessagetext", c -> c.ok() && String.valueOf(chat).equals(c.chatId()));
    return edits.isEmpty() ? null : edits.get(edits.size() - 1);
  }

  @Test
  void moreAndBackPageThroughTheAnswerAndStopAtTheEnds() throws Exception {
    long chat = 3001;
    api.push(TestUpdates.text(next(), chat, chat, "What does Russia demand?"));
    FakeBotApi.Call first = answerIn(chat);
    int messageId = first.result().path("message_id").asInt();
    assertEquals(
        List.of("Context of 1", "Context of 2", "Context of 3", "More ▶", "👍", "👎"),
        buttons(first.body(), true));

    JsonNode page = first.body();
    int pages = 1;
    while (data(page, "More ▶") != null) {
      assertEquals("", press(chat, messageId, data(page, "More ▶")));
      page = lastEdit(chat).body();
      pages++;
      assertTrue(pages <= PagingFloor.DEFAULT.maxRank() / 3, "More never runs out");
      assertTrue(
          page.path("text").asText().startsWith("<i>Passages " + (3 * pages - 2) + "–"),
          page.toString());
      assertNull(TelegramHtml.problem(page.path("text").asText()));
      assertTrue(data(page, "◀ Back") != null, "a way back from page " + pages);
    }
    assertTrue(
        pages >= 2, "the seed and dev articles hold more than three passages on Russia's demands");
    String lastData =
        buttons(page, false).stream()
            .filter(d -> d.startsWith("c:"))
            .reduce((a, b) -> b)
            .orElseThrow();
    String key = lastData.split(":")[1];
    assertEquals(
        CallbackHandler.NO_MORE,
        press(chat, messageId, "p:" + key + ":" + pages),
        "a page past the last relevant passage shows nothing");

    while (data(page, "◀ Back") != null) {
      press(chat, messageId, data(page, "◀ Back"));
      page = lastEdit(chat).body();
    }
    assertEquals(
        first.body().path("text").asText(),
        page.path("text").asText(),
        "back on the first page, as first sent");
    assertEquals(buttons(first.body(), true), buttons(page, true));
  }

  @Test
  void contextShowsTheNeighboursWithAWayBack() throws Exception {
    long chat = 3002;
    api.push(TestUpdates.text(next(), chat, chat, "Who leads Ukraine's delegation?"));
    FakeBotApi.Call first = answerIn(chat);
    int messageId = first.result().path("message_id").asInt();
    press(chat, messageId, data(first.body(), "Context of 2"));
    FakeBotApi.Call context = lastEdit(chat);
    String text = context.body().path("text").asText();
    assertTrue(text.startsWith("📄 <b>Context of 2</b>"), text);
    assertTrue(text.contains("<b>¶ "), "the passage marked among its neighbours: " + text);
    assertEquals(List.of("◀ Back"), buttons(context.body(), true));
    press(chat, messageId, data(context.body(), "◀ Back"));
    assertEquals(first.body().path("text").asText(), lastEdit(chat).body().path("text").asText());
  }

  @Test
  void startIsShortAndATappedExampleQuestionIsAnswered() throws Exception {
    long chat = 3003;
    api.push(TestUpdates.text(next(), chat, chat, "/start"));
    FakeBotApi.Call start = answerIn(chat);
    assertTrue(start.text().split("\n").length <= 5, start.text());
    assertEquals(AnswerFormatter.EXAMPLES, buttons(start.body(), true));
    int startId = start.result().path("message_id").asInt();

    press(chat, startId, buttons(start.body(), false).get(1));
    FakeBotApi.Call answer =
        api.await(
            "sendmessage",
            c -> String.valueOf(chat).equals(c.chatId()) && c.text().startsWith("🔎"),
            WAIT);
    assertTrue(answer.text().contains(AnswerFormatter.EXAMPLES.get(1)), answer.text());
    assertTrue(answer.text().contains("Umerov"), "answered, not just echoed: " + answer.text());

    int answerId = answer.result().path("message_id").asInt();
    press(chat, answerId, data(answer.body(), "Context of 1"));
    press(chat, answerId, data(lastEdit(chat).body(), "◀ Back"));
    assertEquals(
        answer.text(),
        lastEdit(chat).body().path("text").asText(),
        "back to the answer, question and all");
  }

  @Test
  void votesAndUnansweredQuestionsReachTheFeedbackSink() throws Exception {
    long chat = 3004;
    api.push(TestUpdates.text(next(), chat, chat, "Did Russia capture Pokrovsk?"));
    FakeBotApi.Call first = answerIn(chat);
    int messageId = first.result().path("message_id").asInt();
    assertEquals(CallbackHandler.THANKS, press(chat, messageId, data(first.body(), "👎")));
    assertTrue(
        told.contains(
            new Told(
                chat, "Did Russia capture Pokrovsk?", List.of(1, 2, 3), FeedbackSink.Vote.DOWN)),
        told.toString());

    api.push(TestUpdates.text(next(), chat, chat, "What is the best recipe for sourdough bread?"));
    api.await(
        "sendmessage",
        c -> String.valueOf(chat).equals(c.chatId()) && c.text().contains("nothing"),
        WAIT);
    assertTrue(
        told.contains(
            new Told(chat, "What is the best recipe for sourdough bread?", List.of(), null)),
        told.toString());
  }

  @Test
  void aButtonPressedInAnotherChatIsRefused() throws Exception {
    long chatA = 3005;
    long chatB = 3006;
    api.push(TestUpdates.text(next(), chatA, chatA, "What does Russia demand?"));
    FakeBotApi.Call first = answerIn(chatA);
    int messageId = first.result().path("message_id").asInt();
    int before = told.size();
    for (String data : buttons(first.body(), false)) {
      assertEquals(CallbackHandler.EXPIRED, press(chatB, messageId, data), data);
    }
    assertTrue(
        api.calls("editmessagetext", c -> String.valueOf(chatB).equals(c.chatId())).isEmpty());
    assertTrue(
        api.calls("sendmessage", c -> String.valueOf(chatB).equals(c.chatId())).isEmpty(),
        "chat A's question and passages never shown in chat B");
    assertEquals(before, told.size(), "no vote recorded for chat A from chat B");
    assertEquals(
        "",
        press(chatA, messageId, data(first.body(), "Context of 1")),
        "still works where it was made");
  }

  @Test
  void inlineResultsCarryOutletDateAndTheAnsweringSentence() throws Exception {
    int id = next();
    api.push(TestUpdates.inline(id, 3007, "Who leads Ukraine's delegation?"));
    JsonNode results =
        api.await(
                "answerinlinequery",
                c -> c.body().path("inline_query_id").asText().equals("iq" + id),
                WAIT)
            .body()
            .path("results");
    assertTrue(results.size() >= 1, results.toString());
    JsonNode first = results.get(0);
    assertEquals("Kyiv Briefing · 29 Nov 2025", first.path("title").asText(), first.toString());
    assertTrue(first.path("description").asText().contains("Rustem Umerov"), first.toString());
    String message = first.path("input_message_content").path("message_text").asText();
    assertTrue(
        message.startsWith("🔎 <i>Who leads Ukraine's delegation?</i>\n<blockquote>"), message);
    for (JsonNode r : results) {
      assertFalse(r.toString().matches(".*\\.(txt|md|html)\\b.*"), "no file name: " + r);
      assertFalse(r.path("title").asText().matches("^\\d+\\..*"), "no stray rank: " + r);
    }

    int empty = next();
    api.push(TestUpdates.inline(empty, 3007, ""));
    JsonNode hint =
        api.await(
                "answerinlinequery",
                c -> c.body().path("inline_query_id").asText().equals("iq" + empty),
                WAIT)
            .body();
    assertEquals(0, hint.path("results").size());
    assertEquals(InlineAnswerer.HINT, hint.path("button").path("text").asText(), hint.toString());
  }

  @Test
  void aStickerGetsOneShortLine() throws Exception {
    long chat = 3008;
    ObjectNode update = TestUpdates.text(next(), chat, chat, "x");
    ObjectNode message = (ObjectNode) update.path("message");
    message.remove("text");
    message
        .putObject("sticker")
        .put("file_id", "st1")
        .put("file_unique_id", "ust1")
        .put("type", "regular")
        .put("width", 512)
        .put("height", 512)
        .put("is_animated", false)
        .put("is_video", false);
    api.push(update);
    FakeBotApi.Call reply = answerIn(chat);
    assertEquals(AnswerFormatter.notUnderstood(), reply.text());
    assertFalse(reply.text().contains("\n"));
  }

  @Test
  void addedToAGroupItSaysOnceHowToAskThere() throws Exception {
    long group = -3009;
    api.push(TestUpdates.myChatMember(next(), group, 77, "left", "member"));
    FakeBotApi.Call hello = answerIn(group);
    assertTrue(hello.text().contains("/ask@" + TestUpdates.BOT_NAME), hello.text());
    assertTrue(hello.text().contains("Privacy mode"), hello.text());
    // Promoted to admin later: already there, nothing more to say.
    api.push(TestUpdates.myChatMember(next(), group, 77, "member", "administrator"));
    api.push(
        TestUpdates.text(
            next(), group, 77, "/ask@" + TestUpdates.BOT_NAME + " What does Russia demand?"));
    api.await(
        "sendmessage",
        c -> String.valueOf(group).equals(c.chatId()) && c.text().startsWith("<blockquote>"),
        WAIT);
    assertEquals(
        1,
        api.calls(
                "sendmessage",
                c -> String.valueOf(group).equals(c.chatId()) && c.text().contains("Privacy mode"))
            .size());
  }
}
