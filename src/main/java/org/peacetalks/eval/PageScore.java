package org.peacetalks.eval;

import java.util.Objects;

/**
 * How well one saved page was cleaned.
 *
 * @param error why the page was refused, or {@code null}; a refused page scores 0
 * @param millis CPU time to read and clean the page (wall-clock time where the JVM cannot tell)
 */
public record PageScore(
    String page,
    String category,
    double precision,
    double recall,
    double f1,
    int passages,
    String error,
    double millis) {
  public PageScore {
    Objects.requireNonNull(page, "page == null");
    Objects.requireNonNull(category, "category == null");
  }

  static PageScore of(
      String page,
      String category,
      int kept,
      int expected,
      int shared,
      int passages,
      double millis) {
    double precision = kept == 0 ? 0 : (double) shared / kept;
    double recall = expected == 0 ? 0 : (double) shared / expected;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new PageScore(page, category, precision, recall, f1, passages, null, millis);
  }

  static PageScore refused(String page, String category, String error, double millis) {
    return new PageScore(page, category, 0, 0, 0, 0, error, millis);
  }
}
