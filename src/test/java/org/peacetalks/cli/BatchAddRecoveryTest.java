package org.peacetalks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.admin.ArticleIntake;
import org.peacetalks.admin.IntakeResult;
import org.peacetalks.config.BotConfig;
import org.peacetalks.config.ConfigLoader;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.ContentHash;

/**
 * A batch of feed articles with the bot's own wiring (the article ledger as the journal), cut short
 * between writing its files and its one index commit, as a kill -9 would leave it: start-up
 * finishes the articles whose files are there and drops the others, and the same batch sent again
 * adds only what was dropped.
 */
class BatchAddRecoveryTest {
  static final byte[] FIRST = feedArticle("Prisoner swap", "Both sides exchanged 1,200 prisoners.");
  static final byte[] SECOND = feedArticle("Geneva round", "Delegations met again in Geneva.");
  static final byte[] THIRD = feedArticle("Grain deal", "The grain corridor was extended a year.");

  @TempDir Path dir;
  BotConfig config;

  static byte[] feedArticle(String title, String text) {
    return ("---\ntitle: \""
            + title
            + "\"\nsource: \"Wire\"\nurl: \"https://news.example/"
            + title.replace(' ', '-')
            + "\"\n---\n\n"
            + text
            + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @BeforeEach
  void setUp() throws Exception {
    Path yaml = Files.writeString(dir.resolve("bot.yaml"), "search:\n  semantic: false\n");
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(
        articles.resolve("seed.txt"), "Talks in Geneva\n\nDelegations met in Geneva on Monday.\n");
    config =
        new ConfigLoader(Map.of())
            .load(yaml, true)
            .withPaths(articles, dir.resolve("index"), dir.resolve("data"));
    try (Services services = Services.open(config)) {
      services.reindexer.rebuild();
    }
  }

  /** The article as the intake stores it. */
  private static Article parsed(Services services, byte[] markdown) throws Exception {
    String name = "feed-" + ContentHash.of(markdown).substring(0, 16) + ".md";
    return services.store.parser().parse(name, markdown);
  }

  @Test
  void aCrashBeforeTheBatchCommitIsFinishedAtStartUpAndTheBatchSentAgainAddsOnlyWhatWasLost()
      throws Exception {
    // The crash: all three recorded as begun, two files written, no index commit.
    try (Services services = Services.open(config)) {
      for (byte[] markdown : List.of(FIRST, SECOND, THIRD)) {
        Article a = parsed(services, markdown);
        services.ledger.beginAdd(a.id(), a.contentHash(), a.fileName(), Instant.now(), Map::of);
      }
      for (byte[] markdown : List.of(FIRST, SECOND)) {
        services.store.write(parsed(services, markdown).fileName(), markdown);
      }
    }
    try (Services services = Services.open(config)) {
      ArticleIntake intake = AdminWiring.intake(services, Clock.systemUTC()); // start-up
      assertEquals(3, services.index.stats().articles(), "the seed and the two files written");
      assertEquals(List.of(), services.ledger.unfinishedAdds());

      List<IntakeResult> again = intake.addFeedArticles(List.of(FIRST, SECOND, THIRD));

      assertEquals(
          List.of(
              IntakeResult.Outcome.DUPLICATE,
              IntakeResult.Outcome.DUPLICATE,
              IntakeResult.Outcome.ADDED),
          again.stream().map(IntakeResult::outcome).toList());
      assertEquals(4, services.index.stats().articles());
      assertEquals(
          3,
          services.ledger.addedBetween(Instant.EPOCH, Instant.now().plusSeconds(60)).size(),
          "each recorded for the digest once");
    }
  }
}
