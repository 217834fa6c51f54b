package org.peacetalks.feeds;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The domain words of the war and the talks, in English, Ukrainian and Russian, counted in a text.
 * Words are matched by how they begin (a stem such as {@code ukrain} covers Ukraine, Ukrainian,
 * Ukrainians), so inflected Ukrainian and Russian forms need no dictionary.
 *
 * <p>A stem written {@code =крим} matches that word only (not кримінал, criminal); one with a space
 * is a phrase, counted in the text as a whole.
 *
 * <p>Two tiers: <em>names</em> belong to this war alone (its countries, capitals, leaders,
 * negotiators, front-line places), so a few of them mark a text as on topic; <em>context</em> words
 * (talks, ceasefire, sanctions, missiles) are shared with other conflicts and other news, and only
 * add to names. The lists are short on purpose: a name that is missing costs little when the
 * embedding model is loaded, which recognises the topic without them.
 *
 * <p>Immutable and thread-safe.
 */
final class TopicWords {
  /** Stems of names: places, people and institutions of this war only. */
  static final List<String> NAMES =
      List.of(
          // English
          "ukrain",
          "russia",
          "kremlin",
          "kyiv",
          "kiev",
          "moscow",
          "putin",
          "zelensk",
          "donbas",
          "donetsk",
          "luhansk",
          "lugansk",
          "crimea",
          "zaporizh",
          "zaporozh",
          "kherson",
          "kharkiv",
          "pokrovsk",
          "kupiansk",
          "huliaipole",
          "odesa",
          "odessa",
          "mariupol",
          "bakhmut",
          "avdiivka",
          "dnipro",
          "peskov",
          "lavrov",
          "ushakov",
          "dmitriev",
          "witkoff",
          "yermak",
          "umerov",
          "budanov",
          "sybiha",
          "ukrenergo",
          "naftogaz",
          "rosneft",
          "lukoil",
          "gazprom",
          "kursk",
          "belgorod",
          // Ukrainian
          "україн",
          "украї",
          "росі",
          "росій",
          "кремл",
          "київ",
          "києв",
          "москв",
          "путін",
          "зеленськ",
          "донбас",
          "донецьк",
          "луганськ",
          "=крим",
          "=криму",
          "кримськ",
          "запоріж",
          "херсон",
          "харків",
          "покровськ",
          "одес",
          "маріупол",
          "пєсков",
          "лавров",
          "ушаков",
          "уіткофф",
          "віткофф",
          "єрмак",
          "умєров",
          "укренерго",
          // Russian
          "украин",
          "росси",
          "российск",
          "киев",
          "путин",
          "зеленск",
          "донбасс",
          "донецк",
          "луганск",
          "=крым",
          "=крыму",
          "крымск",
          "запорож",
          "харьков",
          "покровск",
          "мариупол",
          "песков",
          "уиткофф",
          "ермак",
          "умеров");

  /** Stems of context: the vocabulary of war and talks, which other news shares. */
  static final List<String> CONTEXT =
      List.of(
          // English
          "ceasefire",
          "cease-fire",
          "truce",
          "armistice",
          "negotiat",
          "=talks",
          "peace",
          "envoy",
          "delegation",
          "sanction",
          "invasion",
          "occupied",
          "occupation",
          "=front",
          "troops",
          "drone",
          "missile",
          "shelling",
          "offensive",
          "prisoner",
          "nato",
          "security guarantee",
          "territor",
          "frozen assets",
          "air defence",
          "air defense",
          "blackout",
          "=war",
          "=wars",
          "wartime",
          // Ukrainian
          "переговор",
          "перемир",
          "мирн",
          "санкці",
          "окупац",
          "окупова",
          "фронт",
          "війн",
          "дрон",
          "ракет",
          "полонен",
          "обмін",
          "гарантії безпеки",
          "енергетик",
          "знеструмл",
          "зсу",
          "нато",
          // Russian
          "перемири",
          "санкци",
          "оккупац",
          "войн",
          "пленн",
          "обмен",
          "гарантии безопасности",
          "энергетик",
          "всу");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’ʼ-]+");

  /** How many words of a text are names and context words, and how many distinct names it has. */
  record Counts(int words, int names, int context, int distinctNames) {
    double nameShare() {
      return words == 0 ? 0 : (double) names / words;
    }

    double contextShare() {
      return words == 0 ? 0 : (double) context / words;
    }
  }

  private TopicWords() {}

  static Counts count(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int words = 0;
    int names = 0;
    int context = 0;
    java.util.Set<String> distinct = new java.util.HashSet<>();
    Matcher m = WORD.matcher(lower);
    while (m.find()) {
      String w = m.group();
      words++;
      String name = stemOf(w, NAMES);
      if (name != null) {
        names++;
        distinct.add(name);
      } else if (stemOf(w, CONTEXT) != null) {
        context++;
      }
    }
    // Two-word context phrases ("security guarantee", "frozen assets") are found in the text as a
    // whole.
    for (String stem : CONTEXT) {
      if (stem.indexOf(' ') > 0) context += occurrences(lower, stem);
    }
    return new Counts(words, names, context, distinct.size());
  }

  /**
   * The stem the word begins with; a stem written {@code =war} matches that word only ("warning" is
   * no war).
   */
  private static String stemOf(String word, List<String> stems) {
    for (String s : stems) {
      if (s.indexOf(' ') >= 0) continue;
      if (s.charAt(0) == '=' ? word.equals(s.substring(1)) : word.startsWith(s)) return s;
    }
    return null;
  }

  private static int occurrences(String text, String phrase) {
    int n = 0;
    for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length()))
      n++;
    return n;
  }
}
