package org.peacetalks.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Domain synonyms in Solr's format: {@code a, b, c} makes the phrases equivalent, {@code a, b => c,
 * d} lets a question's a or b also find c or d. Phrases are analysed with the same {@link
 * DomainAnalyzer} as the text, so "Moscow's" and "Moscow" are one entry.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class Synonyms {
  /** Where the build puts {@code config/synonyms.txt} (see the pom's resources). */
  private static final String BUILT_IN = "synonyms.txt";

  /** Rules keyed by the first term of their left-hand phrase. */
  private final Map<String, List<Rule>> rulesByFirstTerm;

  /** A left-hand phrase and every phrase a question containing it may also match. */
  record Rule(List<String> phrase, List<List<String>> alternatives) {}

  private Synonyms(Map<String, List<Rule>> rulesByFirstTerm) {
    this.rulesByFirstTerm = rulesByFirstTerm;
  }

  public static Synonyms none() {
    return new Synonyms(Map.of());
  }

  /**
   * Reads a synonyms file.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed rule
   */
  public static Synonyms load(Path file) throws IOException {
    return parse(
        Files.readString(file, StandardCharsets.UTF_8), file.toString(), new DomainAnalyzer());
  }

  /**
   * The copy of {@code config/synonyms.txt} built into the jar: the domain knowledge a bot run from
   * another folder, or without its config folder, would otherwise lose.
   */
  public static Synonyms builtIn() throws IOException {
    try (InputStream in = Synonyms.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) throw new IOException("no " + BUILT_IN + " in the jar");
      return parse(
          new String(in.readAllBytes(), StandardCharsets.UTF_8),
          "the jar's " + BUILT_IN,
          new DomainAnalyzer());
    }
  }

  static Synonyms parse(String text, String origin, DomainAnalyzer analyzer) {
    // A phrase on the left of several lines gets all of their alternatives ("Donbas, Donbass" and
    // "Donbas => Donetsk, Luhansk").
    Map<List<String>, Set<List<String>>> byPhrase = new LinkedHashMap<>();
    for (RuleLine rule : RuleLine.read(text)) {
      String line = rule.text();
      String[] sides = line.split("=>", -1);
      if (sides.length > 2) {
        throw new IllegalArgumentException(
            origin + " line " + rule.number() + ": more than one '=>'");
      }
      List<List<String>> left = phrases(sides[0], analyzer);
      List<List<String>> right = sides.length == 2 ? phrases(sides[1], analyzer) : left;
      if (left.isEmpty() || right.isEmpty()) {
        throw new IllegalArgumentException(
            origin + " line " + rule.number() + ": no terms left after analysis: " + line.strip());
      }
      for (List<String> phrase : left) {
        Set<List<String>> alternatives =
            byPhrase.computeIfAbsent(phrase, k -> new LinkedHashSet<>(List.of(k)));
        alternatives.addAll(right);
      }
    }
    Map<String, List<Rule>> rules = new HashMap<>();
    byPhrase.forEach(
        (phrase, alternatives) ->
            rules
                .computeIfAbsent(phrase.get(0), k -> new ArrayList<>())
                .add(new Rule(phrase, List.copyOf(alternatives))));
    // Longest phrases first, so "united states" wins over a rule for "united".
    rules.replaceAll(
        (k, v) ->
            v.stream()
                .sorted((a, b) -> Integer.compare(b.phrase().size(), a.phrase().size()))
                .collect(Collectors.toUnmodifiableList()));
    return new Synonyms(Map.copyOf(rules));
  }

  private static List<List<String>> phrases(String side, DomainAnalyzer analyzer) {
    List<List<String>> out = new ArrayList<>();
    for (String phrase : side.split(",")) {
      List<String> terms =
          analyzer.tokens(phrase.strip()).stream().map(DomainAnalyzer.Token::term).toList();
      if (!terms.isEmpty() && !out.contains(terms)) out.add(terms);
    }
    return out;
  }

  /** Rules whose phrase starts with {@code term}, longest first. */
  List<Rule> startingWith(String term) {
    return rulesByFirstTerm.getOrDefault(term, List.of());
  }
}
