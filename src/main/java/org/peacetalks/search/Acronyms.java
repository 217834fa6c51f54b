package org.peacetalks.search;

import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * The name the articles spell out for an acronym a question uses and they do not ("ICRC" →
 * International Committee of the Red Cross, "FT" → Financial Times), read from the articles' own
 * text: every run of two or more capitalised words (with "of", "the", "and", "for" and the like
 * between them) spells the acronym of its capitals' initials, and so does every shorter run inside
 * it ("The Financial Times" spells FT; a run that starts with an article spells nothing). An
 * acronym means a name only when that name holds two thirds of the runs that spell it, so an
 * acronym several names share means none; how many runs must spell it is the caller's (a lower-case
 * word is more often a typo than an acronym).
 *
 * <p>Each segment of the index is read on the first question that needs it, and again only when it
 * changes (a merge, an article replaced). To bound memory on a large index, a segment of {@value
 * #FULLY_KEPT_DOCUMENTS} paragraphs or more (merged, so its names recur) keeps only the names it
 * spells twice or more itself. Thread-safe.
 */
final class Acronyms {
  /** Acronyms of fewer letters are too ambiguous; longer ones are rarely acronyms. */
  private static final int MIN_LETTERS = 2;

  private static final int MAX_LETTERS = 6;

  /** Runs a segment of {@value #FULLY_KEPT_DOCUMENTS} paragraphs or more must hold of a name. */
  private static final int MIN_RUNS_KEPT = 2;

  private static final double DOMINANCE = 2.0 / 3;

  /** Paragraphs of a segment below which it keeps the names it spells once. */
  private static final int FULLY_KEPT_DOCUMENTS = 1_000;

  /** Lower-case words a name may hold between its capitalised ones, not in its acronym. */
  private static final List<String> JOINERS =
      List.of("of", "the", "and", "for", "on", "in", "at", "to", "de", "du", "der", "von");

  /** A sentence's article, capitalised: a run it starts is read from the next word. */
  private static final Set<String> ARTICLES = Set.of("The", "A", "An");

  /** Runs start at a word's first letter, never inside a word ("iPhone", "eBay"). */
  private static final Pattern RUN =
      Pattern.compile(
          "(?<![\\p{L}’'-])\\p{Lu}[\\p{L}’'-]*+(?:\\s++(?:(?:"
              + String.join("|", JOINERS)
              + ")\\s++)*+\\p{Lu}[\\p{L}’'-]*+)++");

  private static final Pattern WORD = Pattern.compile("[\\p{L}’'-]++");

  /** Per segment (its reader's cache key), each acronym's names and how many runs spell them. */
  private final Map<IndexReader.CacheKey, Map<String, Map<String, Integer>>> bySegment =
      Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * The name the articles spell out for {@code acronym} (any case, {@value #MIN_LETTERS} to {@value
   * #MAX_LETTERS} letters), or {@code null} when they spell out none, or several.
   *
   * @param minRuns how many runs must spell the name: one is enough for a word written as an
   *     acronym ("ICRC") or a long lower-case one ("sipri"); a short lower-case word ("teb") may be
   *     a typo or chat shorthand that one accidental run spells ("The European Bank")
   */
  String spelledOut(String acronym, IndexReader reader, int minRuns) throws IOException {
    if (acronym.length() < MIN_LETTERS
        || acronym.length() > MAX_LETTERS
        || !acronym.chars().allMatch(Character::isLetter)) return null;
    String key = acronym.toLowerCase(Locale.ROOT);
    Map<String, Integer> names = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      runs(leaf.reader())
          .getOrDefault(key, Map.of())
          .forEach((n, c) -> names.merge(n, c, Integer::sum));
    }
    int total = names.values().stream().mapToInt(Integer::intValue).sum();
    for (Map.Entry<String, Integer> name : names.entrySet())
      if (name.getValue() >= minRuns && name.getValue() >= DOMINANCE * total) return name.getKey();
    return null;
  }

  /**
   * The runs of one segment, read once: a segment never changes, and a new commit shares the
   * segments it kept, so adding an article reads only its own segment.
   */
  private Map<String, Map<String, Integer>> runs(LeafReader segment) throws IOException {
    IndexReader.CacheHelper helper = segment.getReaderCacheHelper();
    Map<String, Map<String, Integer>> counts =
        helper == null ? null : bySegment.get(helper.getKey());
    if (counts != null) return counts;
    counts = new HashMap<>();
    StoredFields stored = segment.storedFields();
    Bits live = segment.getLiveDocs();
    for (int doc = 0; doc < segment.maxDoc(); doc++) {
      if (live != null && !live.get(doc)) continue;
      String text = stored.document(doc, Set.of(IndexSchema.TEXT)).get(IndexSchema.TEXT);
      if (text != null) countRuns(text, counts);
    }
    if (segment.maxDoc() >= FULLY_KEPT_DOCUMENTS) {
      counts.values().forEach(names -> names.values().removeIf(n -> n < MIN_RUNS_KEPT));
      counts.values().removeIf(Map::isEmpty);
    }
    if (helper != null) bySegment.put(helper.getKey(), counts);
    return counts;
  }

  /** Counts every run of capitalised words in the text, and every shorter run inside it. */
  static void countRuns(String text, Map<String, Map<String, Integer>> counts) {
    Matcher run = RUN.matcher(text);
    while (run.find()) {
      List<String> words = WORD.matcher(run.group()).results().map(m -> m.group()).toList();
      for (int from = 0; from < words.size(); from++) {
        if (JOINERS.contains(words.get(from)) || ARTICLES.contains(words.get(from))) continue;
        StringBuilder initials = new StringBuilder();
        for (int to = from; to < words.size(); to++) {
          String word = words.get(to);
          if (JOINERS.contains(word)) continue;
          initials.append(Character.toLowerCase(word.charAt(0)));
          if (initials.length() > MAX_LETTERS) break;
          if (initials.length() >= MIN_LETTERS)
            counts
                .computeIfAbsent(initials.toString(), k -> new HashMap<>())
                .merge(String.join(" ", words.subList(from, to + 1)), 1, Integer::sum);
        }
      }
    }
  }
}
