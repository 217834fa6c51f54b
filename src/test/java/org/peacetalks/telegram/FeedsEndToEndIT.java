package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.admin.ArticleIntake;
import org.peacetalks.config.BotConfig;
import org.peacetalks.config.ConfigLoader;
import org.peacetalks.digest.ArticleLedger;
import org.peacetalks.feeds.Feed;
import org.peacetalks.feeds.FeedPoller;
import org.peacetalks.feeds.FeedRegistry;
import org.peacetalks.feeds.FeedScheduler;
import org.peacetalks.feeds.FeedServer;
import org.peacetalks.feeds.FeedStore;
import org.peacetalks.feeds.FeedVerdict;
import org.peacetalks.feeds.PoliteFetcher;
import org.peacetalks.storage.OpenStates;
import org.peacetalks.telegram.admin.AdminFeature;
import org.peacetalks.telegram.feeds.FeedsFeature;

/**
 * News feeds end to end: the real poller and client against {@link FakeBotApi}, feeds and pages on
 * a loopback {@link FeedServer}, the feed from BOT_FEEDS read every second. The on-topic decision
 * is not under test here: every article is kept.
 */
@Timeout(90)
class FeedsEndToEndIT {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final long ADMIN = TestEngine.ADMIN;
  static final DateTimeFormatter RFC1123 =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  @TempDir static Path temp;
  static FeedServer server;
  static FakeBotApi api;
  static TestEngine engine;
  static TalksBot bot;
  static FeedStore feeds;
  static PoliteFetcher fetcher;
  static final OpenStates states = new OpenStates();
  static final AtomicInteger updateIds = new AtomicInteger(700);
  static final Map<String, CountDownLatch> addedTitles =
      new java.util.concurrent.ConcurrentHashMap<>();

  @BeforeAll
  static void start() throws Exception {
    server = new FeedServer();
    server.serve("/wire.xml", "application/rss+xml", FeedServer.rss("Nordic Wire", List.of()));
    Path articles = Files.createDirectories(temp.resolve("articles"));
    try (Stream<Path> seeds = Files.list(TestEngine.CORPUS)) {
      for (Path p : seeds.toList()) Files.copy(p, articles.resolve(p.getFileName()));
    }
    engine = new TestEngine(temp.resolve("index"), articles, new StubEmbedder());
    Path data = temp.resolve("data");
    ArticleLedger ledger = new ArticleLedger(states.open(data));
    ledger.recordNew(engine.index.articles(), Instant.now());
    ArticleIntake intake =
        new ArticleIntake(
            engine.store,
            engine.index,
            Clock.systemUTC(),
            added -> {
              try {
                ledger.recordNew(List.of(added), Instant.now());
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              addedTitles.computeIfAbsent(added.title(), t -> new CountDownLatch(1)).countDown();
            });

    BotConfig.Feeds settings =
        new ConfigLoader(
                Map.of(
                    "BOT_FEEDS",
                    server.url("/wire.xml"),
                    "BOT_FEED_POLL_INTERVAL",
                    "1s",
                    "BOT_FEEDS_ALLOW_PRIVATE",
                    "true"))
            .load(temp.resolve("none.yaml"), false)
            .feeds();
    feeds = new FeedStore(states.open(data));
    feeds.syncConfigured(settings.sources(), Instant.now());
    fetcher =
        new PoliteFetcher(
            new PoliteFetcher.Settings(
                "PeaceTalksBot/it",
                2_000_000,
                Duration.ZERO,
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                settings.allowPrivate()),
            Clock.systemUTC());
    FeedPoller poller =
        new FeedPoller(
            feeds,
            fetcher,
            engine.store.parser(),
            intake,
            a -> FeedVerdict.keep(1),
            ledger::markNotNew,
            settings.pollInterval(),
            settings.maxAge(),
            Clock.systemUTC());
    FeedScheduler scheduler = new FeedScheduler(poller, settings.pollInterval());
    FeedsFeature feedsFeature =
        new FeedsFeature(
            new FeedRegistry(feeds, scheduler::pollSoon, Clock.systemUTC()), scheduler, 100_000);
    AdminFeature admin =
        new AdminFeature(
            intake,
            engine.reindexer,
            engine.index,
            ledger::forget,
            () -> 0,
            2_000_000,
            "it",
            Clock.systemUTC(),
            feedsFeature::figures);
    bot = engine.bot(api = new FakeBotApi(TestEngine.TOKEN), data, List.of(admin, feedsFeature));
    bot.start();
  }

  @AfterAll
  static void stop() throws Exception {
    TestEngine.closeAll(bot, engine, api);
    if (fetcher != null) fetcher.close();
    if (server != null) server.close();
    states.close();
  }

  static int next() {
    return updateIds.incrementAndGet();
  }

  /**
   * Polls a condition (the feed reader works on its own thread) until it holds or the wait ends.
   */
  static void await(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
      LockSupport.parkNanos(20_000_000L);
    }
  }

  static Feed feed(String path) {
    try {
      return feeds.list().stream().filter(f -> f.url().endsWith(path)).findFirst().orElse(null);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aNewItemInAFeedFromTheEnvironmentAnswersAQuestionWithItsOutletAndLink() throws Exception {
    long asker = 5101;
    String question = "Where did the Svalbard fisheries envoys meet?";
    api.push(TestUpdates.text(next(), asker, asker, question));
    FakeBotApi.Call before =
        api.await("sendmessage", c -> String.valueOf(asker).equals(c.chatId()), WAIT);
    assertFalse(before.text().contains("Longyearbyen"), before.text());
    await(
        () -> feed("/wire.xml") != null && feed("/wire.xml").lastFetchAt() != null,
        "the first poll");

    String title = "Svalbard fisheries envoys meet in Longyearbyen";
    server.serve(
        "/2025/svalbard",
        "text/html",
        FeedServer.page(
            "Nordic Wire Online",
            title,
            "The Svalbard fisheries envoys of Norway and Russia met in Longyearbyen on Thursday to renew the cod quota accord.",
            "Both delegations agreed to meet again in the spring to review the quotas."));
    CountDownLatch added = addedTitles.computeIfAbsent(title, t -> new CountDownLatch(1));
    server.serve(
        "/wire.xml",
        "application/rss+xml",
        FeedServer.rss(
            "Nordic Wire",
            List.<String[]>of(
                new String[] {
                  server.url("/2025/svalbard?utm_source=rss"),
                  title,
                  "A teaser.",
                  RFC1123.format(Instant.now())
                })));
    assertTrue(added.await(WAIT.toSeconds(), TimeUnit.SECONDS), "taken within a poll interval");

    api.push(TestUpdates.text(next(), asker, asker, question));
    FakeBotApi.Call after =
        api.await(
            "sendmessage",
            c -> String.valueOf(asker).equals(c.chatId()) && c.text().contains("Longyearbyen"),
            WAIT);
    assertTrue(after.text().contains("Nordic Wire"), "the outlet: " + after.text());
    assertTrue(
        after.text().contains("href=\"" + server.url("/2025/svalbard") + "\""),
        "the link: " + after.text());
    assertNull(TelegramHtml.problem(after.text()));
    assertEquals(1, feed("/wire.xml").taken());
  }

  @Test
  void addingAnXxeFeedLeaksNothingAndShowsItsErrorInTheList() throws Exception {
    Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET-42");
    server.serve(
        "/xxe.xml",
        "application/rss+xml",
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY s SYSTEM \""
            + secret.toUri()
            + "\">]><rss version=\"2.0\"><channel><title>&s;</title><link>http://x/</link>"
            + "<description>&s;</description><item><title>&s;</title><link>http://x/1</link></item></channel></rss>");
    api.push(TestUpdates.text(next(), ADMIN, ADMIN, "/feed add " + server.url("/xxe.xml")));
    api.awaitIn("sendmessage", ADMIN, "Added the feed", WAIT);
    await(
        () -> feed("/xxe.xml") != null && feed("/xxe.xml").lastError() != null,
        "the XXE feed's first poll");

    api.push(TestUpdates.text(next(), ADMIN, ADMIN, "/feeds"));
    FakeBotApi.Call list =
        api.await(
            "sendmessage",
            c ->
                String.valueOf(ADMIN).equals(c.chatId())
                    && c.text().contains("News feeds")
                    && c.text().contains("xxe.xml"),
            WAIT);
    assertTrue(list.text().contains("DOCTYPE"), "the error is shown: " + list.text());
    assertNull(TelegramHtml.problem(list.text()));
    assertTrue(
        api.calls("sendmessage", c -> c.text().contains("TOP-SECRET")).isEmpty(),
        "nothing of the file leaks");

    api.push(TestUpdates.text(next(), ADMIN, ADMIN, "/stats"));
    FakeBotApi.Call stats = api.awaitIn("sendmessage", ADMIN, "News feeds:", WAIT);
    assertTrue(stats.text().contains("failing"), stats.text());
  }

  @Test
  void anOpmlFileAddsEveryFeedInItAndStrangersAreTurnedAway() throws Exception {
    byte[] opml =
        ("<?xml version=\"1.0\"?><opml version=\"2.0\"><body><outline text=\"News\">"
                + "<outline text=\"One\" xmlUrl=\""
                + server.url("/one.xml")
                + "\"/>"
                + "<outline text=\"Two\" xmlUrl=\""
                + server.url("/two.xml")
                + "\"/></outline></body></opml>")
            .getBytes(StandardCharsets.UTF_8);
    api.putFile("doc-opml", "documents/feeds.opml", opml);
    api.push(
        AdminEndToEndIT.upload(
            next(), ADMIN, ADMIN, "doc-opml", "feeds.opml", opml.length, "/feed add"));
    FakeBotApi.Call added = api.awaitIn("sendmessage", ADMIN, "Added 2 feeds", WAIT);
    assertNull(TelegramHtml.problem(added.text()));
    assertTrue(feed("/one.xml") != null && feed("/two.xml") != null);

    long stranger = 5202;
    api.push(TestUpdates.text(next(), stranger, stranger, "/feed add " + server.url("/evil.xml")));
    api.awaitIn("sendmessage", stranger, "only for the bot's admins", WAIT);
    assertNull(feed("/evil.xml"));

    FakeBotApi.Call admins =
        api.await(
            "setmycommands",
            c -> c.body().path("scope").path("chat_id").asText().equals(String.valueOf(ADMIN)),
            WAIT);
    assertTrue(
        admins.body().toString().contains("\"feeds\"")
            && admins.body().toString().contains("\"feed\""));
  }

  @Test
  void feedsOpmlSendsAFileListingEveryFeed() throws Exception {
    api.push(TestUpdates.text(next(), ADMIN, ADMIN, "/feeds opml"));
    FakeBotApi.Call sent =
        api.await("senddocument", c -> String.valueOf(ADMIN).equals(c.chatId()), WAIT);
    org.peacetalks.bench.botapi.Upload file = sent.file("document");
    assertTrue(file != null && file.fileName().endsWith(".opml"), String.valueOf(file));
    List<Feed> listed = feeds.list();
    assertEquals("News feeds, " + listed.size() + " (OPML)", sent.body().path("caption").asText());
    assertEquals(
        listed.stream().map(Feed::url).collect(java.util.stream.Collectors.toSet()),
        org.peacetalks.feeds.Opml.read(file.bytes()).stream()
            .map(org.peacetalks.feeds.Opml.Entry::url)
            .collect(java.util.stream.Collectors.toSet()));
  }
}
