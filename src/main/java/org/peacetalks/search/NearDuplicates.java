package org.peacetalks.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The passages kept so far for one answer, by their analysed words, to tell whether another repeats
 * one of them: the same wire story runs in several outlets with a sentence added or cut, and
 * showing it twice wastes a place. Not thread-safe: one per answer.
 */
final class NearDuplicates {
  private final DomainAnalyzer analyzer;
  private final double threshold;
  private final List<Set<String>> kept = new ArrayList<>();

  /**
   * @param threshold word-set overlap at or above which a text repeats a kept one
   */
  NearDuplicates(DomainAnalyzer analyzer, double threshold) {
    this.analyzer = analyzer;
    this.threshold = threshold;
  }

  /** Keeps the text unless it repeats one kept before; says whether it was kept. */
  boolean keepIfNew(String text) {
    Set<String> words = wordSet(text);
    if (kept.stream().anyMatch(w -> similarity(w, words) >= threshold)) return false;
    kept.add(words);
    return true;
  }

  private Set<String> wordSet(String text) {
    Set<String> out = new HashSet<>();
    for (DomainAnalyzer.Token t : analyzer.tokens(text)) out.add(t.term());
    return out;
  }

  /** Jaccard overlap of two word sets: 1 for the same words, 0 for none shared. */
  static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    int shared = 0;
    for (String w : a) if (b.contains(w)) shared++;
    return (double) shared / (a.size() + b.size() - shared);
  }
}
