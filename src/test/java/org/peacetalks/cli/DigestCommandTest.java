package org.peacetalks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestCommandTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private Run run(String... command) {
    Path config = dir.resolve("bot.yaml");
    try {
      Files.writeString(config, "search:\n  semantic: false\n");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String[] global = {
      "--config",
      config.toString(),
      "--articles",
      dir.resolve("articles").toString(),
      "--index",
      dir.resolve("lucene").toString(),
      "--data",
      dir.resolve("data").toString()
    };
    String[] args = new String[global.length + command.length];
    System.arraycopy(global, 0, args, 0, global.length);
    System.arraycopy(command, 0, args, global.length, command.length);
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int exit =
        Main.execute(
            args,
            Map.of(),
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(o, true),
            new PrintWriter(e, true));
    return new Run(exit, o.toString(), e.toString());
  }

  @Test
  void printsOnlyArticlesAddedAfterTheInitialImport() throws Exception {
    Files.createDirectories(dir.resolve("articles"));
    Files.writeString(
        dir.resolve("articles/seed.txt"),
        "Seed article\n\nDelegations met in Geneva for the first round of talks, officials said on Monday.\n");

    Run first = run("digest");
    assertEquals(0, first.exit(), first.err());
    assertTrue(
        first.out().startsWith("Peace talks digest\nNothing new in the articles since"),
        first.out());
    assertTrue(
        first.out().contains("1 of the 1 indexed articles came with the initial import"),
        first.out());

    Files.writeString(
        dir.resolve("articles/later.txt"),
        "Prisoner exchange agreed\n\nNegotiators agreed on a large prisoner exchange in Istanbul on Tuesday, officials said.\n");
    assertEquals(0, run("index").exit());
    Run second = run("digest");
    assertEquals(0, second.exit(), second.err());
    assertTrue(second.out().contains("1 new article since"), second.out());
    assertTrue(second.out().contains("1. Prisoner exchange agreed"), second.out());
    assertTrue(second.out().contains("Ask: /ask Prisoner exchange agreed"), second.out());
    assertTrue(!second.out().contains("Seed article"), second.out());

    Run html = run("digest", "--html");
    assertTrue(html.out().contains("1. <b>Prisoner exchange agreed</b>"), html.out());
  }

  @Test
  void corruptLedgerIsOneClearErrorLine() throws Exception {
    Files.createDirectories(dir.resolve("articles"));
    assertEquals(0, run("index").exit());
    Files.writeString(dir.resolve("data/articles-added.json"), "{oops");
    Run r = run("digest");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("articles-added.json is corrupt"), r.err());
    assertTrue(r.err().contains("nothing was imported"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(Files.exists(dir.resolve("data/articles-added.json")), "left as it is");
  }
}
