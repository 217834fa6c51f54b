package org.peacetalks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as an operator uses it, on the seed articles, lexical only for speed. */
class MainTest {
  @TempDir Path dir;
  Path config;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @BeforeEach
  void copySeeds() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    try (var files = Files.list(Path.of("src/test/resources/corpus/seed"))) {
      for (Path f : files.toList()) Files.copy(f, articles.resolve(f.getFileName()));
    }
    config = dir.resolve("bot.yaml");
    Files.writeString(config, "search:\n  semantic: false\n  synonyms: config/synonyms.txt\n");
  }

  private int run(String stdin, String... args) {
    String[] all = new String[args.length + 8];
    System.arraycopy(
        new String[] {
          "--config",
          config.toString(),
          "--articles",
          dir.resolve("articles").toString(),
          "--index",
          dir.resolve("index").toString(),
          "--data",
          dir.resolve("data").toString()
        },
        0,
        all,
        0,
        8);
    System.arraycopy(args, 0, all, 8, args.length);
    return Main.execute(
        all,
        Map.of(),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out, true),
        new PrintWriter(err, true));
  }

  @Test
  void indexPrintsWhatItIndexedAndSkipped() throws Exception {
    Files.write(dir.resolve("articles/broken.txt"), new byte[] {0, 1});
    assertEquals(0, run("", "index"));
    assertTrue(
        out.toString().startsWith("Indexed 5 articles, 45 paragraphs from "), out.toString());
    assertTrue(
        out.toString().contains("broken.txt: binary file (contains NUL bytes)"), out.toString());
  }

  @Test
  void askJsonReadsQuestionsFromStdinOneJsonLineEach() throws Exception {
    assertEquals(
        0, run("What does Russia demand?\n\nWhat is the capital of Australia?\n", "ask", "--json"));
    List<String> lines = out.toString().lines().toList();
    assertEquals(3, lines.size(), out.toString());
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertEquals("What does Russia demand?", first.get("question").asText());
    assertFalse(first.get("noAnswer").asBoolean());
    JsonNode p = first.get("passages").get(0);
    for (String field :
        List.of(
            "rank",
            "articleId",
            "title",
            "source",
            "url",
            "published",
            "paragraph",
            "section",
            "text",
            "highlighted",
            "score")) {
      assertTrue(p.has(field), field);
    }
    assertTrue(new ObjectMapper().readTree(lines.get(1)).get("noAnswer").asBoolean());
    assertTrue(new ObjectMapper().readTree(lines.get(2)).get("noAnswer").asBoolean());
    assertTrue(
        err.toString().contains("No index yet: building it"), "the first ask builds the index");
  }

  @Test
  void askJsonLeavesAByteOrderMarkOutOfTheFirstQuestion() throws Exception {
    assertEquals(0, run("\uFEFFWhat does Russia demand?\r\n", "ask", "--json"));
    JsonNode first = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());
    assertEquals("What does Russia demand?", first.get("question").asText());
    assertFalse(first.get("noAnswer").asBoolean());
  }

  @Test
  void askJsonAnswersSmallTalkCommandsAndMashWithNoAnswerAndAMessage() throws Exception {
    assertEquals(0, run("hello\nthanks!\n/start please\nasdfgh\n?\n", "ask", "--json"));
    List<String> lines = out.toString().lines().toList();
    assertEquals(5, lines.size(), out.toString());
    for (String line : lines) {
      JsonNode n = new ObjectMapper().readTree(line);
      assertTrue(n.get("noAnswer").asBoolean(), line);
      assertEquals(0, n.get("passages").size(), line);
      assertTrue(n.get("message").asText().contains("peace talks"), line);
    }
  }

  @Test
  void askPrintsReadableAnswersWithSources() {
    assertEquals(0, run("", "ask", "Who", "leads", "the", "Ukrainian", "delegation?"));
    String text = out.toString();
    assertTrue(
        text.startsWith("Who leads the Ukrainian delegation?\n\n  “"),
        "the answering sentence first: " + text);
    assertTrue(text.contains("\n  — "), "then its source: " + text);
    assertTrue(text.contains("\n  2. "), "the next passages one line each: " + text);
    assertFalse(text.contains(".txt") || text.contains("paragraph "), "no file names: " + text);
  }

  @Test
  void everyCommandExplainsItselfWithHelp() {
    var names = new picocli.CommandLine(new Main(Map.of(), System.in)).getSubcommands().keySet();
    assertTrue(
        names.containsAll(List.of("ask", "index", "eval", "digest", "bench", "run")),
        names.toString());
    for (String name : names) {
      out.getBuffer().setLength(0);
      assertEquals(0, run("", name, "--help"), name + ": " + err);
      assertTrue(out.toString().startsWith("Usage: peacetalks-bot " + name), out.toString());
      assertTrue(out.toString().contains("-h, --help"), out.toString());
    }
  }

  @Test
  void badUsageAndConfigurationExitWithTwoAndOneLine() throws Exception {
    assertEquals(2, run("", "ask", ""));
    assertEquals(2, run("", "nosuchcommand"));
    Files.writeString(config, "digest:\n  time: noon\n");
    err.getBuffer().setLength(0);
    assertEquals(2, run("", "index"));
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("error: digest.time"), err.toString());
  }

  @Test
  void anEmptyIndexLeftByAFailedFirstBuildIsBuiltAgain() throws Exception {
    org.peacetalks.search.SearchIndex.open(dir.resolve("index"))
        .close(); // an empty commit, no articles
    assertEquals(0, run("", "ask", "What does Russia demand?"));
    assertTrue(err.toString().contains("No index yet: building it"), err.toString());
    assertTrue(out.toString().contains("\n  “"), out.toString());
  }

  @Test
  void anIndexFromAnOlderVersionIsRebuiltOnceBeforeAnswering() throws Exception {
    OldIndex.writeIn(dir.resolve("index"));
    assertEquals(0, run("", "ask", "What does Russia demand?"));
    assertTrue(
        err.toString().contains("needs a rebuild: it was built by an older version of the bot"),
        err.toString());
    assertTrue(out.toString().contains("\n  “"), out.toString());
    err.getBuffer().setLength(0);
    assertEquals(0, run("", "ask", "What does Russia demand?"));
    assertEquals("", err.toString(), "rebuilt once");
  }

  @Test
  void evalAnswersAFileWithItsOwnArticlesWhichTheOtherFilesDoNotSee() throws Exception {
    Path own = Files.createDirectories(dir.resolve("own"));
    Files.writeString(
        own.resolve("lviv-bridge.txt"),
        "Lviv opens a bridge\n"
            + "The mayor of Lviv, Andriy Sadovyi, opened a new footbridge over the Poltva river on"
            + " Tuesday, after two years of building works.\n");
    String question = "who opened the footbridge over the poltva river in lviv?";
    Path withOwn = dir.resolve("own-questions.jsonl");
    Files.writeString(
        withOwn,
        "{\"id\": \"o1\", \"q\": \""
            + question
            + "\", \"answers\": [\"opened a new"
            + " footbridge over the Poltva river\"], \"related\": [], \"oos\": false,"
            + " \"note\": \"lviv-bridge.txt\"}\n");
    Path without = dir.resolve("shared-questions.jsonl");
    Files.writeString(
        without,
        "{\"id\": \"s1\", \"q\": \""
            + question
            + "\", \"answers\": [], \"related\": [],"
            + " \"oos\": true, \"note\": \"unrelated to the seed articles\"}\n");
    assertEquals(
        0,
        evalWithOwn(withOwn + "=" + own, withOwn.toString(), without.toString()),
        err.toString());
    String table = out.toString();
    assertTrue(table.matches("(?s).*Hit@1\\s+1\\.000\\s+-\\s+1\\.000.*"), table);
    assertTrue(table.matches("(?s).*out of scope given noAnswer\\s+-\\s+1\\.000.*"), table);
    assertFalse(table.contains("o1 "), "the own file's question is answered first: " + table);
    assertFalse(table.contains("s1 "), "the other file's is refused: " + table);

    out.getBuffer().setLength(0);
    List<String> alone = new ArrayList<>(List.of("eval", "--also-alone", "--corpus"));
    alone.addAll(List.of(dir.resolve("articles").toString(), "--own-corpus", withOwn + "=" + own));
    alone.add(withOwn.toString());
    assertEquals(0, run("", alone.toArray(String[]::new)), err.toString());
    assertTrue(
        out.toString().matches("(?s).*own\\s+own alone.*Hit@1\\s+1\\.000\\s+1\\.000.*"),
        "answered over its own article alone too: " + out);
    assertEquals(
        2, run("", "eval", "--also-alone", withOwn.toString()), "--also-alone needs --own-corpus");
    out.getBuffer().setLength(0);
    Path articles = dir.resolve("articles");
    assertEquals(
        0,
        run(
            "",
            "eval",
            "--also-alone",
            "--corpus",
            articles.toString(),
            "--own-corpus",
            without + "=" + articles,
            without.toString()),
        "its own articles among the --corpus folders: " + err);
    assertTrue(
        out.toString().matches("(?s).*shared\\s+shared alone.*"),
        "asked beside once and alone once: " + out);
    assertEquals(
        2,
        evalWithOwn(
            withOwn + "=" + own,
            "--own-corpus",
            dir.resolve(".").resolve("own-questions.jsonl") + "=" + articles,
            withOwn.toString()),
        "one file, two folders of its own");

    assertEquals(2, evalWithOwn("nosuch.jsonl=" + own, without.toString()), "not given");
    String sameFile = dir.resolve(".").resolve("own-questions.jsonl") + "=" + own;
    assertEquals(0, evalWithOwn(sameFile, withOwn.toString()), "written another way: " + err);
    assertEquals(
        2,
        run("", "eval", "--own-corpus", withOwn + "=" + own, withOwn.toString()),
        "own articles add to --corpus folders");
    Path twin = Files.createDirectories(dir.resolve("twin")).resolve("own-questions.jsonl");
    Files.copy(withOwn, twin);
    assertEquals(
        2,
        run(
            "",
            "eval",
            "--corpus",
            dir.resolve("articles").toString(),
            withOwn.toString(),
            twin.toString()),
        "two files of one name would be one fold");
  }

  @Test
  void evalFitWritesTheDecisionAndTheRankingWeightsWithTheCommandThatRefitsThem() throws Exception {
    Path decision = dir.resolve("fitted/answerability.json");
    Path ranking = dir.resolve("fitted/ranking.json");
    String questions = "src/test/resources/eval/seed-questions.jsonl";
    assertEquals(
        0,
        run(
            "",
            "eval",
            "--fit",
            "--out",
            decision.toString(),
            "--ranking-out",
            ranking.toString(),
            "--corpus",
            dir.resolve("articles").toString(),
            questions),
        err.toString());
    JsonNode fitted = new ObjectMapper().readTree(decision.toFile());
    String refit = fitted.get("refit").asText();
    assertTrue(
        refit.contains(
            "--out " + decision + " --ranking-out " + ranking + " --max-false-no-answer 0.01"),
        refit);
    assertTrue(refit.endsWith(" " + questions), refit);
    assertTrue(fitted.get("lexical").get("features").size() > 0);
    JsonNode weights = new ObjectMapper().readTree(ranking.toFile());
    assertEquals(refit, weights.get("refit").asText());
    // Searched by words alone here: no vectors, so no weights of meaning to learn.
    assertEquals(0, weights.get("weights").size());
    assertTrue(out.toString().contains("wrote " + ranking), out.toString());
    assertTrue(
        out.toString().contains("configured with meaning weights (fitted on the other files)"),
        out.toString());
  }

  /** {@code eval -v} over the seed articles, with one file's own articles ({@code FILE=DIR}). */
  private int evalWithOwn(String ownCorpus, String... files) {
    List<String> args = new ArrayList<>(List.of("eval", "-v"));
    args.addAll(List.of("--corpus", dir.resolve("articles").toString(), "--own-corpus", ownCorpus));
    args.addAll(List.of(files));
    return run("", args.toArray(String[]::new));
  }
}
