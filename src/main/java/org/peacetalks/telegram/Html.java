package org.peacetalks.telegram;

import org.peacetalks.search.HtmlText;

/** Telegram HTML: escaping dynamic text, and the plain-text form of a formatted message. */
final class Html {
  private Html() {}

  /** Escapes {@code & < > "} so any text is safe inside Telegram HTML (also in attributes). */
  static String escape(String text) {
    return HtmlText.escape(text);
  }

  /** The text a reader sees: tags dropped, the entities we write decoded. For the plain-text fallback. */
  static String toPlain(String html) {
    return html.replaceAll("<[^>]*>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }

  /** Cuts plain text to at most {@code max} chars at a word boundary, adding an ellipsis when cut. */
  static String cut(String text, int max) {
    if (text.length() <= max) return text;
    if (max <= 1) return "…";
    int end = max - 1; // exclusive; one char left for the ellipsis
    int space = text.lastIndexOf(' ', end);
    if (space > max / 2) end = space;
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) end--; // never split an emoji
    return text.substring(0, end).stripTrailing() + "…";
  }

  /** {@code text} cut and escaped so that the escaped form is at most {@code max} chars. */
  static String escapeWithin(String text, int max) {
    String escaped = escape(text);
    if (escaped.length() <= max) return escaped;
    int raw = Math.min(text.length(), max);
    while (raw > 0) {
      escaped = escape(cut(text, raw));
      if (escaped.length() <= max) return escaped;
      raw -= Math.max(1, escaped.length() - max);
    }
    return "";
  }
}
