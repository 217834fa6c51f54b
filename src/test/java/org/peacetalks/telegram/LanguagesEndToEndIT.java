package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.config.BotConfig;
import org.peacetalks.digest.ArticleLedger;
import org.peacetalks.digest.DigestBuilder;
import org.peacetalks.digest.DigestFormatter;
import org.peacetalks.digest.DigestScheduler;
import org.peacetalks.digest.SubscriptionStore;
import org.peacetalks.search.ArticleSummary;
import org.peacetalks.storage.ChatSettings;
import org.peacetalks.storage.OpenStates;
import org.peacetalks.storage.StateDatabase;
import org.peacetalks.telegram.answer.AnswerExtras;
import org.peacetalks.telegram.answer.FeedbackSink;
import org.peacetalks.telegram.subscription.SubscriptionFeature;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The bot in Ukrainian and Russian, end to end: the real poller and client against {@link
 * FakeBotApi}, the engine over the seed and dev articles, subscriptions on. A Ukrainian and a
 * Russian user (Telegram {@code language_code} uk and ru) each go through /start, a question in
 * their language, More, /subscribe and a digest; a group is switched to Ukrainian by its admin, and
 * a member who is no admin is refused in Ukrainian.
 */
@Timeout(90)
class LanguagesEndToEndIT {
  static final Duration WAIT = Duration.ofSeconds(15);
  static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
  static final BotConfig.Digest SETTINGS =
      new BotConfig.Digest(LocalTime.of(9, 0), KYIV, false, 10);
  static final long UK_USER = 7101;
  static final long RU_USER = 7102;
  static final long GROUP = -7201;
  static final long GROUP_ADMIN = 7301;
  static final long GROUP_MEMBER = 7302;

  @TempDir static Path temp;
  static FakeBotApi api;
  static TestEngine engine;
  static TalksBot bot;
  static SubscriptionStore store;
  static ArticleLedger ledger;
  static ChatSettings settings;
  static final OpenStates states = new OpenStates();
  static final AtomicInteger updateIds = new AtomicInteger(900);

  @BeforeAll
  static void start() throws Exception {
    Path articles = Files.createDirectories(temp.resolve("articles"));
    for (String folder : List.of("seed", "dev")) {
      try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus", folder))) {
        for (Path f : files.toList()) Files.copy(f, articles.resolve(f.getFileName()));
      }
    }
    api = new FakeBotApi(TestEngine.TOKEN);
    engine = new TestEngine(temp.resolve("index"), articles, null);
    Path data = temp.resolve("data");
    StateDatabase db = states.open(data);
    ledger = new ArticleLedger(db);
    ledger.recordNew(
        engine.index.articles(), Clock.systemUTC().instant()); // the initial import: never "new"
    store = SubscriptionStore.open(db, Clock.systemUTC());
    settings = new ChatSettings(db);
    Clock clock = Clock.systemUTC();
    SubscriptionFeature subscriptions =
        new SubscriptionFeature(
            store,
            new DigestScheduler(store, KYIV, clock),
            new DigestBuilder(engine.index, ledger, SETTINGS.maxArticles()),
            new DigestFormatter(KYIV),
            SETTINGS,
            clock);
    TelegramUrl url = TelegramEndpoint.of(java.net.URI.create("http://127.0.0.1:" + api.port()));
    bot =
        TalksBot.builder()
            .token(TestEngine.TOKEN)
            .url(url)
            .client(new OkHttpTelegramClient(TestEngine.TOKEN, url))
            .admins(Set.of(TestEngine.ADMIN))
            .dataDir(data)
            .engine(engine.searcher, engine.index)
            .clock(clock)
            .tuning(TestEngine.TUNING)
            .features(List.of(subscriptions))
            .extras(
                new AnswerExtras(FeedbackSink.NONE, id -> Instant.parse("2026-12-01T09:00:00Z")))
            .build();
    bot.start();
  }

  @AfterAll
  static void stop() throws Exception {
    TestEngine.closeAll(bot, engine, api);
  }

  static int next() {
    return updateIds.incrementAndGet();
  }

  /** A text message from a user whose Telegram speaks {@code language}. */
  static ObjectNode text(long chat, long user, String language, String text) {
    ObjectNode update = TestUpdates.text(next(), chat, user, text);
    ((ObjectNode) update.path("message").path("from")).put("language_code", language);
    return update;
  }

  static FakeBotApi.Call replyIn(long chat, String containing) throws InterruptedException {
    return api.awaitIn("sendmessage", chat, containing, WAIT);
  }

  static List<String> buttons(JsonNode body, boolean labels) {
    return AnswerButtonsIT.buttons(body, labels);
  }

  static String data(JsonNode body, String label) {
    List<String> labels = buttons(body, true);
    int at = labels.indexOf(label);
    return at < 0 ? null : buttons(body, false).get(at);
  }

  /** Presses a button as a user of {@code language}; returns the toast (empty if none). */
  static String press(long chat, long user, String language, int messageId, String data)
      throws InterruptedException {
    int id = next();
    ObjectNode update = TestUpdates.callback(id, chat, user, messageId, data);
    ((ObjectNode) update.path("callback_query").path("from")).put("language_code", language);
    api.push(update);
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

  /** The words a conversation's frame is checked for, per language. */
  record Words(
      String language,
      String start,
      String example,
      String question,
      String context,
      String more,
      String pageHead,
      String subscribed,
      String digestTitle,
      String twoNewArticles,
      String added) {}

  static final Words UKRAINIAN =
      new Words(
          "uk",
          "Відповідаю на запитання",
          "Що вимагає Росія?",
          "Що пропонує план США щодо Донбасу?",
          "Контекст 1",
          "Далі ▶",
          "<i>Уривки 4–",
          "Підписку оформлено",
          "Дайджест мирних переговорів",
          "2 нові статті з ",
          "додано 1 грудня");
  static final Words RUSSIAN =
      new Words(
          "ru",
          "Отвечаю на вопросы",
          "Что требует Россия?",
          "Что предлагает план США по Донбассу?",
          "Контекст 1",
          "Дальше ▶",
          "<i>Отрывки 4–",
          "Подписка оформлена",
          "Дайджест мирных переговоров",
          "2 новые статьи с ",
          "добавлено 1 декабря");

  @Test
  void ukrainianAndRussianUsersGetTheWholeConversationInTheirLanguage() throws Exception {
    converse(UK_USER, UKRAINIAN);
    converse(RU_USER, RUSSIAN);

    // Two articles enter the corpus after they subscribed; the admin sends the digest round.
    List<ArticleSummary> all = engine.index.articles();
    ledger.forget(all.get(0).id());
    ledger.forget(all.get(1).id());
    assertEquals(2, ledger.recordNew(all, Clock.systemUTC().instant()).size());
    api.push(TestUpdates.text(next(), TestEngine.ADMIN, TestEngine.ADMIN, "/senddigest"));
    replyIn(TestEngine.ADMIN, "Digest round done");

    for (Words w : List.of(UKRAINIAN, RUSSIAN)) {
      long chat = w == UKRAINIAN ? UK_USER : RU_USER;
      FakeBotApi.Call digest = replyIn(chat, w.digestTitle());
      assertTrue(digest.text().contains(w.twoNewArticles()), digest.text());
      assertFalse(digest.text().contains("new articles"), digest.text());
    }
  }

  private void converse(long user, Words w) throws Exception {
    api.push(text(user, user, w.language(), "/start"));
    FakeBotApi.Call start = replyIn(user, w.start());
    assertTrue(buttons(start.body(), true).contains(w.example()), start.body().toString());

    api.push(text(user, user, w.language(), w.question()));
    FakeBotApi.Call answer =
        api.await(
            "sendmessage",
            c ->
                String.valueOf(user).equals(c.chatId())
                    && c.body().has("reply_markup")
                    && !c.text().contains(w.start()),
            WAIT);
    assertTrue(buttons(answer.body(), true).contains(w.context()), answer.body().toString());
    assertFalse(buttons(answer.body(), true).contains("Context of 1"), answer.body().toString());

    // The first example under /start, tapped: asked in the user's language, answered with More.
    press(
        user,
        user,
        w.language(),
        start.result().path("message_id").asInt(),
        data(start.body(), w.example()));
    FakeBotApi.Call broad =
        api.await(
            "sendmessage",
            c ->
                String.valueOf(user).equals(c.chatId())
                    && c.text().contains(Html.escape(w.example())),
            WAIT);
    String more = data(broad.body(), w.more());
    assertNotNull(more, "a More button in " + w.language() + ": " + buttons(broad.body(), true));
    assertEquals(
        "", press(user, user, w.language(), broad.result().path("message_id").asInt(), more));
    String page = lastEdit(user).body().path("text").asText();
    assertTrue(page.startsWith(w.pageHead()), page);

    api.push(text(user, user, w.language(), "/subscribe"));
    FakeBotApi.Call subscribed = replyIn(user, w.subscribed());
    assertFalse(subscribed.text().contains("Subscribed"), subscribed.text());
    assertEquals(Optional.of(w.language()), store.get(user).map(s -> s.language()));
  }

  @Test
  void theSourceLineSaysWhenAnUndatedArticleWasAddedInTheReadersLanguage() throws Exception {
    long user = 7103;
    api.push(text(user, user, "uk", "/sources"));
    FakeBotApi.Call sources = replyIn(user, "Статті в індексі");
    assertTrue(
        sources.text().contains(UKRAINIAN.added())
            || sources.text().matches("(?s).*\\d+ (грудня|листопада|жовтня).*"),
        sources.text());
    assertTrue(sources.text().matches("(?s).*\\d+ абзац(и|ів)?.*"), sources.text());
  }

  @Test
  void aGroupAdminSwitchesTheGroupToUkrainianAndAMemberIsRefusedInIt() throws Exception {
    api.memberStatus(GROUP, GROUP_ADMIN, "administrator");
    api.memberStatus(GROUP, GROUP_MEMBER, "member");
    // The admin's Telegram is English: the group's choice, not the writer's, decides from then on.
    api.push(text(GROUP, GROUP_ADMIN, "en", "/language@" + TestUpdates.BOT_NAME + " uk"));
    replyIn(GROUP, "Готово: тепер у цьому чаті я пишу українською.");
    assertEquals(Optional.of("uk"), settings.language(GROUP));

    api.push(text(GROUP, GROUP_MEMBER, "ru", "/language@" + TestUpdates.BOT_NAME + " ru"));
    replyIn(GROUP, "Змінити мову бота в цій групі можуть лише її адміністратори.");
    assertEquals(Optional.of("uk"), settings.language(GROUP));

    api.push(text(GROUP, GROUP_MEMBER, "en", "/help@" + TestUpdates.BOT_NAME));
    FakeBotApi.Call help = replyIn(GROUP, "Як запитувати");
    assertTrue(help.text().contains("/language – "), help.text());

    // Without an argument: the current language and a button per language.
    api.push(text(GROUP, GROUP_MEMBER, "en", "/language@" + TestUpdates.BOT_NAME));
    FakeBotApi.Call current = replyIn(GROUP, "Мова бота в цьому чаті: <b>Українська</b>");
    assertEquals(List.of("English", "Українська", "Русский"), buttons(current.body(), true));
    // A member's press is refused too; the admin's switches the group to Russian.
    press(GROUP, GROUP_MEMBER, "en", current.result().path("message_id").asInt(), "l:ru");
    BotEndToEndIT.await(
        () ->
            api.calls(
                        "sendmessage",
                        c ->
                            String.valueOf(GROUP).equals(c.chatId())
                                && c.text().contains("лише її адміністратори"))
                    .size()
                == 2,
        "the member's press refused in Ukrainian");
    press(GROUP, GROUP_ADMIN, "en", current.result().path("message_id").asInt(), "l:ru");
    replyIn(GROUP, "Готово: теперь в этом чате я пишу по-русски.");
    assertEquals(Optional.of("ru"), settings.language(GROUP));
  }

  @Test
  void inAGroupWithoutAChoiceAnAnswerIsFramedInTheQuestionsLanguage() throws Exception {
    long group = -7202;
    api.push(text(group, 7401, "en", "/ask@" + TestUpdates.BOT_NAME + " Что требует Россия?"));
    FakeBotApi.Call ru =
        api.await("sendmessage", c -> String.valueOf(group).equals(c.chatId()), WAIT);
    assertTrue(
        buttons(ru.body(), true).contains("Контекст 1"), buttons(ru.body(), true).toString());
    api.push(text(group, 7401, "ru", "/ask@" + TestUpdates.BOT_NAME + " What does Russia demand?"));
    FakeBotApi.Call en =
        api.await(
            "sendmessage",
            c ->
                String.valueOf(group).equals(c.chatId())
                    && buttons(c.body(), true).contains("Context of 1"),
            WAIT);
    assertNotNull(en);
  }

  @Test
  void privateChatsFollowTheTelegramLanguageUntilOneIsChosen() throws Exception {
    long user = 7104;
    api.push(text(user, user, "ru-RU", "/language"));
    replyIn(user, "Язык бота в этом чате: <b>Русский</b>, как в вашем Telegram.");
    api.push(text(user, user, "be", "/help"));
    replyIn(user, "How to ask");
    api.push(text(user, user, "ru", "/language en"));
    replyIn(user, "Done: I speak English in this chat now.");
    api.push(text(user, user, "ru", "/help"));
    BotEndToEndIT.await(
        () ->
            api.calls(
                        "sendmessage",
                        c ->
                            String.valueOf(user).equals(c.chatId())
                                && c.text().contains("How to ask"))
                    .size()
                == 2,
        "/help in the chosen English despite a Russian Telegram");
  }

  @Test
  void menusArePublishedInEachLanguage() throws Exception {
    FakeBotApi.Call uk =
        api.await("setmycommands", c -> "uk".equals(c.body().path("language_code").asText()), WAIT);
    List<String> descriptions = new ArrayList<>();
    for (JsonNode c : uk.body().path("commands")) descriptions.add(c.path("description").asText());
    assertTrue(descriptions.contains("Запитати про мирні переговори"), descriptions.toString());
    api.await("setmycommands", c -> "ru".equals(c.body().path("language_code").asText()), WAIT);
    api.await("setmycommands", c -> !c.body().has("language_code"), WAIT);
  }
}
