package org.peacetalks.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.admin.ArticleIntake;
import org.peacetalks.config.BotConfig;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.ArticleStore;
import org.peacetalks.search.Passage;
import org.peacetalks.search.PassageSearcher;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.search.SearchTuning;
import org.peacetalks.search.Synonyms;
import org.peacetalks.storage.StateDatabase;

/**
 * The whole feed pipeline on a loopback server: real fetcher, parser, intake, index and state
 * database.
 */
class FeedPollerTest {
  static final DateTimeFormatter RFC1123 =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  /**
   * Keeps everything but recipes: the on-topic decision is another class's; this one only has to be
   * obeyed.
   */
  static final TopicFilter NO_RECIPES =
      a -> a.title().contains("Recipe") ? FeedVerdict.skip(0.1) : FeedVerdict.keep(0.9);

  @TempDir Path dir;
  FeedServer server;
  StateDatabase db;
  FeedStore feeds;
  SearchIndex index;
  ArticleStore articles;
  ArticleIntake intake;
  PoliteFetcher fetcher;
  FeedPoller poller;
  final List<String> notNew = new ArrayList<>();
  final Instant now = Instant.now();

  @BeforeEach
  void setUp() throws Exception {
    server = new FeedServer();
    db = StateDatabase.open(dir.resolve("data"));
    feeds = new FeedStore(db);
    index = SearchIndex.open(dir.resolve("index"));
    articles =
        new ArticleStore(
            Files.createDirectories(dir.resolve("articles")), new ArticleParser(2_000_000));
    intake = new ArticleIntake(articles, index, Clock.systemUTC(), a -> {});
    fetcher =
        new PoliteFetcher(
            new PoliteFetcher.Settings(
                "PeaceTalksBot/test",
                2_000_000,
                Duration.ZERO,
                Duration.ofSeconds(2),
                Duration.ofSeconds(2),
                Duration.ofSeconds(10),
                true),
            Clock.systemUTC());
    poller =
        new FeedPoller(
            feeds,
            fetcher,
            articles.parser(),
            intake,
            NO_RECIPES,
            notNew::add,
            Duration.ofMinutes(15),
            Duration.ofDays(7),
            Clock.systemUTC());
  }

  @AfterEach
  void tearDown() throws Exception {
    fetcher.close();
    server.close();
    index.close();
    db.close();
  }

  String rfc(Instant t) {
    return RFC1123.format(t);
  }

  List<Passage> ask(String question) throws Exception {
    return new PassageSearcher(index, Synonyms.none(), SearchTuning.defaults(), 3, null)
        .answer(question)
        .passages();
  }

  @Test
  void newItemsAreReadFromTheirPagesOrTheirOwnContentAndCiteTheOutlet() throws Exception {
    server.serve(
        "/story/geneva",
        "text/html",
        FeedServer.page(
            "Wire Site",
            "Envoys meet in Geneva",
            "Envoys of both delegations met in Geneva on Monday to discuss a phased withdrawal from Zaporizhzhia.",
            "The talks, hosted by Switzerland, are expected to continue through the week with a working group on prisoners."));
    String fullContent =
        "<p>Negotiators in Riyadh agreed on a maritime corridor for grain ships leaving Odesa.</p>"
            + "<p>Insurers said the corridor would cut premiums for vessels calling at Black Sea ports by half.</p>";
    server.serve(
        "/feed.xml",
        "application/rss+xml",
        FeedServer.rss(
            "Wire Feed",
            List.of(
                new String[] {
                  server.url("/story/geneva?utm_source=rss"),
                  "Envoys meet in Geneva",
                  "A teaser.",
                  rfc(now)
                },
                new String[] {
                  server.url("/story/riyadh"), "Corridor agreed in Riyadh", fullContent, rfc(now)
                },
                new String[] {
                  server.url("/story/soup"),
                  "Recipe: borscht",
                  "<p>Beets, cabbage and dill simmered for hours.</p>",
                  rfc(now)
                })));
    Feed feed = feeds.add(server.url("/feed.xml"), "Wire", 1L, now).orElseThrow();

    PollReport r = poller.pollAll(false);
    assertEquals(new PollReport(1, 0, 2, 1, 0), r);

    Passage geneva = ask("phased withdrawal Zaporizhzhia").get(0);
    assertEquals("Wire", geneva.source(), "the feed's name is the outlet");
    assertEquals(server.url("/story/geneva"), geneva.url(), "the link without tracking parameters");
    assertEquals("Envoys meet in Geneva", geneva.title());
    assertNotNull(geneva.published());
    Passage riyadh = ask("maritime corridor grain Odesa").get(0);
    assertEquals(
        "Corridor agreed in Riyadh",
        riyadh.title(),
        "the page was a 404: the item's own content is used");
    assertTrue(ask("borscht beets cabbage").isEmpty(), "an off-topic item is never indexed");

    Feed after = feeds.find(feed.id()).orElseThrow();
    assertEquals(2, after.taken());
    assertEquals(1, after.skipped());
    assertNull(after.lastError());
    assertEquals(new FeedStore.Counts(2, 1), feeds.countSince(now.minusSeconds(60)));
    try (Stream<Path> files = Files.list(articles.folder())) {
      List<Path> stored = files.toList();
      assertEquals(2, stored.size());
      for (Path p : stored)
        assertTrue(p.getFileName().toString().matches("feed-[0-9a-f]{16}\\.md"), p.toString());
    }
    // The stored file reads back to the same article: a rebuild gives the same corpus.
    Article reread =
        articles.read(
            Files.list(articles.folder()).findFirst().orElseThrow().getFileName().toString());
    assertEquals("Wire", reread.source());
    assertTrue(notNew.isEmpty(), "fresh items are new for the digest");
  }

  @Test
  void anItemIsTakenOnceRepostedOrCarriedByTwoFeeds() throws Exception {
    String story =
        FeedServer.page(
            "Daily",
            "Ceasefire monitors named",
            "The OSCE named forty ceasefire monitors for the line of contact near Bakhmut on Tuesday.",
            "Monitors will report daily to both delegations and to the mediators.");
    server.serve("/news/monitors", "text/html", story);
    server.serve("/mirror/monitors-copy", "text/html", story);
    server.serve(
        "/a.xml",
        "application/rss+xml",
        FeedServer.rss(
            "A",
            List.<String[]>of(
                new String[] {
                  server.url("/news/monitors"), "Ceasefire monitors named", "t", rfc(now)
                })));
    server.serve(
        "/b.xml",
        "application/rss+xml",
        FeedServer.rss(
            "B",
            List.<String[]>of(
                new String[] {
                  server.url("/news/monitors?utm_campaign=b&utm_medium=rss#top"),
                  "Ceasefire monitors named",
                  "t",
                  rfc(now)
                },
                new String[] {
                  server.url("/mirror/monitors-copy"), "Ceasefire monitors named", "t", rfc(now)
                })));
    feeds.add(server.url("/a.xml"), "A", 1L, now);
    feeds.add(server.url("/b.xml"), "B", 1L, now);

    PollReport r = poller.pollAll(false);
    assertEquals(1, r.taken(), r.toString());
    assertEquals(2, r.seen(), "the re-post by URL, the copy by its text: " + r);
    assertEquals(1, index.articles().size());

    PollReport again = poller.pollAll(false);
    assertEquals(0, again.taken());
    assertEquals(
        1, server.requests("/news/monitors").size(), "a known item's page is not fetched again");
  }

  /**
   * Each site's page answers only once the other site's page has been asked for: read one after
   * another, the first would wait in vain (and fall back to the item's teaser). The story is the
   * same on both, and the copy kept is the first feed's, whichever site answered first.
   */
  @Test
  void feedsOfTwoSitesAreReadAtOnceAndTakenInTheirOrder() throws Exception {
    try (FeedServer other = new FeedServer("127.0.0.2")) {
      CountDownLatch bothAsked = new CountDownLatch(2);
      List<Boolean> metTheOther = new java.util.concurrent.CopyOnWriteArrayList<>();
      String story =
          FeedServer.page(
              "Daily",
              "Ceasefire monitors named",
              "The OSCE named forty ceasefire monitors for the line of contact near Bakhmut on Tuesday.",
              "Monitors will report daily to both delegations and to the mediators.");
      FeedServer.Route waitingPage =
          ex -> {
            bothAsked.countDown();
            try {
              metTheOther.add(bothAsked.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            FeedServer.send(ex, 200, "text/html", story);
          };
      server.route("/news/monitors", waitingPage);
      other.route("/world/monitors", waitingPage);
      for (FeedServer site : List.of(server, other)) {
        site.serve(
            "/feed.xml",
            "application/rss+xml",
            FeedServer.rss(
                "Site",
                List.<String[]>of(
                    new String[] {
                      site.url(site == server ? "/news/monitors" : "/world/monitors"),
                      "Ceasefire monitors named",
                      "A teaser.",
                      rfc(now)
                    })));
      }
      feeds.add(server.url("/feed.xml"), "First", 1L, now);
      feeds.add(other.url("/feed.xml"), "Second", 1L, now);

      PollReport r;
      // Patient enough that a page read alone waits for its latch to give up, not its socket.
      try (PoliteFetcher patient =
          new PoliteFetcher(
              new PoliteFetcher.Settings(
                  "PeaceTalksBot/test",
                  2_000_000,
                  Duration.ZERO,
                  Duration.ofSeconds(2),
                  Duration.ofSeconds(30),
                  Duration.ofSeconds(60),
                  true),
              Clock.systemUTC())) {
        r =
            new FeedPoller(
                    feeds,
                    patient,
                    articles.parser(),
                    intake,
                    NO_RECIPES,
                    notNew::add,
                    Duration.ofMinutes(15),
                    Duration.ofDays(7),
                    Clock.systemUTC())
                .pollAll(false);
      }

      assertEquals(List.of(true, true), metTheOther, "both sites were asked at once");
      assertEquals(new PollReport(2, 0, 1, 0, 1), r, "the second copy is seen by its text");
      Passage monitors = ask("ceasefire monitors Bakhmut").get(0);
      assertEquals("First", monitors.source(), "the first feed's copy, as read in order");
      assertEquals(1, server.requests("/news/monitors").size());
      assertEquals(1, other.requests("/world/monitors").size());
    }
  }

  @Test
  void aFeedsKeptItemsAreStoredTogetherAndItsRepeatsStillCountAsSeen() throws Exception {
    String monitors =
        FeedServer.page(
            "Daily",
            "Ceasefire monitors named",
            "The OSCE named forty ceasefire monitors for the line of contact near Bakhmut on Tuesday.",
            "Monitors will report daily to both delegations and to the mediators.");
    server.serve("/news/monitors", "text/html", monitors);
    server.serve("/mirror/monitors-copy", "text/html", monitors);
    server.serve(
        "/news/swap",
        "text/html",
        FeedServer.page(
            "Daily",
            "Prisoner swap in Istanbul",
            "Both sides exchanged 1,200 prisoners in Istanbul on Friday under Turkish mediation.",
            "The exchange was the largest since the talks resumed in the spring."));
    server.serve(
        "/news/recipe",
        "text/html",
        FeedServer.page("Daily", "Recipe: borscht", "Simmer the beets for an hour with dill."));
    server.serve(
        "/one.xml",
        "application/rss+xml",
        FeedServer.rss(
            "One",
            List.<String[]>of(
                new String[] {
                  server.url("/news/monitors"), "Ceasefire monitors named", "t", rfc(now)
                },
                new String[] {server.url("/news/recipe"), "Recipe: borscht", "t", rfc(now)},
                new String[] {
                  server.url("/news/monitors?utm_source=rss"),
                  "Ceasefire monitors named",
                  "t",
                  rfc(now)
                },
                new String[] {server.url("/news/swap"), "Prisoner swap in Istanbul", "t", rfc(now)},
                new String[] {
                  server.url("/mirror/monitors-copy"), "Ceasefire monitors named", "t", rfc(now)
                })));
    feeds.add(server.url("/one.xml"), "One", 1L, now);

    PollReport r = poller.pollAll(false);

    assertEquals(new PollReport(1, 0, 2, 1, 2), r, "the re-post by URL, the copy by its text");
    assertEquals(2, index.articles().size());
    assertEquals(
        List.of("Ceasefire monitors named", "Prisoner swap in Istanbul"),
        index.articles().stream().map(a -> a.title()).sorted().toList());
    assertEquals(0, poller.pollAll(false).taken(), "each item is recorded: nothing new");
  }

  @Test
  void aFailingFeedKeepsItsLastGoodStateShowsItsErrorAndWaits() throws Exception {
    server.route(
        "/flaky.xml",
        ex -> {
          ex.getResponseHeaders().set("ETag", "\"good\"");
          FeedServer.send(ex, 200, "application/rss+xml", FeedServer.rss("Flaky", List.of()));
        });
    Feed feed = feeds.add(server.url("/flaky.xml"), null, 1L, now).orElseThrow();
    poller.pollAll(false);
    Feed good = feeds.find(feed.id()).orElseThrow();
    assertEquals("\"good\"", good.etag());
    assertEquals("Flaky", good.label(), "a feed with no name given takes its own title");

    server.route(
        "/flaky.xml",
        ex ->
            FeedServer.send(
                ex,
                200,
                "application/rss+xml",
                "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss>&x;</rss>"));
    PollReport r = poller.pollAll(false);
    assertEquals(1, r.failed());
    Feed failed = feeds.find(feed.id()).orElseThrow();
    assertEquals(FeedProblem.of(FeedProblem.Kind.DOCTYPE), failed.problem(), failed.lastError());
    assertFalse(failed.lastError().contains("root:"), "nothing of the file leaks");
    assertEquals("\"good\"", failed.etag(), "the last good state stays");
    assertTrue(
        failed.backoffUntil().isAfter(Instant.now().plus(Duration.ofMinutes(15))),
        "it waits, longer than a poll");
    int requests = server.requests("/flaky.xml").size();
    assertEquals(0, poller.pollAll(false).feeds(), "a waiting feed is not fetched");
    assertEquals(requests, server.requests("/flaky.xml").size());
    assertEquals(1, poller.pollAll(true).feeds(), "feeds --once reads waiting feeds too");
  }

  @Test
  void anItemOlderThanMaxAgeIsIndexedButNotNewForTheDigest() throws Exception {
    server.serve(
        "/old.xml",
        "application/rss+xml",
        FeedServer.rss(
            "Archive",
            List.<String[]>of(
                new String[] {
                  server.url("/old"),
                  "Old memorandum text",
                  "<p>The Budapest Memorandum of 1994 gave security assurances in exchange for nuclear disarmament.</p>",
                  rfc(now.minus(Duration.ofDays(30)))
                })));
    feeds.add(server.url("/old.xml"), null, 1L, now);
    assertEquals(1, poller.pollAll(false).taken());
    assertEquals(1, notNew.size());
    assertEquals(notNew.get(0), ask("Budapest Memorandum security assurances").get(0).articleId());
  }

  @Test
  void chatFeedsSurviveARestartAndTheConfigurationIsFollowed() throws Exception {
    feeds.add("https://chat.example/rss", null, 77L, now);
    feeds.syncConfigured(
        List.of(
            new BotConfig.FeedSource("https://conf.example/a", "A"),
            new BotConfig.FeedSource("https://conf.example/b", null)),
        now);
    db.close();
    db = StateDatabase.open(dir.resolve("data"));
    feeds = new FeedStore(db);
    feeds.syncConfigured(List.of(new BotConfig.FeedSource("https://conf.example/b", "B")), now);
    List<Feed> list = feeds.list();
    assertEquals(
        List.of("https://chat.example/rss", "https://conf.example/b"),
        list.stream().map(Feed::url).toList());
    assertFalse(list.get(0).fromConfig());
    assertEquals("B", list.get(1).label());

    FeedRegistry registry = new FeedRegistry(feeds, () -> {}, Clock.systemUTC());
    try {
      registry.remove(2);
      org.junit.jupiter.api.Assertions.fail(
          "a configured feed is removed in the configuration only");
    } catch (FeedRegistry.ConfiguredFeedException expected) {
      assertTrue(expected.getMessage().contains("BOT_FEEDS"));
    }
    assertEquals("https://chat.example/rss", registry.remove(1).url());
    assertNull(registry.remove(5));
    FeedRegistry.Added added = registry.add("ftp://x.example/feed", null, 1);
    assertEquals(List.of("ftp://x.example/feed"), added.refused());
  }
}
