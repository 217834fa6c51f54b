package org.peacetalks.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Boilerplate phrases of news pages in several languages ("Читайте також", "Lesen Sie auch", "Lea
 * también"), kept as data, one file per language under {@code boilerplate/} beside this class (see
 * its README.txt), so that a language is added without touching code.
 *
 * @param noise lines that are page furniture, matched whole
 * @param ends lines after which the story has ended, matched whole
 */
record BoilerplatePhrases(Pattern noise, Pattern ends) {
  /** The languages whose phrase files are read: the ones the talks are most written about in. */
  static final List<String> LANGUAGES = List.of("en", "uk", "ru", "de", "fr", "es", "pl");

  /** Case-insensitive in every script: Cyrillic capitals too. */
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern NEVER = Pattern.compile("(?!)");

  /** The phrases of all {@link #LANGUAGES}, read once. */
  static final BoilerplatePhrases ALL = load(LANGUAGES);

  boolean isNoise(String line) {
    return noise.matcher(line).matches();
  }

  boolean endsArticle(String line) {
    return ends.matcher(line).matches();
  }

  /**
   * Reads the phrase files of the given languages; a missing or malformed file is a build error.
   */
  static BoilerplatePhrases load(List<String> languages) {
    List<String> noise = new ArrayList<>();
    List<String> ends = new ArrayList<>();
    for (String language : languages) read(language, noise, ends);
    return new BoilerplatePhrases(whole(noise), whole(ends));
  }

  private static void read(String language, List<String> noise, List<String> ends) {
    String name = "boilerplate/" + language + ".txt";
    try (InputStream in = BoilerplatePhrases.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        int colon = line.indexOf(':');
        String kind = colon < 0 ? "" : line.substring(0, colon);
        String pattern = colon < 0 ? "" : line.substring(colon + 1).strip();
        try {
          Pattern.compile(pattern, FLAGS);
        } catch (PatternSyntaxException e) {
          throw new IllegalStateException(
              name + " line " + number + ": bad pattern (" + e.getDescription() + ")", e);
        }
        switch (kind) {
          case "noise" -> noise.add(pattern);
          case "end" -> ends.add(pattern);
          default ->
              throw new IllegalStateException(
                  name + " line " + number + ": expected 'noise:' or 'end:'");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private static Pattern whole(List<String> alternatives) {
    if (alternatives.isEmpty()) return NEVER;
    return Pattern.compile("^(?:" + String.join("|", alternatives) + ")[.!:]?$", FLAGS);
  }
}
