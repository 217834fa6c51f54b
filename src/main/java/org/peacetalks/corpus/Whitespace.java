package org.peacetalks.corpus;

import java.util.regex.Pattern;

/** Whitespace as a reader sees it: any run of blanks (NBSP and zero-width ones too) is one space. */
final class Whitespace {
  private static final Pattern RUN = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]+");

  private Whitespace() {}

  static String collapse(String text) {
    if (isCollapsed(text)) return text; // most lines already are: skip the regex
    return RUN.matcher(text).replaceAll(" ").strip();
  }

  /** No leading or trailing blank, and every blank a single ASCII space. */
  private static boolean isCollapsed(String text) {
    char prev = ' ';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (prev == ' ') return false;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || (c >= '\u200B' && c <= '\u200D') || c == '\uFEFF') {
        return false;
      }
      prev = c;
    }
    return prev != ' ' || text.isEmpty();
  }
}
