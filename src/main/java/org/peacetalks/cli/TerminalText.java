package org.peacetalks.cli;

/** Highlighted passage HTML as terminal text: bold via ANSI escapes, entities decoded. */
final class TerminalText {
  private TerminalText() {}

  static String bold(String highlightedHtml) {
    return highlightedHtml
        .replace("<b>", "\u001b[1m")
        .replace("</b>", "\u001b[0m")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }

  /** Plain text cut to at most {@code max} characters at a word boundary, with an ellipsis when cut. */
  static String cut(String text, int max) {
    if (text.length() <= max) return text;
    int end = max - 1;
    int space = text.lastIndexOf(' ', end);
    if (space > max / 2) end = space;
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) end--;
    return text.substring(0, end).stripTrailing() + "…";
  }
}
