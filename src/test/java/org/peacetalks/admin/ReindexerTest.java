package org.peacetalks.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.ArticleStore;
import org.peacetalks.search.SearchIndex;

class ReindexerTest {
  @TempDir Path articles;

  @Test
  void afterRebuildSeesTheNewIndexAndItsFailureDoesNotFailTheRebuild() throws Exception {
    Files.writeString(
        articles.resolve("one.txt"),
        "First article\n\nTalks resumed in Geneva on Monday with both delegations present.\n");
    Instant at = Instant.parse("2026-11-22T10:00:00Z");
    List<String> seen = new ArrayList<>();
    try (SearchIndex index = SearchIndex.inMemory()) {
      Reindexer ok =
          new Reindexer(
              new ArticleStore(articles, new ArticleParser(1_000_000)),
              index,
              Clock.fixed(at, ZoneOffset.UTC),
              (built, when) -> {
                built.articles().forEach(a -> seen.add(a.id() + "@" + when));
              });
      ok.rebuild();
      assertEquals(List.of("one@" + at), seen);

      Reindexer failing =
          new Reindexer(
              new ArticleStore(articles, new ArticleParser(1_000_000)),
              index,
              Clock.fixed(at, ZoneOffset.UTC),
              (built, when) -> {
                throw new java.io.IOException("ledger unwritable");
              });
      assertEquals(1, failing.rebuild().articles());
      assertEquals(1, index.stats().articles());
    }
  }
}
