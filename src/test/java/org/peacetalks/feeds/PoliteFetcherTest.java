package org.peacetalks.feeds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PoliteFetcherTest {
  static final long CAP = 50_000;
  FeedServer server;
  PoliteFetcher fetcher;

  static PoliteFetcher.Settings settings(boolean allowPrivate) {
    return new PoliteFetcher.Settings(
        "PeaceTalksBot/test",
        CAP,
        Duration.ZERO,
        Duration.ofSeconds(2),
        Duration.ofSeconds(2),
        Duration.ofSeconds(10),
        allowPrivate);
  }

  @BeforeEach
  void start() throws Exception {
    server = new FeedServer();
    fetcher = new PoliteFetcher(settings(true), Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  void namesTheBotAndAsksConditionally() throws Exception {
    server.route(
        "/feed",
        ex -> {
          if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
            return;
          }
          ex.getResponseHeaders().set("ETag", "\"v1\"");
          ex.getResponseHeaders().set("Last-Modified", "Tue, 02 Dec 2025 10:00:00 GMT");
          FeedServer.send(ex, 200, "application/rss+xml", "<rss/>");
        });
    FetchResponse first = fetcher.fetchFeed(server.url("/feed"), null, null);
    assertFalse(first.notModified());
    assertEquals("<rss/>", new String(first.body(), StandardCharsets.UTF_8));
    assertEquals("\"v1\"", first.etag());
    FetchResponse second =
        fetcher.fetchFeed(server.url("/feed"), first.etag(), first.lastModified());
    assertTrue(second.notModified());
    var requests = server.requests("/feed");
    assertEquals("PeaceTalksBot/test", requests.get(0).header("User-Agent"));
    assertEquals("Tue, 02 Dec 2025 10:00:00 GMT", requests.get(1).header("If-Modified-Since"));
  }

  @Test
  void followsFiveRedirectsByHandButNotALoop() throws Exception {
    for (int i = 0; i < 5; i++) {
      String next = "/hop" + (i + 1);
      server.route(
          "/hop" + i,
          ex -> {
            ex.getResponseHeaders().set("Location", next);
            ex.sendResponseHeaders(302, -1);
          });
    }
    server.serve("/hop5", "text/plain", "arrived");
    FetchResponse r = fetcher.fetchFeed(server.url("/hop0"), null, null);
    assertEquals("arrived", new String(r.body(), StandardCharsets.UTF_8));
    assertTrue(r.finalUrl().endsWith("/hop5"));

    server.route(
        "/loop",
        ex -> {
          ex.getResponseHeaders().set("Location", "/loop");
          ex.sendResponseHeaders(301, -1);
        });
    FetchException loop =
        assertThrows(
            FetchException.class, () -> fetcher.fetchFeed(server.url("/loop"), null, null));
    assertTrue(loop.getMessage().contains("redirects"), loop.getMessage());
    assertEquals(PoliteFetcher.MAX_REDIRECTS + 1, server.requests("/loop").size());
  }

  @Test
  void aRedirectToAnotherSchemeOrAPrivateAddressIsRefused() throws Exception {
    server.route(
        "/to-file",
        ex -> {
          ex.getResponseHeaders().set("Location", "file:///etc/passwd");
          ex.sendResponseHeaders(302, -1);
        });
    FetchException file =
        assertThrows(
            FetchException.class, () -> fetcher.fetchFeed(server.url("/to-file"), null, null));
    assertTrue(file.getMessage().contains("non-http"), file.getMessage());

    try (PoliteFetcher strict = new PoliteFetcher(settings(false), Clock.systemUTC())) {
      FetchException direct =
          assertThrows(FetchException.class, () -> strict.fetchFeed(server.url("/x"), null, null));
      assertTrue(direct.getMessage().contains("private"), direct.getMessage());
      FetchException byName =
          assertThrows(
              FetchException.class,
              () -> strict.fetchPage("http://localhost:" + server.url("/").split(":")[2]));
      assertTrue(byName.getMessage().contains("localhost"), byName.getMessage());
      assertTrue(server.requests("/x").isEmpty(), "never connected");
    }
  }

  @Test
  void theAddressGuardKnowsTheReservedRanges() throws Exception {
    for (String a :
        new String[] {
          "127.0.0.1",
          "10.1.2.3",
          "172.16.0.1",
          "192.168.1.1",
          "169.254.169.254",
          "0.0.0.0",
          "224.0.0.1",
          "100.64.0.1",
          "::1",
          "fe80::1",
          "fd00::1",
          "::ffff:10.0.0.1"
        }) {
      assertTrue(AddressGuard.refused(InetAddress.getByName(a)), a);
    }
    for (String a : new String[] {"93.184.216.34", "8.8.8.8", "2606:4700::1111"}) {
      assertFalse(AddressGuard.refused(InetAddress.getByName(a)), a);
    }
  }

  @Test
  void aBodyPastTheCapIsCutOffAlsoWhenItInflates() throws Exception {
    byte[] big = new byte[(int) CAP * 20];
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(big);
    }
    byte[] bomb = zipped.toByteArray();
    assertTrue(bomb.length < CAP, "small on the wire: " + bomb.length);
    server.route(
        "/bomb",
        ex -> {
          ex.getResponseHeaders().set("Content-Encoding", "gzip");
          ex.sendResponseHeaders(200, bomb.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(bomb);
          }
        });
    FetchException e =
        assertThrows(
            FetchException.class, () -> fetcher.fetchFeed(server.url("/bomb"), null, null));
    assertTrue(e.getMessage().contains("decompressed"), e.getMessage());

    byte[] fine = "<rss>small</rss>".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream z = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(z)) {
      gz.write(fine);
    }
    server.route(
        "/gz",
        ex -> {
          ex.getResponseHeaders().set("Content-Encoding", "gzip");
          ex.sendResponseHeaders(200, z.size());
          try (OutputStream out = ex.getResponseBody()) {
            out.write(z.toByteArray());
          }
        });
    assertArrayEquals(fine, fetcher.fetchFeed(server.url("/gz"), null, null).body());
  }

  @Test
  void aSlowServerTimesOutAndA404IsAnError() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    server.route(
        "/slow",
        ex -> {
          try {
            release.await(10, TimeUnit.SECONDS); // holds the answer past the read timeout
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          FeedServer.send(ex, 200, "text/plain", "late");
        });
    try {
      FetchException slow =
          assertThrows(
              FetchException.class, () -> fetcher.fetchFeed(server.url("/slow"), null, null));
      assertTrue(slow.getMessage().contains("timed out"), slow.getMessage());
    } finally {
      release.countDown();
    }
    FetchException missing =
        assertThrows(FetchException.class, () -> fetcher.fetchPage(server.url("/gone")));
    assertTrue(missing.getMessage().startsWith("HTTP 404"), missing.getMessage());
    assertEquals(FeedProblem.Kind.HTTP_STATUS, missing.problem().kind());
    assertEquals(404, missing.problem().number());
  }

  @Test
  void robotsTxtIsRespectedForPages() throws Exception {
    server.serve(
        "/robots.txt",
        "text/plain",
        "User-agent: peacetalksbot\nDisallow: /private/\n\nUser-agent: *\nDisallow:\n");
    server.serve("/private/story", "text/html", "<p>no</p>");
    server.serve("/public/story", "text/html", "<p>yes</p>");
    FetchException no =
        assertThrows(FetchException.class, () -> fetcher.fetchPage(server.url("/private/story")));
    assertTrue(no.getMessage().contains("robots.txt"), no.getMessage());
    assertEquals(FeedProblem.Kind.ROBOTS, no.problem().kind());
    assertEquals("/private/story", no.problem().detail());
    assertTrue(server.requests("/private/story").isEmpty());
    assertEquals(
        "<p>yes</p>",
        new String(fetcher.fetchPage(server.url("/public/story")).body(), StandardCharsets.UTF_8));
    assertEquals(1, server.requests("/robots.txt").size(), "read once per site");
  }

  @Test
  void requestsToOneSiteAreSpacedByTheDelay() throws Exception {
    server.serve("/spaced", "text/plain", "ok");
    PoliteFetcher.Settings s = settings(true);
    long start;
    try (PoliteFetcher polite =
        new PoliteFetcher(
            new PoliteFetcher.Settings(
                s.userAgent(),
                s.maxBytes(),
                Duration.ofMillis(300),
                s.connectTimeout(),
                s.readTimeout(),
                s.callTimeout(),
                true),
            Clock.systemUTC())) {
      start = System.nanoTime();
      for (int i = 0; i < 3; i++) polite.fetchFeed(server.url("/spaced"), null, null);
    }
    // A lower bound only: the third request cannot start before two delays have passed.
    assertTrue(System.nanoTime() - start >= 600_000_000L, "each request waited its turn");
    assertEquals(3, server.requests("/spaced").size());
  }

  @Test
  void requestsToOneSiteFromSeveralThreadsAreSpacedByTheDelay() throws Exception {
    server.serve("/spaced", "text/plain", "ok");
    PoliteFetcher.Settings s = settings(true);
    ExecutorService threads = Executors.newFixedThreadPool(3);
    long start;
    try (PoliteFetcher polite =
        new PoliteFetcher(
            new PoliteFetcher.Settings(
                s.userAgent(),
                s.maxBytes(),
                Duration.ofMillis(300),
                s.connectTimeout(),
                s.readTimeout(),
                s.callTimeout(),
                true),
            Clock.systemUTC())) {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<FetchResponse>> fetches = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        fetches.add(
            threads.submit(
                () -> {
                  go.await();
                  return polite.fetchFeed(server.url("/spaced"), null, null);
                }));
      }
      start = System.nanoTime();
      go.countDown();
      for (Future<FetchResponse> f : fetches)
        assertFalse(f.get(10, TimeUnit.SECONDS).notModified());
    } finally {
      threads.shutdownNow();
    }
    // Three threads asking at once still take turns: the last cannot start before two delays.
    assertTrue(System.nanoTime() - start >= 600_000_000L, "each request waited its turn");
    assertEquals(3, server.requests("/spaced").size());
  }
}
