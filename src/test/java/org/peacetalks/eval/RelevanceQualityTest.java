package org.peacetalks.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.feeds.TopicRelevance;
import org.peacetalks.search.BgeSmallEmbedder;

/**
 * The floors of the news feeds' topic filter on the labelled set
 * (src/test/resources/feeds/relevance), with the real embedding model and by words alone, at the
 * shipped threshold and held out. The floors sit a little below the figures measured at this commit
 * (feeds-relevance.md), so that an honest change elsewhere does not trip them while a real
 * regression does.
 */
class RelevanceQualityTest {
  static final Path SET = Path.of("src/test/resources/feeds/relevance");
  static final ArticleParser PARSER = new ArticleParser(2_000_000);

  @Test
  void withTheModelKeepsTheTalksAndSkipsTheRest() throws Exception {
    RelevanceEvaluation.Report r;
    try (BgeSmallEmbedder model = new BgeSmallEmbedder()) {
      r = new RelevanceEvaluation(PARSER, model).run(SET, TopicRelevance.DEFAULT_THRESHOLD, 5);
    }
    RelevanceEvaluation.Figures shipped = r.configured();
    RelevanceEvaluation.Figures teasers = r.configured(RelevanceEvaluation.Example::teaser);
    RelevanceEvaluation.Figures heldOut = r.heldOut().figures();
    assertAll(
        () -> assertTrue(shipped.precision() >= 0.95, "precision " + shipped.precision()),
        () -> assertTrue(shipped.recall() >= 0.95, "recall " + shipped.recall()),
        () -> assertTrue(teasers.recall() >= 0.93, "teasers' recall " + teasers.recall()),
        () -> assertTrue(heldOut.precision() >= 0.93, "held-out precision " + heldOut.precision()),
        () -> assertTrue(heldOut.recall() >= 0.93, "held-out recall " + heldOut.recall()));
  }

  @Test
  void byWordsAloneStillSeparatesMost() throws Exception {
    RelevanceEvaluation.Report r =
        new RelevanceEvaluation(PARSER, null).run(SET, TopicRelevance.DEFAULT_THRESHOLD, 5);
    RelevanceEvaluation.Figures shipped = r.configured();
    RelevanceEvaluation.Figures heldOut = r.heldOutWords().figures();
    assertAll(
        () -> assertTrue(shipped.precision() >= 0.93, "precision " + shipped.precision()),
        () -> assertTrue(shipped.recall() >= 0.93, "recall " + shipped.recall()),
        () -> assertTrue(heldOut.precision() >= 0.9, "held-out precision " + heldOut.precision()),
        () -> assertTrue(heldOut.recall() >= 0.9, "held-out recall " + heldOut.recall()));
  }
}
