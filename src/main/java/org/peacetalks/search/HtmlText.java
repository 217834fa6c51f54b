package org.peacetalks.search;

/**
 * Text made safe for HTML, the markup of {@link Passage#highlighted()}, of Telegram messages (HTML
 * parse mode) and of digests: {@code & < > "} become entities, nothing else changes.
 */
public final class HtmlText {
  private HtmlText() {}

  /** {@code text} escaped; {@code null} becomes the empty string. */
  public static String escape(String text) {
    if (text == null) return "";
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text, 0, text.length(), out);
    return out.toString();
  }

  /** Appends {@code text[from, to)} escaped to {@code out}. */
  static void escape(String text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
  }
}
