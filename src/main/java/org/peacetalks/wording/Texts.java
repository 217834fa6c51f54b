package org.peacetalks.wording;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the bot says to people, in one language: the patterns of {@code
 * org/peacetalks/wording/messages_LANG.properties} (UTF-8), formatted with ICU4J's {@link
 * MessageFormat} so that plurals follow the language's rules (Ukrainian and Russian have one, few
 * and many) and dates use its month names. Patterns take named arguments; dynamic text passed in
 * must already be escaped for where it goes (Telegram HTML).
 *
 * <p>The bot speaks {@link #LANGUAGES}; any other language gets English. A key missing in a
 * language falls back to English (a test keeps that from happening). Immutable and thread-safe
 * (parsed formats are kept per thread).
 */
public final class Texts {
  private static final Logger log = LoggerFactory.getLogger(Texts.class);

  /** The languages the bot speaks, English (the default) first. */
  public static final List<String> LANGUAGES = List.of("en", "uk", "ru");

  private static final String FOLDER = "/org/peacetalks/wording/";

  private static final Map<String, Texts> LOADED = loadAll();

  private final String language;
  private final ULocale locale;
  private final Map<String, String> patterns;
  private final Map<String, String> fallback;

  /**
   * Parsed patterns, per thread: ICU's formats are not thread-safe, and parsing one (with its
   * plural rules) costs about as much as formatting it many times over.
   */
  private final ThreadLocal<Map<String, MessageFormat>> formats =
      ThreadLocal.withInitial(HashMap::new);

  private final ThreadLocal<Map<String, SimpleDateFormat>> dateFormats =
      ThreadLocal.withInitial(HashMap::new);

  private Texts(String language, Map<String, String> patterns, Map<String, String> fallback) {
    this.language = language;
    this.locale = new ULocale(language);
    this.patterns = patterns;
    this.fallback = fallback;
  }

  /** English. */
  public static Texts english() {
    return LOADED.get("en");
  }

  /** The texts of {@code language} (a code such as {@code uk}); English for any other. */
  public static Texts forLanguage(String language) {
    Texts t = language == null ? null : LOADED.get(language);
    return t == null ? english() : t;
  }

  /** The texts of the locale's language; English for a language the bot does not speak. */
  public static Texts forLanguage(Locale locale) {
    return forLanguage(locale == null ? null : locale.getLanguage());
  }

  /**
   * The language the bot speaks for a Telegram {@code language_code} (an IETF tag: {@code uk},
   * {@code ru-RU}, {@code en-GB}): its first part when the bot speaks it, else {@code en}.
   */
  public static String languageOf(String telegramCode) {
    if (telegramCode == null || telegramCode.isBlank()) return "en";
    String primary = telegramCode.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return LANGUAGES.contains(primary) ? primary : "en";
  }

  /** The two-letter code: {@code en}, {@code uk} or {@code ru}. */
  public String language() {
    return language;
  }

  public Locale locale() {
    return locale.toLocale();
  }

  /**
   * The text of {@code key} with its arguments, given as name, value, name, value… Numbers are
   * formatted and pluralised by the language's rules; strings go in as they are.
   */
  public String get(String key, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0)
      throw new IllegalArgumentException("names and values unpaired: " + key);
    Map<String, Object> args = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2)
      args.put((String) namesAndValues[i], namesAndValues[i + 1]);
    return formats
        .get()
        .computeIfAbsent(key, k -> new MessageFormat(pattern(k), locale))
        .format(args);
  }

  /**
   * Loads ICU's data (plural rules, month names) for every language, so that the first reply does
   * not wait for it (a few hundred milliseconds to seconds on a busy machine). Call it on a
   * background thread at start-up.
   */
  public static void warmUp() {
    for (Texts t : LOADED.values()) {
      t.get("sources.paragraphs", "count", 2);
      t.day(LocalDate.of(2025, 12, 3));
    }
  }

  /** Whether there is a text for {@code key}. */
  public boolean has(String key) {
    return patterns.containsKey(key) || fallback.containsKey(key);
  }

  /** A day as this language writes it in running text ("3 Dec 2025", "3 грудня 2025"). */
  public String day(LocalDate day) {
    return date("format.day", day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  }

  /** A day of this year, without the year ("3 Dec"). */
  public String dayThisYear(LocalDate day) {
    return date("format.dayThisYear", day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  }

  /**
   * An instant in a zone with the date pattern under {@code key} (ICU date pattern syntax, such as
   * {@code d MMM, HH:mm}), in this language.
   */
  public String date(String key, Instant at, ZoneId zone) {
    SimpleDateFormat f =
        dateFormats
            .get()
            .computeIfAbsent(
                key + '|' + zone.getId(),
                k -> {
                  SimpleDateFormat made = new SimpleDateFormat(pattern(key), locale);
                  made.setTimeZone(TimeZone.getTimeZone(zone.getId()));
                  return made;
                });
    return f.format(Date.from(at));
  }

  /** The pattern of a key, English when this language lacks it. */
  String pattern(String key) {
    String p = patterns.get(key);
    if (p != null) return p;
    p = fallback.get(key);
    if (p == null) throw new IllegalArgumentException("no text for key " + key);
    log.warn("No {} text for key {}: English used", language, key);
    return p;
  }

  /** Every key of this language's bundle. */
  Set<String> keys() {
    return new TreeSet<>(patterns.keySet());
  }

  /** The named arguments a key's pattern takes (dates and plurals included). */
  Set<String> argumentNames(String key) {
    return new TreeSet<>(new MessageFormat(pattern(key), locale).getArgumentNames());
  }

  @Override
  public String toString() {
    return "Texts[" + language + "]";
  }

  private static Map<String, Texts> loadAll() {
    Map<String, String> english = read("en");
    Map<String, Texts> out = new LinkedHashMap<>();
    for (String language : LANGUAGES) {
      out.put(
          language, new Texts(language, language.equals("en") ? english : read(language), english));
    }
    return Map.copyOf(out);
  }

  static Map<String, String> read(String language) {
    String name = FOLDER + "messages_" + language + ".properties";
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException(name + " is missing from the jar");
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      Map<String, String> out = new HashMap<>();
      for (String key : p.stringPropertyNames()) out.put(key, p.getProperty(key));
      return Map.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + name, e);
    }
  }
}
