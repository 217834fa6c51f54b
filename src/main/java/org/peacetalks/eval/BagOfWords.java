package org.peacetalks.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Text as a bag of words for scoring extraction: lower-cased runs of letters and digits, and each
 * Chinese, Japanese or Korean character a word of its own (those scripts do not separate words with
 * spaces, so a run would make a whole sentence one word).
 */
final class BagOfWords {
  private final Map<String, Integer> counts = new HashMap<>();
  private int size;

  void add(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isCjk(cp)) {
        if (start >= 0) put(lower.substring(start, i));
        start = -1;
        put(lower.substring(i, next));
      } else if (Character.isLetterOrDigit(cp)) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        put(lower.substring(start, i));
        start = -1;
      }
      i = next;
    }
    if (start >= 0) put(lower.substring(start));
  }

  int size() {
    return size;
  }

  /** How many words the two bags share, each counted as often as it is in both. */
  int overlap(BagOfWords other) {
    int shared = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      shared += Math.min(e.getValue(), other.counts.getOrDefault(e.getKey(), 0));
    }
    return shared;
  }

  private void put(String word) {
    counts.merge(word, 1, Integer::sum);
    size++;
  }

  static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }
}
