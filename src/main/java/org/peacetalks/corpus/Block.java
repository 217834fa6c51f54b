package org.peacetalks.corpus;

import java.util.Objects;

/**
 * A unit of visible text before cleaning, as a format reader found it.
 *
 * <p>{@link Kind#LINE} is text whose role the reader cannot tell (a line of a scraped .txt page, an
 * HTML paragraph): {@link ParagraphAssembler} decides whether it is a heading, a passage or noise.
 * The other kinds are what the markup says.
 */
record Block(Kind kind, String text) {
  enum Kind {
    /** The document's own title (an HTML h1, a Markdown "# " heading). */
    TITLE,
    /** A sub-heading: becomes the section of the passages below it. */
    HEADING,
    /** Text whose role is decided by its shape. */
    LINE,
    /** A list item: a passage of its own, even when short. */
    ITEM
  }

  Block {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(text, "text == null");
  }
}
