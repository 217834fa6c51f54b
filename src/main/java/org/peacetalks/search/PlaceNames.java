package org.peacetalks.search;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * One-word names of countries and of the world's major cities in English, from ICU's locale data
 * (the countries' display names and the time zones' exemplar cities: China, Jordan, Budapest,
 * Vienna, Minsk …). A question that writes one in lower case ("whats china's take") still names a
 * place, though the word is an ordinary one to the embedding model.
 */
final class PlaceNames {
  private static final Set<String> NAMES = load();

  private PlaceNames() {}

  /** Whether {@code word} (any case, a possessive "'s" ignored) is such a name. */
  static boolean contains(String word) {
    return NAMES.contains(DomainAnalyzer.withoutPossessive(word.toLowerCase(Locale.ROOT)));
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    for (String country : ULocale.getISOCountries()) {
      add(out, new ULocale("", country).getDisplayCountry(ULocale.ENGLISH));
    }
    TimeZoneNames zones = TimeZoneNames.getInstance(ULocale.ENGLISH);
    for (String id :
        TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
      add(out, zones.getExemplarLocationName(id));
    }
    return Set.copyOf(out);
  }

  private static void add(Set<String> out, String name) {
    if (name != null && name.chars().allMatch(Character::isLetter))
      out.add(name.toLowerCase(Locale.ROOT));
  }
}
