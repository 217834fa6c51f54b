package org.peacetalks.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bilingual domain glossary: Ukrainian and Russian words and phrases of the peace talks
 * (people, places, institutions, the talks' concepts) and the English words the articles use for
 * them. Read from a data file, one entry a line:
 *
 * <pre>
 * English words | Ukrainian forms, comma-separated | Russian forms, comma-separated
 * security guarantees | гарантії безпеки | гарантии безопасности
 * </pre>
 *
 * <p>Forms are analysed like questions ({@link Lemmatizer}), so listing a word's base form covers
 * its inflections; list the spellings people use (Донбас, Донбасс). A form written {@code =чому}
 * matches that spelling only. Names the dictionary does not know keep their inflections (Віткоффа);
 * {@link #closest} finds those, and typos, by form.
 *
 * <p>Immutable and thread-safe once built.
 */
final class Glossary {
  /** One way of saying an entry: per word, the base forms it may appear as. */
  record Form(String english, List<Set<String>> words) {
    Form {
      words = List.copyOf(words);
    }
  }

  /** A glossary phrase found in a question: its English words and how many words it spans. */
  record Match(String english, int length) {}

  /** The English side of words known to carry no topic ("сказав", "говорят"). */
  static final String NEUTRAL = "-";

  /** Words shorter than this are matched exactly only: short forms are too close to each other. */
  private static final int MIN_FUZZY_LENGTH = 5;

  private static final int MIN_PREFIX_KEY = 4;
  private static final int MAX_ENDING = 3;

  /** Per language, forms keyed by the base forms of their first word. */
  private final Map<QuestionLanguage, Map<String, List<Form>>> byFirstWord;

  /** Every one-word form's base forms, for inflected names and typos. */
  private final Map<String, String> singleWords;

  private final int entries;

  private Glossary(
      Map<QuestionLanguage, Map<String, List<Form>>> byFirstWord,
      Map<String, String> singleWords,
      int entries) {
    this.byFirstWord = byFirstWord;
    this.singleWords = singleWords;
    this.entries = entries;
  }

  /** The glossary that ships with the bot. */
  static Glossary builtIn(Lemmatizer lemmatizer) {
    String name = "glossary-uk-ru.txt";
    try (InputStream in = Glossary.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, lemmatizer);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + name, e);
    }
  }

  /**
   * @throws IllegalArgumentException naming the line of an entry that is malformed or has a form
   *     with no words left after analysis
   */
  static Glossary parse(String text, String origin, Lemmatizer lemmatizer) {
    Map<QuestionLanguage, Map<String, List<Form>>> byFirst = new EnumMap<>(QuestionLanguage.class);
    // In the glossary's order, so that closest() settles ties the same way on every run.
    Map<String, String> singles = new LinkedHashMap<>();
    int count = 0;
    for (RuleLine line : RuleLine.read(text)) {
      String[] columns = line.text().split("\\|", -1);
      if (columns.length != 3 || columns[0].isBlank()) {
        throw new IllegalArgumentException(
            origin + " line " + line.number() + ": expected 'English | Ukrainian | Russian'");
      }
      String english = columns[0].strip();
      add(
          english,
          columns[1],
          QuestionLanguage.UKRAINIAN,
          lemmatizer,
          byFirst,
          singles,
          origin,
          line.number());
      add(
          english,
          columns[2],
          QuestionLanguage.RUSSIAN,
          lemmatizer,
          byFirst,
          singles,
          origin,
          line.number());
      count++;
    }
    // Longest forms first, so "гарантії безпеки" wins over "гарантії".
    for (Map<String, List<Form>> forms : byFirst.values()) {
      forms.replaceAll(
          (k, v) ->
              v.stream()
                  .sorted((a, b) -> Integer.compare(b.words().size(), a.words().size()))
                  .toList());
    }
    return new Glossary(byFirst, Collections.unmodifiableMap(singles), count);
  }

  private static void add(
      String english,
      String column,
      QuestionLanguage language,
      Lemmatizer lemmatizer,
      Map<QuestionLanguage, Map<String, List<Form>>> byFirst,
      Map<String, String> singles,
      String origin,
      int line) {
    for (String phrase : column.split(",")) {
      if (phrase.isBlank()) continue;
      String written = phrase.strip();
      // "=чому": this spelling only. Its lemma (що) would also catch every "що".
      boolean exact = written.startsWith("=");
      if (exact) written = written.substring(1);
      List<Lemmatizer.Word> words = lemmatizer.words(written, language);
      if (words.isEmpty()) {
        throw new IllegalArgumentException(
            origin + " line " + line + ": no words in form '" + phrase.strip() + "'");
      }
      Form form =
          new Form(
              english, words.stream().map(w -> exact ? Set.of(w.surface()) : w.keys()).toList());
      Map<String, List<Form>> forms = byFirst.computeIfAbsent(language, l -> new HashMap<>());
      for (String key : form.words().get(0))
        forms.computeIfAbsent(key, k -> new ArrayList<>()).add(form);
      if (words.size() == 1) {
        for (String key : form.words().get(0)) singles.putIfAbsent(key, english);
      }
    }
  }

  /** The longest form of {@code language} that starts at word {@code i}, or {@code null}. */
  Match longestAt(List<Lemmatizer.Word> words, int i, QuestionLanguage language) {
    Map<String, List<Form>> forms = byFirstWord.getOrDefault(language, Map.of());
    Form best = null;
    for (String key : words.get(i).keys()) {
      for (Form f : forms.getOrDefault(key, List.of())) {
        if (best != null && f.words().size() <= best.words().size()) break;
        if (matchesAt(f, words, i)) {
          best = f;
          break;
        }
      }
    }
    return best == null ? null : new Match(best.english(), best.words().size());
  }

  private static boolean matchesAt(Form f, List<Lemmatizer.Word> words, int i) {
    if (i + f.words().size() > words.size()) return false;
    for (int k = 0; k < f.words().size(); k++) {
      Set<String> wanted = f.words().get(k);
      if (words.get(i + k).keys().stream().noneMatch(wanted::contains)) return false;
    }
    return true;
  }

  /**
   * The English of the one-word form this word is an inflection or a typo of: a form it starts
   * with, followed by at most three letters of ending (Віткоффа, Умєрову), or one letter away from
   * it (Зеленскй, перемиря). {@code null} when no form is that close.
   */
  String closest(Lemmatizer.Word word) {
    String s = word.surface();
    if (s.length() < MIN_FUZZY_LENGTH) return null;
    String prefixKey = null;
    String nearKey = null;
    for (String key : singleWords.keySet()) {
      if (key.length() >= MIN_PREFIX_KEY
          && s.length() - key.length() <= MAX_ENDING
          && s.startsWith(key)
          && (prefixKey == null || key.length() > prefixKey.length())) {
        prefixKey = key;
      }
      if (nearKey == null
          && key.length() >= MIN_FUZZY_LENGTH
          && Math.abs(key.length() - s.length()) <= 1
          && withinOneEdit(s, key)) {
        nearKey = key;
      }
    }
    String key = prefixKey != null ? prefixKey : nearKey;
    return key == null ? null : singleWords.get(key);
  }

  /** One insertion, deletion, substitution or swap of neighbours turns {@code a} into {@code b}. */
  static boolean withinOneEdit(String a, String b) {
    if (a.equals(b)) return true;
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) return false;
    int i = 0;
    while (i < la && i < lb && a.charAt(i) == b.charAt(i)) i++;
    if (la == lb) {
      if (a.substring(i + 1).equals(b.substring(i + 1))) return true; // substitution
      return i + 1 < la
          && a.charAt(i) == b.charAt(i + 1)
          && a.charAt(i + 1) == b.charAt(i)
          && a.substring(i + 2).equals(b.substring(i + 2)); // swap
    }
    return la > lb
        ? a.substring(i + 1).equals(b.substring(i))
        : a.substring(i).equals(b.substring(i + 1));
  }

  int size() {
    return entries;
  }

  /** Every form of every entry, for checking the file. */
  List<Form> forms(QuestionLanguage language) {
    return byFirstWord.getOrDefault(language, Map.of()).values().stream()
        .flatMap(List::stream)
        .distinct()
        .toList();
  }
}
