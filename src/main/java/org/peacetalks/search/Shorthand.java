package org.peacetalks.search;

import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The article word a chat clipping stands for ("brits" → britain, "joburg" → johannesburg, "dabi" →
 * dhabi): people shorten in chat the words that articles write out, and such a word would otherwise
 * count as an unknown name, which weighs towards "nothing in the articles".
 *
 * <p>Only a question word of four letters or more that the embedding model does not know as a whole
 * word is read this way: an English word ("best", "king") is not a clipping of a longer one
 * ("biggest", "kingdom"). Only article words that at least two paragraphs use are candidates, so
 * that a clipping is not taken for a rare word, and a clipping that could stand for several words
 * stands for none. A word of the same family is looked for first ({@link QueryPlanner}); this comes
 * after it and before spelling correction.
 *
 * <p>Stateless and thread-safe.
 */
final class Shorthand {
  private static final int MIN_LENGTH = 4;

  /** Paragraphs an article word must occur in to be what a clipping means. */
  private static final int MIN_DOC_FREQ = 2;

  /**
   * The commonest frequent article word starting with the clipping's stem must hold this share of
   * the paragraph counts of all of them ("brit": britain, far more often than british).
   */
  private static final double DOMINANT_SHARE = 2.0 / 3;

  private Shorthand() {}

  /**
   * The article term (analysed, as in the index) the question word stands for, or {@code null}.
   *
   * @param written the word as the question wrote it
   * @param term the word as analysed (stemmed), which no paragraph holds
   */
  static String expand(String written, String term, IndexReader reader, ModelVocabulary vocabulary)
      throws IOException {
    String word = written.toLowerCase(Locale.ROOT);
    if (word.length() < MIN_LENGTH
        || !word.chars().allMatch(Character::isLetter)
        || !term.chars().allMatch(Character::isLetter)
        || vocabulary.containsWord(word)) return null;
    String clipped = dominantExtension(term, reader);
    return clipped != null ? clipped : onlyWordWithLettersInOrder(word, reader);
  }

  /** The commonest frequent article term that starts with the stem, when it clearly dominates. */
  private static String dominantExtension(String stem, IndexReader reader) throws IOException {
    String best = null;
    int bestDf = 0;
    int total = 0;
    TermsEnum it = textTerms(reader);
    BytesRef prefix = new BytesRef(stem);
    if (it == null || it.seekCeil(prefix) == TermsEnum.SeekStatus.END) return null;
    for (BytesRef t = it.term(); t != null && StringHelper.startsWith(t, prefix); t = it.next()) {
      if (t.length <= prefix.length) continue;
      int df = it.docFreq();
      if (df < MIN_DOC_FREQ) continue;
      total += df;
      if (df > bestDf) {
        bestDf = df;
        best = t.utf8ToString();
      }
    }
    return best != null && bestDf >= DOMINANT_SHARE * total ? best : null;
  }

  /**
   * The one frequent article term of the same first letter that holds all the word's letters in
   * order ("joburg" in johannesburg), or {@code null} when none or several do.
   */
  private static String onlyWordWithLettersInOrder(String word, IndexReader reader)
      throws IOException {
    String match = null;
    TermsEnum it = textTerms(reader);
    BytesRef first = new BytesRef(word.substring(0, 1));
    if (it == null || it.seekCeil(first) == TermsEnum.SeekStatus.END) return null;
    for (BytesRef t = it.term(); t != null && StringHelper.startsWith(t, first); t = it.next()) {
      String candidate = t.utf8ToString();
      if (candidate.length() <= word.length() || !lettersInOrder(word, candidate)) continue;
      if (it.docFreq() < MIN_DOC_FREQ) continue;
      if (match != null) return null;
      match = candidate;
    }
    return match;
  }

  /** The paragraph texts' terms over all segments, each term once; {@code null} when none. */
  private static TermsEnum textTerms(IndexReader reader) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, IndexSchema.TEXT);
    return terms == null ? null : terms.iterator();
  }

  /** Whether every letter of {@code word} occurs in {@code longer}, in the same order. */
  static boolean lettersInOrder(String word, String longer) {
    int i = 0;
    for (int j = 0; i < word.length() && j < longer.length(); j++) {
      if (word.charAt(i) == longer.charAt(j)) i++;
    }
    return i == word.length();
  }
}
