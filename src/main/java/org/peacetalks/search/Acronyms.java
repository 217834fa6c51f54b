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
 * International Committee of the Red Cross, "ft" → Financial Times), read from the articles' own
 * text: every run of two or more capitalised words (with "of", "the", "and", "for" and the like
 * between them) spells the acronym of its capitals' initials, and so does every shorter run inside
 * it ("The Financial Times" spells TFT and FT). An acronym is taken to mean a name only when that
 * name holds at least two thirds of the runs that spell it, so an acronym several names share means
 * none.
 *
 * <p>Each segment of the index is read once, on the first question that needs it. Thread-safe.
 */
final class Acronyms {
  /** Acronyms of fewer letters are too ambiguous; longer ones are rarely acronyms. */
  static final int MIN_LETTERS = 2;

  static final int MAX_LETTERS = 6;

  private static final double DOMINANCE = 2.0 / 3;

  /** Lower-case words a name may hold between its capitalised ones, not in its acronym. */
  private static final Set<String> JOINERS =
      Set.of("of", "the", "and", "for", "on", "in", "at", "to", "de", "du", "der", "von");

  private static final Pattern RUN =
      Pattern.compile(
          "\\p{Lu}[\\p{L}’'-]*+(?:\\s++(?:(?:"
              + String.join("|", JOINERS)
              + ")\\s++)*+\\p{Lu}[\\p{L}’'-]*+)++");

  private static final Pattern WORD = Pattern.compile("[\\p{L}’'-]++");

  /** Per segment (its reader's cache key), each acronym's names and how many runs spell them. */
  private final Map<IndexReader.CacheKey, Map<String, Map<String, Integer>>> bySegment =
      Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * The name the articles spell out for {@code acronym} (any case, {@value #MIN_LETTERS} to {@value
   * #MAX_LETTERS} letters), or {@code null} when they spell out none, or several.
   */
  String spelledOut(String acronym, IndexReader reader) throws IOException {
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
      if (name.getValue() >= DOMINANCE * total) return name.getKey();
    return null;
  }

  /**
   * The runs of one segment, read once: a segment never changes, and a new commit shares the
   * segments it kept, so adding an article reads only its own.
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
    if (helper != null) bySegment.put(helper.getKey(), counts);
    return counts;
  }

  /** Counts every run of capitalised words in the text, and every shorter run inside it. */
  static void countRuns(String text, Map<String, Map<String, Integer>> counts) {
    Matcher run = RUN.matcher(text);
    while (run.find()) {
      List<String> words = WORD.matcher(run.group()).results().map(m -> m.group()).toList();
      for (int from = 0; from < words.size(); from++) {
        if (JOINERS.contains(words.get(from))) continue;
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
