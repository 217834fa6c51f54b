package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.bench.botapi.Upload;
import org.peacetalks.feeds.FeedServer;
import org.peacetalks.feeds.Opml;

/**
 * News feeds through everything {@code run} builds: the bot in its own JVM with the shipped
 * configuration (the embedding model deciding what is on topic and which leads tell one story), its
 * feeds from BOT_FEEDS on a loopback {@link FeedServer}, read every second, and Telegram played by
 * {@link FakeBotApi}.
 */
@Timeout(900)
class FeedsProcessIT {
  /** Start-up builds the index with the model; on a busy machine that takes minutes. */
  static final Duration START = Duration.ofSeconds(300);

  /** Fetching (a second between requests to one host), the on-topic check and indexing. */
  static final Duration TAKE = Duration.ofSeconds(240);

  static final Duration WAIT = Duration.ofSeconds(60);
  static final long ADMIN = TestEngine.ADMIN;
  static final long READER = 4101;
  static final DateTimeFormatter RFC1123 =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  @TempDir static Path temp;
  static FeedServer server;
  static FakeBotApi api;
  static Process bot;
  static Path log;
  static final AtomicInteger updateIds = new AtomicInteger(900);

  @BeforeAll
  static void start() throws Exception {
    server = new FeedServer();
    server.serve("/herald.xml", "application/rss+xml", FeedServer.rss("Baltic Herald", List.of()));
    server.serve("/post.xml", "application/rss+xml", FeedServer.rss("Danube Post", List.of()));
    api = new FakeBotApi(TestEngine.TOKEN);
    // The bot writes the articles it takes into its articles folder: a copy of the seeds.
    Path articles = Files.createDirectories(temp.resolve("articles"));
    try (Stream<Path> seeds = Files.list(TestEngine.CORPUS)) {
      for (Path p : seeds.toList()) Files.copy(p, articles.resolve(p.getFileName()));
    }
    log = temp.resolve("bot.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "org.peacetalks.cli.Main",
                "--config",
                "config/bot.yaml",
                "--articles",
                articles.toString(),
                "--index",
                temp.resolve("index").toString(),
                "--data",
                temp.resolve("data").toString(),
                "run"));
    pb.environment().keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("BOT_"));
    pb.environment()
        .putAll(
            Map.of(
                "TELEGRAM_BOT_TOKEN",
                TestEngine.TOKEN,
                "TELEGRAM_API_URL",
                api.url().toString(),
                "BOT_ADMIN_IDS",
                String.valueOf(ADMIN),
                "BOT_FEEDS",
                server.url("/herald.xml") + "," + server.url("/post.xml"),
                "BOT_FEED_POLL_INTERVAL",
                "1s",
                "BOT_FEEDS_ALLOW_PRIVATE",
                "true"));
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    bot = pb.start();
    Awaitility.await("the bot to poll")
        .atMost(START)
        .pollInterval(Duration.ofMillis(50))
        .until(() -> api.polls() > 0 || !bot.isAlive());
    assertTrue(bot.isAlive(), () -> "bot died: " + read(log));
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (bot != null) {
        bot.destroy(); // SIGTERM
        if (!bot.waitFor(60, TimeUnit.SECONDS)) bot.destroyForcibly();
      }
    } finally {
      if (api != null) api.close();
      if (server != null) server.close();
    }
  }

  static int next() {
    return updateIds.incrementAndGet();
  }

  /** The admin's {@code /feeds} list, asked again until it shows what {@code done} looks for. */
  static String feedsListUntil(java.util.function.Predicate<String> done, Duration within) {
    AtomicReference<String> last = new AtomicReference<>();
    Awaitility.await("the feeds list to show the items taken")
        .atMost(within)
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              if (!bot.isAlive()) throw new AssertionError("bot died: " + read(log));
              int before = api.calls("sendmessage", c -> isFeedsList(c, ADMIN)).size();
              api.push(TestUpdates.text(next(), ADMIN, ADMIN, "/feeds"));
              List<FakeBotApi.Call> lists =
                  Awaitility.await()
                      .atMost(WAIT)
                      .pollInterval(Duration.ofMillis(20))
                      .until(
                          () -> api.calls("sendmessage", c -> isFeedsList(c, ADMIN)),
                          l -> l.size() > before);
              last.set(lists.get(lists.size() - 1).text());
              return done.test(last.get());
            });
    return last.get();
  }

  static boolean isFeedsList(FakeBotApi.Call c, long chat) {
    return String.valueOf(chat).equals(c.chatId()) && c.text().contains("News feeds");
  }

  /**
   * The entry of the feed at {@code path} in a {@code /feeds} list (entries are apart by a blank
   * line).
   */
  static String entry(String list, String path) {
    for (String e : list.split("\n\n")) if (e.contains(path)) return e;
    return "";
  }

  static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
    return n;
  }

  static void serveStory(String path, String site, String title, String... paragraphs) {
    server.serve(path, "text/html", FeedServer.page(site, title, paragraphs));
  }

  @Test
  void theNextDigestListsOneStoryFromTwoOutletsOnceAndADifferentStorySeparately() throws Exception {
    api.push(TestUpdates.text(next(), READER, READER, "/subscribe"));
    api.awaitIn("sendmessage", READER, "Subscribed", WAIT);

    // The same story told by two outlets in their own words, and another story of the same day
    // from the second outlet: only the meaning of the leads keeps it apart.
    String genevaA = "US and Ukraine agree updated 19-point peace framework in Geneva";
    serveStory(
        "/herald/geneva",
        "Baltic Herald",
        genevaA,
        "American and Ukrainian delegations said after talks in Geneva that they had drafted an"
            + " updated and refined peace framework.",
        "The two sides said the framework would now go to the presidents of both countries, and"
            + " that any final decisions on territory would be taken by them.",
        "Russia has not yet seen the revised text, officials said, and a meeting with Russian"
            + " negotiators on the plan is expected after the presidents have reviewed it.");
    String genevaB = "Geneva talks produce revised peace plan, Washington and Kyiv say";
    serveStory(
        "/post/2025/geneva-plan",
        "Danube Post",
        genevaB,
        "The United States and Ukraine said on Sunday their talks in Geneva had produced a refined"
            + " framework for peace, cutting the 28-point plan to 19 points.",
        "Ukrainian negotiators said the most sensitive points, on territory and security"
            + " guarantees, were left for a meeting of the two presidents.",
        "Moscow has yet to respond to the revised plan, which American envoys are due to present"
            + " to the Kremlin in the coming days.");
    String europe = "Europe drafts counter-proposal to US peace plan";
    serveStory(
        "/post/2025/europe-counter",
        "Danube Post",
        europe,
        "European governments circulated their own version of the peace plan, changing the points"
            + " on Ukraine's army and NATO membership.",
        "The European draft would cap Ukraine's armed forces at a higher number than the American"
            + " plan and leave the question of NATO membership to a later consensus of the allies.",
        "European diplomats said the counter-proposal was meant to make sure any ceasefire did not"
            + " leave Ukraine open to another Russian invasion.");
    String today = RFC1123.format(Instant.now());
    server.serve(
        "/herald.xml",
        "application/rss+xml",
        FeedServer.rss(
            "Baltic Herald",
            List.<String[]>of(
                new String[] {server.url("/herald/geneva"), genevaA, "Geneva talks.", today})));
    server.serve(
        "/post.xml",
        "application/rss+xml",
        FeedServer.rss(
            "Danube Post",
            List.<String[]>of(
                new String[] {
                  server.url("/post/2025/europe-counter"), europe, "Europe's plan.", today
                },
                new String[] {
                  server.url("/post/2025/geneva-plan?utm_source=rss"), genevaB, "Geneva.", today
                })));

    String list =
        feedsListUntil(
            l ->
                (entry(l, "/herald.xml").contains("taken 1")
                        && entry(l, "/post.xml").contains("taken 2"))
                    // an item skipped as off topic will not be taken: stop waiting
                    || !entry(l, "/herald.xml").contains("skipped 0")
                    || !entry(l, "/post.xml").contains("skipped 0"),
            TAKE);
    assertTrue(entry(list, "/herald.xml").contains("taken 1 · skipped 0"), list);
    assertTrue(entry(list, "/post.xml").contains("taken 2 · skipped 0"), list);

    api.push(TestUpdates.text(next(), ADMIN, ADMIN, "/senddigest"));
    api.awaitIn("sendmessage", ADMIN, "Digest round done", WAIT);
    String digest = api.awaitIn("sendmessage", READER, "Peace talks digest", WAIT).text();
    assertNull(TelegramHtml.problem(digest), digest);

    String heraldLink = "href=\"" + server.url("/herald/geneva") + "\"";
    String postLink = "href=\"" + server.url("/post/2025/geneva-plan") + "\"";
    String europeLink = "href=\"" + server.url("/post/2025/europe-counter") + "\"";
    assertEquals(1, count(digest, heraldLink), digest);
    assertEquals(1, count(digest, postLink), digest);
    assertEquals(1, count(digest, "Also reported by"), digest);
    // Each story is one numbered item; the Geneva story under whichever outlet was taken first,
    // the other outlet named (and linked) under it.
    Matcher items = Pattern.compile("(?m)^\\d+\\. <b><a (href=\"[^\"]+\")").matcher(digest);
    List<String> itemLinks = new java.util.ArrayList<>();
    while (items.find()) itemLinks.add(items.group(1));
    boolean heraldFirst = itemLinks.contains(heraldLink);
    String otherLink = heraldFirst ? postLink : heraldLink;
    String otherOutlet = heraldFirst ? "Danube Post" : "Baltic Herald";
    assertTrue(heraldFirst ^ itemLinks.contains(postLink), "the story is one item: " + digest);
    assertTrue(itemLinks.contains(europeLink), "the other story is an item of its own: " + digest);
    String alsoLine =
        digest.lines().filter(l -> l.contains("Also reported by")).findFirst().orElseThrow();
    assertTrue(alsoLine.contains(otherLink) && alsoLine.contains(otherOutlet), alsoLine);
    assertFalse(alsoLine.contains(europeLink), alsoLine);
    assertEquals(
        1,
        count(digest, ">" + genevaA + "</a>") + count(digest, ">" + genevaB + "</a>"),
        "one headline for the story: " + digest);
  }

  @Test
  void feedsOpmlSendsEveryFeedAsAFileThatReadsBackAsOpml() throws Exception {
    server.serve("/wire.xml", "application/rss+xml", FeedServer.rss("Nordic Wire", List.of()));
    api.push(
        TestUpdates.text(
            next(), ADMIN, ADMIN, "/feed add " + server.url("/wire.xml") + " Nordic Wire"));
    api.awaitIn("sendmessage", ADMIN, "Added the feed", WAIT);

    api.push(TestUpdates.text(next(), ADMIN, ADMIN, "/feeds opml"));
    FakeBotApi.Call sent =
        api.await("senddocument", c -> String.valueOf(ADMIN).equals(c.chatId()), WAIT);
    Upload file = sent.file("document");
    assertNotNull(file, "the export is sent as a file: " + sent.body());
    assertTrue(file.fileName().endsWith(".opml"), file.fileName());
    assertEquals("News feeds, 3 (OPML)", sent.body().path("caption").asText());
    assertEquals(file.fileName(), sent.result().path("document").path("file_name").asText());

    List<Opml.Entry> entries = Opml.read(file.bytes());
    assertEquals(
        Set.of(server.url("/herald.xml"), server.url("/post.xml"), server.url("/wire.xml")),
        entries.stream().map(Opml.Entry::url).collect(Collectors.toSet()),
        "every feed, from the environment and from the chat");
    assertTrue(
        entries.stream().anyMatch(e -> "Nordic Wire".equals(e.name())), "with names: " + entries);

    // The file goes back in as an upload with the caption /feed add: all of it is known.
    String fileId = sent.result().path("document").path("file_id").asText();
    api.push(
        AdminEndToEndIT.upload(
            next(), ADMIN, ADMIN, fileId, file.fileName(), file.size(), "/feed add"));
    FakeBotApi.Call again = api.awaitIn("sendmessage", ADMIN, "already in the list", WAIT);
    assertTrue(again.text().contains("Added 0 feeds; 3 already in the list"), again.text());
    assertTrue(
        api.calls("download", c -> true).stream()
            .anyMatch(c -> c.body().path("file_path").asText().endsWith(file.fileName())),
        "fetched through getFile and the file path");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      return "(no log: " + e + ")";
    }
  }
}
