package org.peacetalks.telegram.answer;

import java.util.ArrayList;
import java.util.List;
import org.peacetalks.search.Passage;

/**
 * Where "More" stops: the searcher already stops at the last passage its relevance rule allows, but
 * that rule is about the question's words and meaning, not about how the passage compares with the
 * best one, so a broad question ("What does Russia demand?") could page through most of the corpus.
 * A passage is shown after the first only while its score is at least {@code share} of the best
 * passage's, and never past {@code maxRank}. Scores are comparable within one answer (also across
 * its pages), so one floor serves the first message and every page.
 *
 * @param share of the best passage's score a further passage needs (0 to 1)
 * @param maxRank the last rank ever shown
 */
public record PagingFloor(double share, int maxRank) {
  /**
   * Measured on the seed and dev questions: the gap after the strong passages falls near 0.65 of
   * the best.
   */
  public static final PagingFloor DEFAULT = new PagingFloor(0.65, 30);

  public PagingFloor {
    if (share < 0 || share > 1)
      throw new IllegalArgumentException("share must be from 0 to 1: " + share);
    if (maxRank < 1) throw new IllegalArgumentException("maxRank < 1");
  }

  /** The leading passages of {@code ranked} that clear the floor set by {@code bestScore}. */
  List<Passage> keep(List<Passage> ranked, double bestScore) {
    List<Passage> out = new ArrayList<>();
    for (Passage p : ranked) {
      boolean strong = p.rank() == 1 || bestScore <= 0 || p.score() >= share * bestScore;
      if (!strong || p.rank() > maxRank) break;
      out.add(p);
    }
    return out;
  }
}
