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
import java.util.MissingResourceException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The countries a demonym or country adjective names ("belgians" → Belgium, "french" → France,
 * "israeli" → Israel), from ICU's locale data rather than a list typed by hand: the one-word
 * English names of the countries (with CLDR's variant and short forms: Turkey beside Türkiye,
 * Bosnia, Palestine), and the English names of the languages whose likely country's name shares
 * their first two letters (French → France, Polish → Poland, Turkish → Turkey and Türkiye).
 * Adjectives are also read by English endings: -an, -ian, -ean or -ese on a root of four letters or
 * more that starts a country's name, or that does so less one or two letters when five are left
 * ("canadian" → Canada, "lebanese" → Lebanon), and -i on a root that is a country's whole name
 * ("qatari" → Qatar). Words are compared in lower case, accents folded, a plural "s" dropped.
 *
 * <p>A word may name several countries; the caller keeps the one the articles use. Rare words still
 * slip through ("barbarian" → Barbados); they count only when the articles lack the word and name
 * the country.
 */
final class Demonyms {
  private static final Logger log = LoggerFactory.getLogger(Demonyms.class);

  /**
   * Adjective endings, longest root first ("indian" is India by -an before Indonesia by -ian). An
   * -i adjective names a country only when its root is the whole name ("israeli", "qatari"; not
   * "francis" or "chili").
   */
  private static final List<String> SUFFIXES = List.of("i", "an", "ean", "ian", "ese");

  /** The root an ending leaves, when the country's name starts with all of it. */
  private static final int MIN_ROOT = 4;

  /**
   * The root less at most this many letters ("canadi" → canad-a, "norweg" → norw-ay), when what is
   * left is {@value #MIN_TRIMMED_ROOT} letters or more.
   */
  private static final int MAX_TRIMMED = 2;

  private static final int MIN_TRIMMED_ROOT = 5;
  private static final int LANGUAGE_PREFIX = 2;
  private static final int MIN_COUNTRY = 4;
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  // last of the constants: the constructor uses those above
  private static final Demonyms SHARED = new Demonyms();

  /** One-word country names, folded. */
  private final Set<String> countries = new HashSet<>();

  /** Language names that name a country as adjectives ("turkish" → turkey, turkiye). */
  private final Map<String, Set<String>> languages = new HashMap<>();

  private Demonyms() {
    Map<String, Set<String>> namesByCode = new HashMap<>();
    for (String code : ULocale.getISOCountries()) {
      addCountry(namesByCode, code, new ULocale("", code).getDisplayCountry(ULocale.ENGLISH));
    }
    // CLDR's other English forms (Turkey, Czech Republic, Bosnia, Palestine); ICU offers no public
    // call for them, so they are read from its region table, and done without if it moves.
    try {
      UResourceBundle region =
          UResourceBundle.getBundleInstance(ICUData.ICU_REGION_BASE_NAME, ULocale.ENGLISH);
      for (String table : List.of("Countries%variant", "Countries%short")) {
        UResourceBundle names = region.get(table);
        for (int i = 0; i < names.getSize(); i++)
          addCountry(namesByCode, names.get(i).getKey(), names.get(i).getString());
      }
    } catch (MissingResourceException e) {
      log.warn(
          "ICU's variant country names are missing ({}); Turkey is known as Türkiye only",
          e.getMessage());
    }
    for (String code : ULocale.getISOLanguages()) {
      String language = fold(new ULocale(code).getDisplayLanguage(ULocale.ENGLISH));
      if (!isWord(language) || language.length() < LANGUAGE_PREFIX) continue;
      String country = ULocale.addLikelySubtags(new ULocale(code)).getCountry();
      Set<String> names = namesByCode.getOrDefault(country, Set.of());
      String prefix = language.substring(0, LANGUAGE_PREFIX);
      if (names.stream().anyMatch(n -> n.startsWith(prefix))) languages.put(language, names);
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
      if (suffix.equals("i")) {
        if (countries.contains(root)) out.add(root);
        continue;
      }
      for (int trim = 0; trim <= MAX_TRIMMED && out.isEmpty(); trim++) {
        String prefix = root.substring(0, Math.max(0, root.length() - trim));
        if (prefix.length() < (trim == 0 ? MIN_ROOT : MIN_TRIMMED_ROOT)) break;
        for (String country : countries) {
          if (country.startsWith(prefix)) out.add(country);
        }
      }
    }
    out.addAll(languages.getOrDefault(w, Set.of()));
    return Set.copyOf(out);
  }

  /** Whether the word (any case, accents folded) is a country's one-word name. */
  boolean isCountry(String word) {
    return countries.contains(fold(word));
  }

  /**
   * The demonyms and adjectives of a one-word country ("france" → french, "ukraine" → ukrainian,
   * "china" → chinese), folded: its language names, and the forms an ending makes of the name (or
   * of the name less one or two letters) that read back as that country and that the embedding
   * model knows as whole words, so that no made-up form ("francian") stands for it.
   */
  Set<String> adjectivesOf(String country) {
    String c = fold(country);
    Set<String> out = new HashSet<>();
    languages.forEach(
        (language, names) -> {
          if (names.contains(c)) out.add(language);
        });
    ModelVocabulary vocabulary = ModelVocabulary.shared();
    for (int trim = 0; trim <= MAX_TRIMMED && trim < c.length(); trim++) {
      for (String suffix : SUFFIXES) {
        String candidate = c.substring(0, c.length() - trim) + suffix;
        if (vocabulary.containsWord(candidate) && countriesOf(candidate).contains(c))
          out.add(candidate);
      }
    }
    return Set.copyOf(out);
  }

  private void addCountry(Map<String, Set<String>> namesByCode, String code, String name) {
    // "UK" and "US" are words too ("us"); synonyms.txt has them
    String folded = fold(name);
    if (isWord(folded) && folded.length() >= MIN_COUNTRY) {
      countries.add(folded);
      namesByCode.computeIfAbsent(code, k -> new HashSet<>()).add(folded);
    }
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
