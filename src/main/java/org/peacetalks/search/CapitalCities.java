package org.peacetalks.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The country whose national capital a city is ("bucharest" → Romania, "ankara" → Turkey), from
 * Princeton WordNet 3.1: every synset that is an instance of "national capital" and part of another
 * (its country). News and the people who read it name a government by its capital ("did Bucharest
 * respond"), so a capital the articles never name stands for its country when they name that.
 *
 * <p>Immutable and thread-safe; loaded on first use. Without WordNet's data files on the class path
 * it knows no capital, and says so once in the log.
 */
final class CapitalCities {
  private static final Logger log = LoggerFactory.getLogger(CapitalCities.class);

  /** The lemma of the synset that capitals are instances of. */
  private static final String NATIONAL_CAPITAL = "national_capital";

  private final Map<String, List<String>> countries;

  private CapitalCities(Map<String, List<String>> countries) {
    this.countries = Map.copyOf(countries);
  }

  /** The capitals of the bundled WordNet, loaded on first use. */
  static CapitalCities shared() {
    return Holder.SHARED;
  }

  private static final class Holder {
    static final CapitalCities SHARED = load();
  }

  /**
   * The names of the country (in WordNet's spelling, words joined by a space: "Romania", "North
   * Korea") whose capital {@code word} (any case) names; empty when it names none.
   */
  List<String> countriesOf(String word) {
    return countries.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
  }

  /** offset lex_filenum ss_type w_cnt(hex) word lex_id [word lex_id ...] p_cnt(dec) pointers … */
  private record Synset(String offset, List<String> words, List<String[]> pointers) {
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
      return new Synset(f[0], words, pointers);
    }

    List<String> targets(String symbol) {
      return pointers.stream().filter(p -> p[0].equals(symbol)).map(p -> p[1]).toList();
    }
  }

  private static CapitalCities load() {
    Map<String, String> firstWordByOffset = new HashMap<>();
    List<Synset> instances = new ArrayList<>();
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
          });
    } catch (IOException e) {
      log.warn(
          "WordNet's data files cannot be read ({}): a capital the articles do not name does not"
              + " stand for its country",
          e.getMessage());
      return new CapitalCities(Map.of());
    }
    Map<String, List<String>> countries = new HashMap<>();
    for (Synset city : instances) {
      if (!city.targets("@i").contains(capitalOffset[0])) continue;
      List<String> names = new ArrayList<>();
      for (String part : city.targets("#p"))
        names.add(firstWordByOffset.get(part).replace('_', ' '));
      for (String word : city.words()) {
        if (word.indexOf('_') < 0)
          countries.merge(word.toLowerCase(Locale.ROOT), List.copyOf(names), CapitalCities::both);
      }
    }
    return new CapitalCities(countries);
  }

  private static List<String> both(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    b.stream().filter(n -> !out.contains(n)).forEach(out::add);
    return List.copyOf(out);
  }
}
