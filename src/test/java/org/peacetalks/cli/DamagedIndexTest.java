package org.peacetalks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.config.BotConfig;
import org.peacetalks.config.ConfigLoader;

/**
 * An index that no longer opens is set aside and rebuilt from the articles, by `index` and by the
 * bot.
 */
class DamagedIndexTest {
  @TempDir Path dir;
  Path articles;
  Path index;
  Map<String, String> env;

  @BeforeEach
  void seedsAndAnIndex() throws Exception {
    articles = Files.createDirectories(dir.resolve("articles"));
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus/seed"))) {
      for (Path f : files.toList()) Files.copy(f, articles.resolve(f.getFileName()));
    }
    index = dir.resolve("lucene");
    Files.writeString(
        dir.resolve("bot.yaml"), "search:\n  semantic: false\n  synonyms: config/synonyms.txt\n");
    env =
        Map.of(
            "BOT_ARTICLES_DIR",
            articles.toString(),
            "BOT_INDEX_DIR",
            index.toString(),
            "BOT_DATA_DIR",
            dir.resolve("data").toString());
    assertEquals(Main.EXIT_OK, run("index"));
  }

  int run(String... args) {
    String[] all =
        Stream.concat(Stream.of("--config", dir.resolve("bot.yaml").toString()), Stream.of(args))
            .toArray(String[]::new);
    return Main.execute(
        all,
        env,
        new ByteArrayInputStream(new byte[0]),
        new PrintWriter(new StringWriter(), true),
        new PrintWriter(new StringWriter(), true));
  }

  List<Path> files(String suffix) throws Exception {
    try (Stream<Path> list = Files.list(index)) {
      return list.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
    }
  }

  List<Path> setAside() throws Exception {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.getFileName().toString().startsWith("lucene.damaged-")).toList();
    }
  }

  @Test
  void indexCommandRebuildsAnIndexWithATruncatedSegment() throws Exception {
    List<Path> compound = files(".cfs");
    assertFalse(compound.isEmpty(), "a compound segment to damage");
    try (FileChannel f = FileChannel.open(compound.get(0), StandardOpenOption.WRITE)) {
      f.truncate(f.size() / 2);
    }
    assertEquals(Main.EXIT_OK, run("index"));
    assertEquals(1, setAside().size(), "the damaged index is kept aside");
    assertEquals(0, run("ask", "What does Russia demand?"));
  }

  @Test
  void theBotStartsAndAnswersOverAnIndexWithADeletedSegmentInfo() throws Exception {
    for (Path si : files(".si")) Files.delete(si);
    BotConfig config = new ConfigLoader(env).load(dir.resolve("bot.yaml"), true);
    try (Services services =
        IndexBootstrap.openForBot(config, new PrintWriter(new StringWriter(), true))) {
      assertEquals(5, services.index.stats().articles());
      assertFalse(services.searcher.answer("What does Russia demand?").noAnswer());
    }
    assertEquals(1, setAside().size());
    assertTrue(Files.isDirectory(setAside().get(0)));
  }
}
