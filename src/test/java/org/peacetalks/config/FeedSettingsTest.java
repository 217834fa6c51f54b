package org.peacetalks.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedSettingsTest {
  @TempDir Path dir;

  BotConfig.Feeds load(String yaml, Map<String, String> env) throws Exception {
    Path file = Files.writeString(dir.resolve("bot.yaml"), yaml);
    return new ConfigLoader(env).load(file, true).feeds();
  }

  @Test
  void defaultsWhenNothingIsSaid() throws Exception {
    BotConfig.Feeds f = new ConfigLoader(Map.of()).load(Path.of("config/bot.yaml"), true).feeds();
    assertEquals(List.of(), f.sources());
    assertEquals(Duration.ofMinutes(15), f.pollInterval());
    assertEquals(Duration.ofDays(7), f.maxAge());
    assertFalse(f.allowPrivate());
  }

  @Test
  void aListOrAMappingWithNamesAndTheEnvironmentAddsFeeds() throws Exception {
    BotConfig.Feeds list =
        load(
            "feeds:\n  - https://a.example/rss\n  - {url: https://b.example/atom, name: B News}\n",
            Map.of());
    assertEquals(
        List.of(
            new BotConfig.FeedSource("https://a.example/rss", null),
            new BotConfig.FeedSource("https://b.example/atom", "B News")),
        list.sources());

    BotConfig.Feeds mapping =
        load(
            "feeds:\n  pollInterval: 10s\n  maxAge: 3d\n  relevance: 0.42\n"
                + "  sources:\n    - https://a.example/rss\n",
            Map.of(
                "BOT_FEEDS",
                "https://c.example/feed, https://a.example/rss",
                "BOT_FEEDS_ALLOW_PRIVATE",
                "true"));
    assertEquals(
        List.of("https://a.example/rss", "https://c.example/feed"),
        mapping.sources().stream().map(BotConfig.FeedSource::url).toList(),
        "each URL once, the file's first");
    assertEquals(Duration.ofSeconds(10), mapping.pollInterval());
    assertEquals(Duration.ofDays(3), mapping.maxAge());
    assertEquals(0.42, mapping.relevance());
    assertTrue(mapping.allowPrivate());

    assertEquals(
        Duration.ofMinutes(15),
        load("feeds:\n  pollInterval: 2m\n", Map.of("BOT_FEED_POLL_INTERVAL", "15m"))
            .pollInterval(),
        "the environment wins");
  }

  @Test
  void badValuesAreNamed() {
    ConfigException interval =
        assertThrows(
            ConfigException.class, () -> load("", Map.of("BOT_FEED_POLL_INTERVAL", "often")));
    assertTrue(
        interval
            .getMessage()
            .startsWith("environment variable BOT_FEED_POLL_INTERVAL must be a duration"),
        interval.getMessage());
    ConfigException url =
        assertThrows(
            ConfigException.class, () -> load("feeds:\n  - file:///etc/passwd\n", Map.of()));
    assertTrue(url.getMessage().contains("must be an http(s) URL"), url.getMessage());
    ConfigException fast =
        assertThrows(
            ConfigException.class, () -> load("feeds:\n  pollInterval: 100ms\n", Map.of()));
    assertTrue(fast.getMessage().contains("at least 1s"), fast.getMessage());
    assertThrows(
        ConfigException.class, () -> load("", Map.of("BOT_FEEDS_ALLOW_PRIVATE", "yes please")));
  }
}
