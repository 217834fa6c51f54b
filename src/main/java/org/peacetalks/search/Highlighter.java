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
      HtmlText.escape(text, at, t.start(), out);
      out.append("<b>");
      HtmlText.escape(text, t.start(), t.end(), out);
      out.append("</b>");
      at = t.end();
    }
    HtmlText.escape(text, at, text.length(), out);
    return out.toString();
  }
}
