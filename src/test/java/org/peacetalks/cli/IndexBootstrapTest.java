package org.peacetalks.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.config.BotConfig;
import org.peacetalks.config.ConfigLoader;

class IndexBootstrapTest {
  @TempDir Path dir;

  @Test
  void theBotStartsAtOnceOnAStaleIndexAndRebuildsItInTheBackground() throws Exception {
    BotConfig config = configWithSeedsAndAnOldIndex();
    StringWriter err = new StringWriter();
    try (Services services = IndexBootstrap.openForBot(config, new PrintWriter(err, true))) {
      assertEquals("", err.toString(), "nothing printed: the bot logs it");
      services.searcher.answer("What does Russia demand?"); // whichever index serves, no failure
      // Until the rebuild has committed and finished its follow-up (the digest ledger in data/).
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(20))
          .until(() -> services.index.staleReason() == null && !services.reindexer.isRunning());
      assertNull(services.index.staleReason());
      assertEquals(5, services.index.stats().articles());
      assertTrue(!services.searcher.answer("What does Russia demand?").noAnswer());
    }
  }

  private BotConfig configWithSeedsAndAnOldIndex() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    try (var files = Files.list(Path.of("src/test/resources/corpus/seed"))) {
      for (Path f : files.toList()) Files.copy(f, articles.resolve(f.getFileName()));
    }
    OldIndex.writeIn(dir.resolve("index"));
    Path file = dir.resolve("bot.yaml");
    Files.writeString(file, "search:\n  semantic: false\n  synonyms: config/synonyms.txt\n");
    return new ConfigLoader(
            Map.of(
                "BOT_ARTICLES_DIR",
                articles.toString(),
                "BOT_INDEX_DIR",
                dir.resolve("index").toString(),
                "BOT_DATA_DIR",
                dir.resolve("data").toString()))
        .load(file, true);
  }
}
