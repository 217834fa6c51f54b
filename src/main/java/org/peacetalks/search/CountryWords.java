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
 * capital", and the country it is part of) and the noun for its people ("poles" → Poland, "danes" →
 * Denmark: a person synset that is a member of such a country). News and the people who read it
 * name a government by its capital ("did Bucharest respond") and a nation by its people, so such a
 * word stands for its country when the articles name that instead.
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

  /** The capitals of the bundled WordNet, loaded on first use. */
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

  /** offset lex_filenum ss_type w_cnt(hex) word lex_id [word lex_id ...] p_cnt(dec) pointers … */
  private record Synset(String offset, String file, List<String> words, List<String[]> pointers) {
    static Synset parse(String line) {
      String[] f = line.split(" ");
      int count = Integer.parseInt(f[3], 16);
      List<String> words = new ArrayList<>();
      for (int i = 0; i < count; i++) words.add(f[4 + 2 * i]);
      int at = 4 + 2 * count;
      int pointerCount = Integer.parseInt(f[at]);
      List<String[]> pointers = new ArrayList<>();
      for (int i = 0; i < pointerCount; i++) {
        int p = at + 1 + 4 * i; // symbol offset pos source/target
        pointers.add(new String[] {f[p], f[p + 1]});
      }
      return new Synset(f[0], f[1], words, pointers);
    }

    List<String> targets(String symbol) {
      return pointers.stream().filter(p -> p[0].equals(symbol)).map(p -> p[1]).toList();
    }
  }

  private static CountryWords load() {
    Map<String, String> firstWordByOffset = new HashMap<>();
    List<Synset> instances = new ArrayList<>();
    List<Synset> members = new ArrayList<>();
    String[] capitalOffset = {null};
    try {
      EnglishLexicon.read(
          "data.noun",
          line -> {
            if (line.startsWith(" ")) return; // the licence at the top of the file
            Synset s = Synset.parse(line);
            firstWordByOffset.put(s.offset(), s.words().get(0));
            if (s.words().contains(NATIONAL_CAPITAL)) capitalOffset[0] = s.offset();
            if (!s.targets("@i").isEmpty()) instances.add(s);
            if (s.file().equals(PEOPLE) && !s.targets("#m").isEmpty()) members.add(s);
          });
    } catch (IOException e) {
      log.warn(
          "WordNet's data files cannot be read ({}): a capital or people the articles do not name"
              + " does not stand for its country",
          e.getMessage());
      return new CountryWords(Map.of());
    }
    Map<String, List<String>> countries = new HashMap<>();
    Set<String> countryOffsets = new HashSet<>();
    for (Synset city : instances) {
      if (!city.targets("@i").contains(capitalOffset[0])) continue;
      countryOffsets.addAll(city.targets("#p"));
      add(city, city.targets("#p"), firstWordByOffset, countries);
    }
    for (Synset people : members) {
      List<String> nations =
          people.targets("#m").stream().filter(countryOffsets::contains).toList();
      if (!nations.isEmpty()) add(people, nations, firstWordByOffset, countries);
    }
    return new CountryWords(countries);
  }

  /** Records that each one-word name of {@code synset} stands for these countries. */
  private static void add(
      Synset synset,
      List<String> countryOffsets,
      Map<String, String> firstWordByOffset,
      Map<String, List<String>> countries) {
    List<String> names =
        countryOffsets.stream().map(o -> firstWordByOffset.get(o).replace('_', ' ')).toList();
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
