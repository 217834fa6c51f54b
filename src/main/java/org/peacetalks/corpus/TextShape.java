package org.peacetalks.corpus;

import java.util.regex.Pattern;

/**
 * How long a piece of text is and whether it ends a sentence, in any script. Chinese and Japanese
 * put no spaces between words, so a run of their characters counts one word per two characters
 * (about the length of a word there), and {@code 。！？} end sentences as {@code .!?} do.
 */
final class TextShape {
  private static final Pattern SENTENCE_END =
      Pattern.compile(".*[.!?…。！？][\"”’')\\]」』）】»«]*$", Pattern.DOTALL);

  private TextShape() {}

  /** Words: runs of letters and digits, and for CJK characters one per two. */
  static int words(String text) {
    int n = 0;
    int cjk = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isCjk(cp)) {
        cjk++;
        inWord = false;
        continue;
      }
      boolean letter = Character.isLetterOrDigit(cp);
      if (letter && !inWord) n++;
      inWord = letter;
    }
    return n + (cjk + 1) / 2;
  }

  /** Ends with a full stop, question or exclamation mark (Latin or CJK), perhaps inside quotes. */
  static boolean endsSentence(String text) {
    return SENTENCE_END.matcher(text).matches();
  }

  /** Chinese and Japanese characters (not Hangul: Korean puts spaces between words). */
  static boolean isCjk(int cp) {
    if (cp < 0x1100) return false; // most text: no lookup
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}
