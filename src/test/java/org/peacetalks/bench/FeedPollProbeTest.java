package org.peacetalks.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.ArticleStore;

/**
 * The feed-poll probe on a small round: every item served is taken, and the keys are the bench's.
 */
class FeedPollProbeTest {
  @TempDir Path work;

  @Test
  void aRoundTakesEveryItemServedAndReportsTheBenchKeys() throws Exception {
    SourceText source =
        SourceText.of(
            new ArticleStore(
                    Path.of("src/test/resources/corpus/seed"), new ArticleParser(2_000_000))
                .loadAll()
                .articles());
    FeedPollProbe.Figures figures =
        new FeedPollProbe(new PrintWriter(new StringWriter()), 3, 4).measure(source, 7, work);

    assertEquals(12, figures.items());
    assertNull(figures.warning(), "nothing left behind");
    assertEquals(12 * 6, figures.paragraphs(), "six paragraphs a page, navigation dropped");
    Map<String, Number> keys = figures.keys();
    assertEquals(
        List.of(
            "feedPollMs",
            "feedRepollMs",
            "feedPollCpuMs",
            "feedPollProcessCpuMs",
            "feedPollCompileMs",
            "feedItems",
            "feedParagraphs",
            "feedPollColdMs"),
        List.copyOf(keys.keySet()));
    assertTrue(keys.get("feedPollMs").doubleValue() > 0);
    assertTrue(figures.modelNote(2.0).contains("72 x embedMsPerParagraph 2.00 ms"));
  }
}
