package org.peacetalks.search;

import java.util.Objects;

/**
 * One sentence of a passage, as {@link SentenceSplitter} cuts it.
 *
 * @param highlighted {@code text} HTML-escaped, the question's rare words in {@code <b>…</b>}
 */
public record Sentence(String text, String highlighted) {
  public Sentence {
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(highlighted, "highlighted == null");
  }
}
