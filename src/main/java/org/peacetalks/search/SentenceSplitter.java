package org.peacetalks.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences, so that a question can be matched against the one sentence
 * that answers it rather than against a long paragraph about several things. A sentence ends at
 * {@code .}, {@code !} or {@code ?} (and any closing quote or bracket) followed by a space and a
 * capital, digit or opening quote; not after initials ("U.S. President") or common abbreviations
 * ("Mr. Witkoff", "Gen. Syrskyi").
 *
 * <p>Stateless and thread-safe.
 */
public final class SentenceSplitter {
  private static final Pattern END = Pattern.compile("[.!?][\"'”’)\\]]*\\s+(?=[\\p{Lu}\\d\"'“‘(])");

  /** Words before a full stop that do not end a sentence (compared lower case, without the dot). */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "sen",
          "rep", "gov", "pres", "prof", "jr", "sr", "vs", "approx", "est", "jan", "feb", "mar",
          "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** "U.S", "U.K", "J" (as in "Donald J. Trump"): initials before a full stop. */
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)*\\p{Lu}");

  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^\\W+");

  /** A sentence shorter than this many characters is kept with its neighbour ("No." "Ok."). */
  private static final int MIN_SENTENCE_CHARS = 20;

  private SentenceSplitter() {}

  /** The sentences of {@code text}, in order; the whole text when it is one sentence. */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int end : ends(text)) {
      add(out, text.substring(start, end).strip());
      start = end;
    }
    add(out, text.substring(start).strip());
    int last = out.size() - 1;
    if (last > 0 && out.get(last).length() < MIN_SENTENCE_CHARS) {
      out.set(last - 1, out.get(last - 1) + " " + out.remove(last));
    }
    return out;
  }

  /**
   * Where each sentence of {@code text} but the last ends: the index after its closing punctuation
   * and the spaces that follow. By the rule of {@link #split}, without joining short sentences to
   * their neighbours.
   */
  public static List<Integer> ends(String text) {
    List<Integer> out = new ArrayList<>();
    Matcher m = END.matcher(text);
    while (m.find()) {
      if (endsSentence(text, m.start())) out.add(m.end());
    }
    return out;
  }

  private static void add(List<String> out, String sentence) {
    if (sentence.isEmpty()) return;
    int last = out.size() - 1;
    if (last >= 0 && out.get(last).length() < MIN_SENTENCE_CHARS) {
      out.set(last, out.get(last) + " " + sentence);
    } else {
      out.add(sentence);
    }
  }

  /** Whether the punctuation at {@code at} ends a sentence, judged by the word it closes. */
  private static boolean endsSentence(String text, int at) {
    if (text.charAt(at) != '.') return true;
    int from = at;
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) from--;
    String word = text.substring(from, at);
    if (word.isEmpty()) return true;
    String bare = LEADING_PUNCTUATION.matcher(word).replaceFirst(""); // "(U.S" → "U.S"
    if (INITIALS.matcher(bare).matches()) return false;
    return !ABBREVIATIONS.contains(bare.toLowerCase(Locale.ROOT));
  }
}
