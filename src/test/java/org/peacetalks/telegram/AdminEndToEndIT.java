package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peacetalks.admin.ArticleIntake;
import org.peacetalks.digest.ArticleLedger;
import org.peacetalks.storage.OpenStates;
import org.peacetalks.telegram.admin.AdminFeature;

/**
 * The admin commands end to end: the real poller and client against {@link FakeBotApi}, the {@link
 * AdminFeature} over a copy of the seed corpus, an index with a {@link StubEmbedder} so that a
 * rebuild can be held or made to fail halfway. Questions are answered by words alone.
 */
@Timeout(60)
class AdminEndToEndIT {
  static final Duration WAIT = Duration.ofSeconds(15);
  static final long ADMIN = TestEngine.ADMIN;

  static final StubEmbedder embedder = new StubEmbedder();
  static final OpenStates states = new OpenStates();
  static Path articles;
  static FakeBotApi api;
  static TestEngine engine;
  static TalksBot bot;
  static ArticleLedger ledger;

  @RegisterExtension
  static final BotHarness harness =
      BotHarness.seedCorpus()
          .engine(
              dir -> {
                articles = Files.createDirectories(dir.resolve("articles"));
                try (Stream<Path> seeds = Files.list(TestEngine.CORPUS)) {
                  for (Path p : seeds.toList()) Files.copy(p, articles.resolve(p.getFileName()));
                }
                return new TestEngine(dir.resolve("index"), articles, embedder);
              })
          .bot(
              h -> {
                engine = h.engine();
                ledger = new ArticleLedger(h.closeLater(states).open(h.data()));
                ledger.recordNew(
                    engine.index.articles(), Clock.systemUTC().instant()); // the initial import
                ArticleIntake intake =
                    new ArticleIntake(
                        engine.store,
                        engine.index,
                        Clock.systemUTC(),
                        added -> {
                          try {
                            ledger.recordNew(List.of(added), Clock.systemUTC().instant());
                          } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                          }
                        });
                AdminFeature admin =
                    new AdminFeature(
                        intake,
                        engine.reindexer,
                        engine.index,
                        ledger::forget,
                        () -> 3,
                        2_000_000,
                        "it",
                        Clock.systemUTC(),
                        texts -> List.of());
                return engine.bot(h.api(), h.data(), List.of(admin));
              });

  @BeforeAll
  static void start() {
    api = harness.api();
    bot = harness.bot();
  }

  static int next() {
    return harness.nextUpdateId();
  }

  static FakeBotApi.Call sent(long chat, String containing) throws InterruptedException {
    return api.awaitIn("sendmessage", chat, containing, WAIT);
  }

  static FakeBotApi.Call edited(long chat, String containing) throws InterruptedException {
    return api.awaitIn("editmessagetext", chat, containing, WAIT);
  }

  /** A message with a file and a caption, as Telegram sends an upload. */
  static ObjectNode upload(
      int updateId,
      long chat,
      long user,
      String fileId,
      String fileName,
      int size,
      String caption) {
    ObjectNode update = TestUpdates.text(updateId, chat, user, caption);
    ObjectNode m = (ObjectNode) update.get("message");
    m.put("caption", m.remove("text").asText());
    m.set("caption_entities", m.remove("entities"));
    m.putObject("document")
        .put("file_id", fileId)
        .put("file_unique_id", "u" + fileId)
        .put("file_name", fileName)
        .put("file_size", size)
        .put("mime_type", "text/plain");
    return update;
  }

  /**
   * An article with {@code paragraphs} paragraphs about {@code word}, written straight into the
   * folder.
   */
  static Path writeArticle(String fileName, String word, int paragraphs) throws IOException {
    StringBuilder text = new StringBuilder("Talks about " + word + "\n\n");
    for (int i = 0; i < paragraphs; i++) {
      text.append("Paragraph ")
          .append(i)
          .append(": the ")
          .append(word)
          .append(" delegation tabled point ")
          .append(i * 7 + 3)
          .append(" of its list.\n\n");
    }
    return Files.writeString(articles.resolve(fileName), text);
  }

  @Test
  void adminCommandsAreOnlyInTheAdminsMenu() throws Exception {
    FakeBotApi.Call everyone =
        api.await(
            "setmycommands",
            c -> c.body().path("scope").path("type").asText().equals("default"),
            WAIT);
    FakeBotApi.Call admin =
        api.await(
            "setmycommands",
            c -> c.body().path("scope").path("chat_id").asText().equals(String.valueOf(ADMIN)),
            WAIT);
    for (String name : List.of("reindex", "add", "remove", "stats")) {
      assertFalse(
          everyone.body().toString().contains("\"" + name + "\""), everyone.body().toString());
      assertTrue(admin.body().toString().contains("\"" + name + "\""), admin.body().toString());
    }
  }

  @Test
  void anUploadedArticleIsAddedAndAnswersAQuestionOnlyItCan() throws Exception {
    long stranger = 3002;
    String question = "Where was the Arctic fisheries accord signed?";
    api.push(TestUpdates.text(next(), stranger, stranger, question));
    FakeBotApi.Call before =
        api.await("sendmessage", c -> String.valueOf(stranger).equals(c.chatId()), WAIT);
    assertFalse(before.text().contains("Tromso"), before.text());

    byte[] file =
        ("Arctic fisheries accord signed in Tromso\n\n"
                + "Negotiators signed the Arctic fisheries accord in Tromso on Tuesday, ending years of dispute over cod quotas.\n")
            .getBytes(StandardCharsets.UTF_8);
    api.putFile("doc-arctic", "documents/file_7.txt", file);
    // A stranger's upload is refused and never fetched.
    api.push(
        upload(
            next(),
            -1009,
            stranger,
            "doc-arctic",
            "arctic.txt",
            file.length,
            "/add@" + TestUpdates.BOT_NAME));
    sent(-1009, "only for the bot's admins");
    api.push(
        upload(next(), ADMIN, ADMIN, "doc-arctic", "../../config/bot.txt", file.length, "/add"));

    FakeBotApi.Call added = sent(ADMIN, "Added");
    assertNull(TelegramHtml.problem(added.text()));
    Matcher id = Pattern.compile("<code>([^<]+)</code>").matcher(added.text());
    assertTrue(id.find(), added.text());
    assertTrue(added.text().contains("Arctic fisheries accord signed in Tromso"), added.text());
    assertEquals(
        1, api.calls("download", c -> true).size(), "downloaded once, from the configured server");
    assertEquals(1, api.calls("getfile", c -> true).size());
    assertTrue(Files.exists(articles.resolve(id.group(1) + ".txt")), "stored under the bot's name");
    assertTrue(ledger.addedAt(id.group(1)).isPresent(), "recorded for the digest");

    api.push(TestUpdates.text(next(), stranger, stranger, question));
    FakeBotApi.Call after =
        api.await(
            "sendmessage",
            c -> String.valueOf(stranger).equals(c.chatId()) && c.text().contains("Tromso"),
            WAIT);
    assertTrue(after.text().contains("Arctic fisheries accord"), after.text());
    assertTrue(
        after.text().contains("bot.txt"),
        "the source line names the uploaded file: " + after.text());
    assertFalse(after.text().contains(id.group(1)), "never the stored name: " + after.text());
  }

  @Test
  void questionsAreAnsweredWhileAReindexRunsAndASecondOneIsTurnedAway() throws Exception {
    Path file = writeArticle("quokka.txt", "Quokkaville", 100);
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    embedder.holdAtBatch(2, entered, release);
    try {
      api.push(TestUpdates.text(next(), ADMIN, ADMIN, "/reindex"));
      sent(ADMIN, "Reindexing…");
      assertTrue(
          entered.await(WAIT.toSeconds(), TimeUnit.SECONDS),
          "the rebuild reached its second batch");
      edited(ADMIN, "embedding 32/100 paragraphs");

      long asker = 3003;
      api.push(TestUpdates.text(next(), asker, asker, "What does Russia demand?"));
      FakeBotApi.Call answer =
          api.await("sendmessage", c -> String.valueOf(asker).equals(c.chatId()), WAIT);
      assertTrue(
          answer.text().contains("<b>"), "answered from the previous index: " + answer.text());
      assertTrue(engine.reindexer.isRunning(), "still rebuilding while the question was answered");

      api.push(TestUpdates.text(next(), ADMIN, ADMIN, "/reindex"));
      sent(ADMIN, "already running");
    } finally {
      release.countDown();
    }
    FakeBotApi.Call result = edited(ADMIN, "Reindexed in");
    assertTrue(result.text().contains("paragraphs: "), result.text());
    assertTrue(
        result.text().contains("Articles: " + engine.index.stats().articles()), result.text());
    assertNull(TelegramHtml.problem(result.text()));

    long asker = 3004;
    api.push(TestUpdates.text(next(), asker, asker, "What did the Quokkaville delegation table?"));
    FakeBotApi.Call answer =
        api.await("sendmessage", c -> String.valueOf(asker).equals(c.chatId()), WAIT);
    assertTrue(answer.text().contains("Quokkaville"), answer.text());
    Files.delete(file);
  }

  @Test
  void aReindexThatFailsHalfwayLeavesThePreviousIndexServing() throws Exception {
    int articlesBefore = engine.index.stats().articles();
    Path file = writeArticle("zanzibar.txt", "Zanzibarian", 100);
    embedder.failAtBatch(2);
    try {
      api.push(TestUpdates.text(next(), ADMIN, ADMIN, "/reindex"));
      FakeBotApi.Call failed = edited(ADMIN, "Reindex failed");
      assertTrue(failed.text().contains("embedding model crashed"), failed.text());
      assertTrue(failed.text().contains("previous index is still answering"), failed.text());
    } finally {
      embedder.disarm();
      Files.delete(file);
    }
    assertEquals(articlesBefore, engine.index.stats().articles());

    long asker = 3005;
    api.push(TestUpdates.text(next(), asker, asker, "What did Zelensky say?"));
    FakeBotApi.Call seed =
        api.await("sendmessage", c -> String.valueOf(asker).equals(c.chatId()), WAIT);
    assertTrue(seed.text().contains("Zelensky"), seed.text());
    api.push(TestUpdates.text(next(), asker, asker, "What did the Zanzibarian delegation table?"));
    FakeBotApi.Call none =
        api.await("sendmessage", c -> String.valueOf(asker).equals(c.chatId()) && c != seed, WAIT);
    assertTrue(
        none.text().contains("nothing in the articles"),
        "nothing from the failed rebuild: " + none.text());
  }
}
