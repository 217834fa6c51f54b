package org.peacetalks.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Words that stand for a country without naming it, from Princeton WordNet 3.1: its national
 * capital ("bucharest" → Romania, "ankara" → Turkey: every synset that is an instance of "national
 * capital", and what it is part of that WordNet files as a country) and the noun for its people
 * ("poles" → Poland, "danes" → Denmark: a person synset that is a member of such a country). News
 * and the people who read it name a government by its capital ("did Bucharest respond") and a
 * nation by its people, so such a word stands for its country when the articles name that instead.
 *
 * <p>Immutable and thread-safe; loaded on first use. Without WordNet's data files on the class path
 * it knows no such word, and says so once in the log.
 */
final class CountryWords {
  private static final Logger log = LoggerFactory.getLogger(CountryWords.class);

  /** The lemma of the synset that capitals are instances of. */
  private static final String NATIONAL_CAPITAL = "national_capital";

  /** WordNet's lexicographer file of nouns for people. */
  private static final String PEOPLE = "18";

  private final Map<String, List<String>> countries;

  private CountryWords(Map<String, List<String>> countries) {
    this.countries = Map.copyOf(countries);
  }

  /** The capitals and peoples of the bundled WordNet, loaded on first use. */
  static CountryWords shared() {
    return Holder.SHARED;
  }

  private static final class Holder {
    static final CountryWords SHARED = load();
  }

  /**
   * The names of the country (in WordNet's spelling, words joined by a space: "Romania", "North
   * Korea") whose capital or people {@code word} (any case; a plural "s" dropped) names; empty when
   * it names none.
   */
  List<String> countriesOf(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    List<String> names = countries.get(lower);
    if (names == null && lower.endsWith("s"))
      names = countries.get(lower.substring(0, lower.length() - 1));
    return names == null ? List.of() : names;
  }

  /** One pointer of a synset: its symbol ("@i" instance of, "#p" part of …) and target offset. */
  private record Pointer(String symbol, String target) {}

  /** offset lex_filenum ss_type w_cnt(hex) word lex_id [word lex_id ...] p_cnt(dec) pointers … */
  private record Synset(String offset, String file, List<String> words, List<Pointer> pointers) {
    static Synset parse(String line) {
      String[] f = line.split(" ");
      int count = Integer.parseInt(f[3], 16);
      List<String> words = new ArrayList<>();
      for (int i = 0; i < count; i++) words.add(f[4 + 2 * i]);
      int at = 4 + 2 * count;
      int pointerCount = Integer.parseInt(f[at]);
      List<Pointer> pointers = new ArrayList<>();
      for (int i = 0; i < pointerCount; i++) {
        int p = at + 1 + 4 * i; // symbol offset pos source/target
        if (f[p + 2].equals("n")) pointers.add(new Pointer(f[p], f[p + 1]));
      }
      return new Synset(f[0], f[1], List.copyOf(words), List.copyOf(pointers));
    }

    List<String> targets(String symbol) {
      return pointers.stream().filter(p -> p.symbol().equals(symbol)).map(Pointer::target).toList();
    }

    /** Its kinds: what it is an instance of, or else its hypernyms. */
    List<String> kinds() {
      List<String> instanceOf = targets("@i");
      return instanceOf.isEmpty() ? targets("@") : instanceOf;
    }
  }

  private static CountryWords load() {
    Map<String, Synset> nouns = new HashMap<>();
    try {
      EnglishLexicon.read(
          "data.noun",
          line -> {
            if (line.startsWith(" ")) return; // the licence at the top of the file
            Synset s = Synset.parse(line);
            nouns.put(s.offset(), s);
          });
      return new CountryWords(countries(nouns));
    } catch (IOException | RuntimeException e) {
      log.warn(
          "WordNet's data files cannot be read ({}): a capital or people the articles do not name"
              + " does not stand for its country",
          e.toString());
      return new CountryWords(Map.of());
    }
  }

  private static Map<String, List<String>> countries(Map<String, Synset> nouns) {
    String capital =
        nouns.values().stream()
            .filter(s -> s.words().contains(NATIONAL_CAPITAL))
            .map(Synset::offset)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no synset " + NATIONAL_CAPITAL));
    Map<String, List<String>> countries = new HashMap<>();
    Set<String> countryOffsets = new HashSet<>();
    for (Synset city : nouns.values()) {
      if (!city.targets("@i").contains(capital)) continue;
      // a capital is part of its country, and sometimes of a region or island too (Tokyo: Honshu)
      List<String> of =
          city.targets("#p").stream().filter(o -> isCountry(nouns.get(o), nouns)).toList();
      countryOffsets.addAll(of);
      add(city, of, nouns, countries);
    }
    for (Synset people : nouns.values()) {
      if (!people.file().equals(PEOPLE)) continue;
      List<String> of = people.targets("#m").stream().filter(countryOffsets::contains).toList();
      add(people, of, nouns, countries);
    }
    return countries;
  }

  /**
   * Whether WordNet files the synset under a kind of country ("European country", "Baltic State").
   */
  private static boolean isCountry(Synset place, Map<String, Synset> nouns) {
    if (place == null) return false;
    for (String kind : place.kinds()) {
      Synset k = nouns.get(kind);
      String name = k == null ? "" : k.words().get(0).toLowerCase(Locale.ROOT);
      if (name.endsWith("country") || name.endsWith("state") || name.endsWith("kingdom"))
        return true;
    }
    return false;
  }

  /** Records that each one-word name of {@code synset} stands for these countries. */
  private static void add(
      Synset synset,
      List<String> countryOffsets,
      Map<String, Synset> nouns,
      Map<String, List<String>> countries) {
    if (countryOffsets.isEmpty()) return;
    List<String> names =
        countryOffsets.stream().map(o -> nouns.get(o).words().get(0).replace('_', ' ')).toList();
    for (String word : synset.words()) {
      if (word.indexOf('_') < 0)
        countries.merge(word.toLowerCase(Locale.ROOT), names, CountryWords::both);
    }
  }

  private static List<String> both(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    b.stream().filter(n -> !out.contains(n)).forEach(out::add);
    return List.copyOf(out);
  }
}
