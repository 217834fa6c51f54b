package org.peacetalks.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** The state probe at a small scale: every figure of {@code bench --state} is there, in order. */
class StateProbeTest {
  @TempDir Path work;

  @Test
  void reportsTheBenchKeysWithTheAddsMedianAndP90() throws Exception {
    SourceText source =
        SourceText.of(
            new ArticleStore(
                    Path.of("src/test/resources/corpus/seed"), new ArticleParser(2_000_000))
                .loadAll()
                .articles());
    Map<String, Number> figures =
        new StateProbe(new PrintWriter(new StringWriter()))
            .measure(source, StateProbe.SAMPLES_NEEDED, 1_000, 7, work);

    assertEquals(
        List.of(
            "stateSubscriptions",
            "startupStateMs",
            "legacyImportMs",
            "subscribeP99Ms",
            "markDigestP99Ms",
            "digestBuildPerChatMs",
            "digestBuildFirstMs",
            "fanOutBookkeepingSec",
            "addArticleMs",
            "addArticleP90Ms",
            "addArticleCpuMs",
            "dbBytes"),
        List.copyOf(figures.keySet()));
    double median = figures.get("addArticleMs").doubleValue();
    double p90 = figures.get("addArticleP90Ms").doubleValue();
    assertTrue(median > 0, "an /add takes time");
    assertTrue(p90 >= median, "p90 " + p90 + " below the median " + median);
  }

  @Test
  void percentilesAreNearestRank() {
    List<Double> samples = new java.util.ArrayList<>();
    for (int i = 25; i >= 1; i--) samples.add((double) i);
    assertEquals(13.0, StateProbe.percentile(samples, 0.5), "the 13th of 25, as before");
    assertEquals(23.0, StateProbe.percentile(samples, 0.9));
    assertEquals(3.0, StateProbe.percentile(List.of(1.0, 2.0, 3.0, 4.0, 5.0), 0.5));
    assertEquals(5.0, StateProbe.percentile(List.of(1.0, 2.0, 3.0, 4.0, 5.0), 0.99));
  }
}
