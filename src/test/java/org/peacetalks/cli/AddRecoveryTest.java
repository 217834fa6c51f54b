package org.peacetalks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.admin.ArticleIntake;
import org.peacetalks.admin.IntakeResult;
import org.peacetalks.config.BotConfig;
import org.peacetalks.config.ConfigLoader;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.ArticleStore;
import org.peacetalks.corpus.ContentHash;

/**
 * /add with the bot's own wiring (the article ledger in the state database as its journal), cut
 * short at each step as a kill -9 would leave it, then started again and sent the same /add again
 * (Telegram delivers an unconfirmed update again): one copy every time. And copies that differ only
 * in line ends, a BOM, trailing spaces or Unicode form are refused as duplicates.
 */
class AddRecoveryTest {
  static final String TEXT =
      "Prisoner swap agreed in Istanbul\n"
          + "Negotiators agreed in Istanbul on an exchange of 1,200 prisoners from each side.\n";

  @TempDir Path dir;
  Path articles;
  BotConfig config;

  @BeforeEach
  void setUp() throws Exception {
    Path yaml = Files.writeString(dir.resolve("bot.yaml"), "search:\n  semantic: false\n");
    articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(
        articles.resolve("seed.txt"), "Talks in Geneva\n\nDelegations met in Geneva on Monday.\n");
    config =
        new ConfigLoader(Map.of())
            .load(yaml, true)
            .withPaths(articles, dir.resolve("index"), dir.resolve("data"));
    try (Services services = Services.open(config)) {
      services.reindexer.rebuild(); // starts the ledger with the seed as the initial import
    }
  }

  private List<String> addedFiles() throws Exception {
    try (Stream<Path> s = Files.list(articles)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("added-"))
          .sorted()
          .toList();
    }
  }

  /** The article as the intake would store it. */
  private Article parsed(Services services) throws Exception {
    byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
    String name = "added-" + ContentHash.of(bytes).substring(0, 16) + ".txt";
    return services.store.parser().parse(name, bytes);
  }

  /** The crash left: journal entry only (0), + file (1), + index commit (2). */
  private void crashAfterStep(int step) throws Exception {
    try (Services services = Services.open(config)) {
      Article a = parsed(services);
      services.ledger.beginAdd(a.id(), a.contentHash(), a.fileName(), Instant.now(), Map::of);
      if (step >= 1) services.store.write(a.fileName(), TEXT.getBytes(StandardCharsets.UTF_8));
      if (step >= 2) services.index.put(a);
    }
  }

  /** Start-up, then the redelivered /add. */
  private IntakeResult restartAndAddAgain() throws Exception {
    try (Services services = Services.open(config)) {
      ArticleIntake intake =
          AdminWiring.intake(services, Clock.systemUTC()); // finishes interrupted adds
      IntakeResult again = intake.addText(TEXT);
      assertEquals(2, services.index.stats().articles(), "the seed and one copy");
      assertEquals(List.of(), services.ledger.unfinishedAdds());
      assertEquals(
          1,
          services.ledger.addedBetween(Instant.EPOCH, Instant.now().plusSeconds(60)).size(),
          "one entry for the digest");
      return again;
    }
  }

  @Test
  void aCrashBeforeTheFileIsWrittenAddsItOnceWhenSentAgain() throws Exception {
    crashAfterStep(0);
    assertEquals(IntakeResult.Outcome.ADDED, restartAndAddAgain().outcome());
    assertEquals(1, addedFiles().size());
  }

  @Test
  void aCrashAfterTheFileIsWrittenIndexesItOnceAtStartUp() throws Exception {
    crashAfterStep(1);
    IntakeResult again = restartAndAddAgain();
    assertEquals(
        IntakeResult.Outcome.DUPLICATE,
        again.outcome(),
        "start-up finished it: the replay is a duplicate");
    assertEquals(1, addedFiles().size());
  }

  @Test
  void aCrashAfterTheIndexCommitIsSettledAtStartUp() throws Exception {
    crashAfterStep(2);
    assertEquals(IntakeResult.Outcome.DUPLICATE, restartAndAddAgain().outcome());
    assertEquals(1, addedFiles().size());
  }

  @Test
  void copiesThatDifferOnlyInLineEndsBomSpacesOrUnicodeFormAreDuplicates() throws Exception {
    try (Services services = Services.open(config)) {
      ArticleIntake intake = AdminWiring.intake(services, Clock.systemUTC());
      String accented =
          "Talks resume in Zürich\nDelegates from both sides met in Zürich on Tuesday morning.\n";
      assertEquals(
          IntakeResult.Outcome.ADDED,
          intake.addFile("a.txt", TEXT.getBytes(StandardCharsets.UTF_8)).outcome());
      assertEquals(
          IntakeResult.Outcome.ADDED,
          intake.addFile("z.txt", accented.getBytes(StandardCharsets.UTF_8)).outcome());
      List<String> variants =
          List.of(
              TEXT.replace("\n", "\r\n"),
              "\uFEFF" + TEXT,
              TEXT.replace("\n", "   \n") + "\n\n\n",
              "\n\n" + TEXT.replace("\n", "\r"));
      for (String v : variants) {
        IntakeResult r = intake.addFile("copy.txt", v.getBytes(StandardCharsets.UTF_8));
        assertEquals(
            IntakeResult.Outcome.DUPLICATE,
            r.outcome(),
            v.replace("\r", "\\r").replace("\n", "\\n"));
      }
      String decomposed = java.text.Normalizer.normalize(accented, java.text.Normalizer.Form.NFD);
      assertFalse(decomposed.equals(accented));
      assertEquals(
          IntakeResult.Outcome.DUPLICATE,
          intake.addFile("nfd.txt", decomposed.getBytes(StandardCharsets.UTF_8)).outcome());
      assertEquals(
          IntakeResult.Outcome.ADDED,
          intake.addText(TEXT.replace("1,200", "1,300")).outcome(),
          "a changed word is another article");
      assertEquals(3, addedFiles().size());
    }
  }

  @Test
  void aDuplicateOfAnArticleIndexedBeforeHashesWereRecordedIsStillFound() throws Exception {
    Files.writeString(articles.resolve("older.txt"), TEXT);
    try (Services services = Services.open(config)) {
      services.index.rebuild(
          new ArticleStore(articles, services.store.parser()).loadAll()); // not through the ledger
      services.ledger.recordNew(services.index.articles(), Instant.now()); // as imported: no hashes
      assertTrue(services.ledger.lacksHashes());
      IntakeResult r =
          AdminWiring.intake(services, Clock.systemUTC()).addText(TEXT.replace("\n", "\r\n"));
      assertEquals(IntakeResult.Outcome.DUPLICATE, r.outcome());
      assertEquals("older", r.articleId());
    }
  }
}
