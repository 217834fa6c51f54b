package org.peacetalks.corpus;

/**
 * Whitespace as a reader sees it: any run of blanks (NBSP and zero-width ones too) is one space.
 */
final class Whitespace {
  private Whitespace() {}

  /**
   * Every run of blanks one space, none at either end. One pass, no regex: every block of every
   * page goes through here.
   */
  static String collapse(String text) {
    if (isCollapsed(text)) return text; // most lines already are
    StringBuilder out = new StringBuilder(text.length());
    boolean inRun = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isBlank(c)) {
        inRun = true;
      } else {
        if (inRun) out.append(' ');
        inRun = false;
        out.append(c);
      }
    }
    if (inRun) out.append(' ');
    return out.toString()
        .strip(); // strip also takes the few blanks isBlank leaves (U+1680, U+001C–U+001F)
  }

  /**
   * The blanks a run is made of: ASCII white space, NBSP, the typographic and zero-width spaces,
   * U+3000, the BOM.
   */
  private static boolean isBlank(char c) {
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\u000B'
        || c == '\f'
        || c == '\r'
        || c == '\u00A0'
        || (c >= '\u2000' && c <= '\u200B')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000'
        || c == '\uFEFF';
  }

  /** No leading or trailing blank, and every blank a single ASCII space. */
  private static boolean isCollapsed(String text) {
    char prev = ' ';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (prev == ' ') return false;
      } else if (Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || (c >= '\u200B' && c <= '\u200D')
          || c == '\uFEFF') {
        return false;
      }
      prev = c;
    }
    return prev != ' ' || text.isEmpty();
  }
}
