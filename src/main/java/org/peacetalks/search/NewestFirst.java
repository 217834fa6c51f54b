package org.peacetalks.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Orders equally good passages newest first: when two articles differ in date (a position that
 * changed, a figure that was updated), the reader should meet the latest one first. "Equally good"
 * means scores within {@link #TOLERANCE} of each other; a clearly better passage keeps its place
 * whatever its age. Ranks are left as they are (buttons refer to them).
 */
public final class NewestFirst {
  /** Scores closer than this share of the higher one count as equal. */
  static final double TOLERANCE = 0.03;

  private NewestFirst() {}

  /**
   * {@code passages} reordered; {@code day} gives each one's date, or {@code null} when unknown.
   */
  public static List<Passage> order(List<Passage> passages, Function<Passage, LocalDate> day) {
    List<Passage> out = new ArrayList<>(passages);
    // Insertion sort over neighbours: a newer passage moves up past older ones it ties with.
    for (int i = 1; i < out.size(); i++) {
      for (int j = i; j > 0 && shouldSwap(out.get(j - 1), out.get(j), day); j--) {
        Passage t = out.get(j - 1);
        out.set(j - 1, out.get(j));
        out.set(j, t);
      }
    }
    return out;
  }

  private static boolean shouldSwap(
      Passage before, Passage after, Function<Passage, LocalDate> day) {
    LocalDate a = day.apply(before);
    LocalDate b = day.apply(after);
    if (a == null || b == null || !b.isAfter(a)) return false;
    double high = Math.max(Math.abs(before.score()), Math.abs(after.score()));
    return high == 0 || Math.abs(before.score() - after.score()) <= TOLERANCE * high;
  }
}
