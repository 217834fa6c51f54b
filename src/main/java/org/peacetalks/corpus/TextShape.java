package org.peacetalks.corpus;

import java.util.regex.Pattern;

/**
 * How long a piece of text is and whether it ends a sentence, in any script. Chinese and Japanese
 * put no spaces between words, so a run of their characters counts one word per two characters
 * (about the length of a word there), and {@code 。！？} end sentences as {@code .!?} do.
 */
final class TextShape {
  /** What ends a sentence, and the closing quotes and brackets that may follow it. */
  private static final String SENTENCE_MARKS = ".!?…。！？";

  private static final String CLOSERS = "\"”’')]」』）】»«";

  /** No Han, Hiragana or Katakana character comes before this one (CJK Radicals Supplement). */
  private static final int FIRST_CJK = 0x2E80;

  /** Spaces, the ideographic one included. */
  private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");

  private static final int MIN_CJK_CLAUSE = 6;

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
    int end = text.length();
    while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) end--;
    return end > 0 && SENTENCE_MARKS.indexOf(text.charAt(end - 1)) >= 0;
  }

  /**
   * A Chinese or Japanese line of clauses set apart by spaces instead of commas and full stops, as
   * informal writing (blogs, forums) often is: "來到現場已是落葉飄飄 不時隨著風吹而葉落垂地". Every clause must be a
   * real one (six characters or more), so a caption such as "2013 美樹營地" is not.
   */
  static boolean isSpacedCjkSentence(String text) {
    String[] clauses = SPACES.split(text.strip());
    if (clauses.length < 2) return false;
    for (String clause : clauses) {
      int cjk = 0;
      for (int i = 0; i < clause.length(); ) {
        int cp = clause.codePointAt(i);
        i += Character.charCount(cp);
        if (isCjk(cp)) cjk++;
      }
      if (cjk < MIN_CJK_CLAUSE || cjk * 2 < clause.codePointCount(0, clause.length())) return false;
    }
    return true;
  }

  /** Chinese and Japanese characters (not Hangul: Korean puts spaces between words). */
  static boolean isCjk(int cp) {
    if (cp < FIRST_CJK) return false; // most text, curly quotes and dashes too: no lookup
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}
