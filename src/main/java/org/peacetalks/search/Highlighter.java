package org.peacetalks.search;

import java.util.Set;

/**
 * Marks the question's words in a passage: the passage is analysed as it was indexed, and each
 * token whose term the question asked for is wrapped in {@code <b>…</b>}. Everything else is
 * HTML-escaped, so the result is safe for Telegram's HTML mode and for web pages.
 */
final class Highlighter {
  private final DomainAnalyzer analyzer;

  Highlighter(DomainAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  String highlight(String text, Set<String> terms) {
    StringBuilder out = new StringBuilder(text.length() + 32);
    int at = 0;
    for (DomainAnalyzer.Token t : analyzer.tokens(text)) {
      if (!terms.contains(t.term()) || t.start() < at) continue;
      escape(text, at, t.start(), out);
      out.append("<b>");
      escape(text, t.start(), t.end(), out);
      out.append("</b>");
      at = t.end();
    }
    escape(text, at, text.length(), out);
    return out.toString();
  }

  /** Escapes what HTML (and Telegram's HTML mode) treats as markup: {@code & < > "}. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text, 0, text.length(), out);
    return out.toString();
  }

  private static void escape(String text, int from, int to, StringBuilder out) {
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
