package org.peacetalks.digest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacetalks.search.BgeSmallEmbedder;

/**
 * The same-story thresholds against the pairs they were set on (story-pairs.jsonl): the same story
 * from two outlets, and two different stories of the same day about the talks.
 */
class StoryGroupsTest {
  record Pair(boolean same, String a, String b) {}

  static BgeSmallEmbedder model;
  static final List<Pair> pairs = new ArrayList<>();

  @BeforeAll
  static void load() throws Exception {
    model = new BgeSmallEmbedder();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(Path.of("src/test/resources/digest/story-pairs.jsonl"))) {
      JsonNode n = json.readTree(line);
      pairs.add(new Pair(n.get("same").asBoolean(), n.get("a").asText(), n.get("b").asText()));
    }
  }

  @AfterAll
  static void close() {
    model.close();
  }

  /** Every pair's similarity by {@code groups}, printed as the measurement the thresholds cite. */
  private static List<double[]> measure(StoryGroups groups, String what) {
    List<double[]> out = new ArrayList<>();
    double[] same = {1, 0};
    double[] different = {1, 0};
    int sameAbove = 0;
    int differentAbove = 0;
    for (Pair p : pairs) {
      double s = groups.similarity(p.a(), p.b());
      double[] range = p.same() ? same : different;
      range[0] = Math.min(range[0], s);
      range[1] = Math.max(range[1], s);
      if (s >= groups.threshold()) {
        if (p.same()) sameAbove++;
        else differentAbove++;
      }
      out.add(new double[] {p.same() ? 1 : 0, s});
    }
    System.out.printf(
        Locale.ROOT,
        "%s: same story %.3f to %.3f (%d of %d grouped), different stories %.3f to %.3f (%d grouped)%n",
        what,
        same[0],
        same[1],
        sameAbove,
        pairs.stream().filter(Pair::same).count(),
        different[0],
        different[1],
        differentAbove);
    return out;
  }

  @Test
  void withTheModelEverySameStoryPairIsGroupedAndNoDifferentOne() {
    List<double[]> measured = measure(new StoryGroups(model), "cosine");
    assertAll(
        measured.stream()
            .map(
                m ->
                    () ->
                        assertEquals(
                            m[0] == 1,
                            m[1] >= StoryGroups.SAME_STORY_COSINE,
                            "pair with similarity " + m[1])));
  }

  @Test
  void byWordsNoDifferentStoriesAreGroupedAndMostSameOnesAre() {
    List<double[]> measured = measure(new StoryGroups(null), "word overlap");
    long grouped =
        measured.stream().filter(m -> m[0] == 1 && m[1] >= StoryGroups.SAME_STORY_OVERLAP).count();
    assertTrue(
        measured.stream().noneMatch(m -> m[0] == 0 && m[1] >= StoryGroups.SAME_STORY_OVERLAP),
        "a different story grouped");
    assertTrue(grouped >= 6, "same-story pairs grouped by words: " + grouped);
  }
}
