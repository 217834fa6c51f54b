package org.peacetalks.corpus;

import java.util.regex.Pattern;

/** Whitespace as a reader sees it: any run of blanks (NBSP and zero-width ones too) is one space. */
final class Whitespace {
  private static final Pattern RUN = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]+");

  private Whitespace() {}

  static String collapse(String text) {
    return RUN.matcher(text).replaceAll(" ").strip();
  }
}
