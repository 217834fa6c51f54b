package org.peacetalks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.admin.IntakeResult;
import org.peacetalks.config.BotConfig;
import org.peacetalks.config.ConfigLoader;
import org.peacetalks.corpus.ArticleStore;

class AdminWiringTest {
  @TempDir Path dir;

  @Test
  void anArticleAddedBeforeTheLedgerStartedIsNewAndTheOthersAreTheInitialImport() throws Exception {
    Path yaml = Files.writeString(dir.resolve("bot.yaml"), "search:\n  semantic: false\n");
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(
        articles.resolve("old.txt"), "Talks in Geneva\n\nDelegations met in Geneva on Monday.\n");
    BotConfig config =
        new ConfigLoader(Map.of())
            .load(yaml, true)
            .withPaths(articles, dir.resolve("index"), dir.resolve("data"));
    try (Services services = Services.open(config)) {
      // An index built without the ledger (as by an older version): the ledger has not started.
      services.index.rebuild(new ArticleStore(articles, services.store.parser()).loadAll());
      assertFalse(services.ledger.isStarted());

      IntakeResult added =
          AdminWiring.intake(services, Clock.systemUTC())
              .addText(
                  "Talks in Doha\nDelegations met in Doha on Friday to discuss prisoner exchanges.");
      assertEquals(IntakeResult.Outcome.ADDED, added.outcome());
      assertTrue(services.ledger.isInitial("old"), "what was there before is the initial import");
      assertFalse(
          services.ledger.isInitial(added.articleId()), "the added article is new for the digest");
      assertTrue(services.ledger.addedAt(added.articleId()).isPresent());
    }
  }
}
