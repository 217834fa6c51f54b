package org.peacetalks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestCommandTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private Run run(String... command) {
    String[] args = new String[6 + command.length];
    String[] global = {"--articles", dir.resolve("articles").toString(), "--index", dir.resolve("lucene").toString(),
        "--data", dir.resolve("data").toString()};
    System.arraycopy(global, 0, args, 0, 6);
    System.arraycopy(command, 0, args, 6, command.length);
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int exit = Main.execute(args, Map.of());
      return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void printsOnlyArticlesAddedAfterTheInitialImport() throws Exception {
    Files.createDirectories(dir.resolve("articles"));
    Files.writeString(dir.resolve("articles/seed.txt"), "Seed article\n\nDelegations met in Geneva for the first round of talks, officials said on Monday.\n");

    Run first = run("digest");
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.out().startsWith("Peace talks digest\nNothing new in the articles since"), first.out());
    assertTrue(first.out().contains("1 of the 1 indexed articles came with the initial import"), first.out());

    Files.writeString(dir.resolve("articles/later.txt"), "Prisoner exchange agreed\n\nNegotiators agreed on a large prisoner exchange in Istanbul on Tuesday, officials said.\n");
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
    assertTrue(r.err().contains("moved aside to"), r.err());
    assertTrue(Files.exists(dir.resolve("data")) && !Files.exists(dir.resolve("data/articles-added.json")));
  }
}
