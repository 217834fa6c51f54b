package org.peacetalks.corpus;

import java.util.Objects;

/**
 * One passage of an article as shown to readers.
 *
 * @param ordinal 1-based position among the article's passages
 * @param section the heading above it, or {@code null}
 * @param text cleaned display text in the article's own wording
 */
public record Paragraph(int ordinal, String section, String text) {
  public Paragraph {
    if (ordinal < 1) throw new IllegalArgumentException("ordinal < 1: " + ordinal);
    Objects.requireNonNull(text, "text == null");
  }
}
