package org.peacetalks.search;

import java.util.Objects;

/**
 * One ranked paragraph of an answer. {@code source}, {@code url}, {@code published} and
 * {@code section} may be {@code null}.
 *
 * @param paragraph the paragraph's 1-based position in its article
 * @param text the paragraph as stored for display (cleaned, original wording)
 * @param highlighted {@code text} HTML-escaped, with matched words in {@code <b>…</b>}
 */
public record Passage(
    int rank,
    String articleId,
    String title,
    String source,
    String url,
    String published,
    int paragraph,
    String section,
    String text,
    String highlighted,
    double score) {

  public Passage {
    Objects.requireNonNull(articleId, "articleId == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(highlighted, "highlighted == null");
  }
}
