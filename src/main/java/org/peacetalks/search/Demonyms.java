package org.peacetalks.search;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The countries a demonym or country adjective names ("belgians" → Belgium, "french" → France,
 * "israeli" → Israel), from ICU's locale data rather than a list typed by hand: the one-word
 * English names of the countries (with CLDR's variant and short forms: Turkey beside Türkiye,
 * Bosnia, Palestine), and the English names of the languages whose likely country shares their
 * first two letters (French → France, Polish → Poland, Swedish → Sweden). Adjectives are also read
 * by English suffixes: a word ending in -an, -ian, -ish, -i, -ese or -ean whose root, less at most
 * two letters and still four long, starts a country's name ("canadian" → Canada, "norwegian" →
 * Norway, "qatari" → Qatar). Words are compared in lower case, accents folded, a plural "s"
 * dropped.
 *
 * <p>A word may name several countries ("turkish" → Turkey, Türkiye, Turkmenistan); the caller
 * keeps the one the articles use.
 */
final class Demonyms {
  /** Adjective endings, longest root first ("indian" is India by -an before Indonesia by -ian). */
  private static final List<String> SUFFIXES = List.of("i", "an", "ean", "ian", "ish", "ese");

  private static final int MIN_ROOT = 4;
  private static final int MAX_TRIMMED = 2;
  private static final int LANGUAGE_PREFIX = 2;
  private static final int MIN_COUNTRY = 4;
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  // last of the constants: the constructor uses those above
  private static final Demonyms SHARED = new Demonyms();

  /** One-word country names, folded. */
  private final Set<String> countries = new HashSet<>();

  /** Language names that name a country as adjectives ("french" → france). */
  private final Map<String, String> languages = new HashMap<>();

  private Demonyms() {
    for (String code : ULocale.getISOCountries()) {
      addCountry(new ULocale("", code).getDisplayCountry(ULocale.ENGLISH));
    }
    // CLDR's other English forms (Turkey, Czech Republic, Bosnia, Palestine); ICU offers no public
    // call for them, so they are read from its region table.
    UResourceBundle region =
        UResourceBundle.getBundleInstance(ICUData.ICU_REGION_BASE_NAME, ULocale.ENGLISH);
    for (String table : List.of("Countries%variant", "Countries%short")) {
      UResourceBundle names = region.get(table);
      for (int i = 0; i < names.getSize(); i++) addCountry(names.get(i).getString());
    }
    for (String code : ULocale.getISOLanguages()) {
      String language = fold(new ULocale(code).getDisplayLanguage(ULocale.ENGLISH));
      ULocale likely = ULocale.addLikelySubtags(new ULocale(code));
      String country =
          fold(new ULocale("", likely.getCountry()).getDisplayCountry(ULocale.ENGLISH));
      if (isWord(language)
          && countries.contains(country)
          && language.length() >= LANGUAGE_PREFIX
          && country.startsWith(language.substring(0, LANGUAGE_PREFIX))) {
        languages.put(language, country);
      }
    }
  }

  static Demonyms shared() {
    return SHARED;
  }

  /** The countries the word names as a demonym or adjective, folded; empty when none. */
  Set<String> countriesOf(String word) {
    String folded = fold(word);
    if (countries.contains(folded)) return Set.of();
    String w = singular(folded);
    Set<String> out = new HashSet<>();
    for (String suffix : SUFFIXES) {
      if (!w.endsWith(suffix) || !out.isEmpty()) continue;
      String root = w.substring(0, w.length() - suffix.length());
      for (int trim = 0; trim <= MAX_TRIMMED && out.isEmpty(); trim++) {
        if (root.length() - trim < MIN_ROOT) break;
        String prefix = root.substring(0, root.length() - trim);
        for (String country : countries) {
          if (country.startsWith(prefix)) out.add(country);
        }
      }
    }
    String language = languages.get(w);
    if (language != null) out.add(language);
    return Set.copyOf(out);
  }

  private void addCountry(String name) {
    // "UK" and "US" are words too ("us"); synonyms.txt has them
    String folded = fold(name);
    if (isWord(folded) && folded.length() >= MIN_COUNTRY) countries.add(folded);
  }

  private static boolean isWord(String s) {
    return s.length() > 1 && s.chars().allMatch(Character::isLetter);
  }

  private static String singular(String w) {
    return w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
  }

  /** Lower case without accents: "Türkiye" → turkiye. */
  private static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    String decomposed = NFD.normalize(lower);
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) out.append(c);
    }
    return out.toString();
  }
}
