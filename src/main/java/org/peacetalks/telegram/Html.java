package org.peacetalks.telegram;

import org.peacetalks.corpus.Ellipsis;
import org.peacetalks.search.HtmlText;

/** Telegram HTML: escaping dynamic text, and the plain-text form of a formatted message. */
public final class Html {
  private Html() {}

  /** Escapes {@code & < > "} so any text is safe inside Telegram HTML (also in attributes). */
  public static String escape(String text) {
    return HtmlText.escape(text);
  }

  /**
   * The text a reader sees: tags dropped, the entities we write decoded. For the plain-text
   * fallback.
   */
  public static String toPlain(String html) {
    // A quote is a block of its own: as plain text, what follows it starts a new line.
    return html.replace("</blockquote>", "</blockquote>\n")
        .replaceAll("<[^>]*>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }

  /**
   * Cuts plain text to at most {@code max} chars at a word boundary, adding an ellipsis when cut.
   */
  public static String cut(String text, int max) {
    return Ellipsis.cut(text, max);
  }

  /** {@code text} cut and escaped so that the escaped form is at most {@code max} chars. */
  public static String escapeWithin(String text, int max) {
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

  /**
   * The number of characters a reader sees of {@code html}: tags dropped, each entity one
   * character.
   */
  public static int visibleLength(String html) {
    return toPlain(html).length();
  }

  /**
   * Engine-highlighted HTML (escaped text with {@code <b>…</b>} only) cut to at most {@code max}
   * visible characters at a word boundary, an ellipsis added when cut. An open {@code <b>} is
   * closed and no tag or entity is ever split, so the result always parses.
   */
  public static String cutHighlighted(String html, int max) {
    if (visibleLength(html) <= max) return html;
    if (max <= 1) return "…";
    StringBuilder out = new StringBuilder();
    int visible = 0;
    int lastSpace = -1; // length of out just before the last space, and whether bold was open there
    boolean boldAtSpace = false;
    boolean bold = false;
    int i = 0;
    while (i < html.length() && visible < max - 1) {
      char c = html.charAt(i);
      if (c == '<') {
        int end = html.indexOf('>', i);
        if (end < 0) break;
        String tag = html.substring(i, end + 1);
        bold = tag.equals("<b>") || (!tag.equals("</b>") && bold);
        out.append(tag);
        i = end + 1;
        continue;
      }
      int next = i + 1;
      if (c == '&') {
        int semi = html.indexOf(';', i);
        next = semi > 0 && semi - i <= 8 ? semi + 1 : i + 1;
      } else if (Character.isHighSurrogate(c) && i + 1 < html.length()) {
        next = i + 2;
      }
      if (c == ' ') {
        lastSpace = out.length();
        boldAtSpace = bold;
      }
      out.append(html, i, next);
      visible++;
      i = next;
    }
    if (lastSpace > 0 && lastSpace > out.length() / 2) {
      out.setLength(lastSpace);
      bold = boldAtSpace;
    }
    String cut = out.toString().stripTrailing();
    while (cut.endsWith("<b>")) {
      cut = cut.substring(0, cut.length() - 3).stripTrailing();
      bold = false;
    }
    return cut + (bold ? "</b>" : "") + "…";
  }
}
