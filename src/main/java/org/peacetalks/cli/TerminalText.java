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
}
