package org.peacetalks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.feeds.FeedServer;

/** {@code feeds} and {@code feeds --once} against feeds on a loopback server. */
class FeedsCommandTest {
  @TempDir Path dir;
  FeedServer server;
  StringWriter out;
  StringWriter err;

  @BeforeEach
  void setUp() throws Exception {
    server = new FeedServer();
    Path articles = Files.createDirectories(dir.resolve("articles"));
    try (Stream<Path> seeds = Files.list(Path.of("src/test/resources/corpus/seed"))) {
      Path first = seeds.sorted().findFirst().orElseThrow();
      Files.copy(first, articles.resolve(first.getFileName()));
    }
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  int run(Map<String, String> env, String... args) throws Exception {
    out = new StringWriter();
    err = new StringWriter();
    Path config = Files.writeString(dir.resolve("bot.yaml"), "search:\n  semantic: false\n");
    String[] all =
        Stream.concat(
                Stream.of(
                    "--config",
                    config.toString(),
                    "--articles",
                    dir.resolve("articles").toString(),
                    "--index",
                    dir.resolve("index").toString(),
                    "--data",
                    dir.resolve("data").toString()),
                Stream.of(args))
            .toArray(String[]::new);
    return Main.execute(
        all,
        env,
        new ByteArrayInputStream(new byte[0]),
        new PrintWriter(out, true),
        new PrintWriter(err, true));
  }

  @Test
  void onceTakesTheNewItemsAndTheListShowsThem() throws Exception {
    server.serve(
        "/story",
        "text/html",
        FeedServer.page(
            "Harbour Times",
            "Ukraine and Russia open Black Sea talks",
            "Ukrainian and Russian delegations opened talks in Varna on a Black Sea ceasefire and a prisoner exchange, Kyiv said.",
            "Zelensky said a second round of the peace talks with Moscow would follow within a month."));
    // Off topic: judged by the production filter (feeds.relevance), counted, never stored.
    server.serve(
        "/recipe",
        "text/html",
        FeedServer.page(
            "Harbour Times",
            "A plum cake for autumn",
            "Beat the butter and sugar until pale, then fold in the flour and the sliced plums.",
            "Bake for forty minutes and serve warm with cream."));
    server.serve(
        "/rss",
        "application/rss+xml",
        FeedServer.rss(
            "Harbour Times",
            List.<String[]>of(
                new String[] {server.url("/story"), "Ukraine and Russia open Black Sea talks", "t"},
                new String[] {server.url("/recipe"), "A plum cake for autumn", "t"})));
    Map<String, String> env =
        Map.of(
            "BOT_FEEDS",
            server.url("/rss") + "," + server.url("/missing"),
            "BOT_FEEDS_ALLOW_PRIVATE",
            "true");

    assertEquals(0, run(env, "feeds"), err.toString());
    assertTrue(out.toString().contains("1. 127.0.0.1 (config)"), out.toString());
    assertTrue(out.toString().contains("last fetch: not yet"), out.toString());

    assertEquals(0, run(env, "feeds", "--once"), err.toString());
    assertTrue(
        out.toString()
            .startsWith("Polled 2 feeds (1 failed): 1 items taken, 1 skipped as off topic"),
        out.toString());
    assertTrue(out.toString().contains("1. Harbour Times (config)"), out.toString());
    assertTrue(out.toString().contains("taken 1 · skipped 1"), out.toString());
    assertTrue(out.toString().contains("error: HTTP 404"), out.toString());
    try (Stream<Path> files = Files.list(dir.resolve("articles"))) {
      assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith("feed-")).count());
    }
  }

  @Test
  void withoutThePrivateSwitchALocalFeedIsRefused() throws Exception {
    server.serve("/rss", "application/rss+xml", FeedServer.rss("Local", List.of()));
    assertEquals(
        0, run(Map.of("BOT_FEEDS", server.url("/rss")), "feeds", "--once"), err.toString());
    assertTrue(out.toString().contains("loopback, private"), out.toString());
    assertTrue(server.requests("/rss").isEmpty(), "never fetched");
  }
}
