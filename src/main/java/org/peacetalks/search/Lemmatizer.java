package org.peacetalks.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Reduces the words of a Ukrainian or Russian text to their base: Ukrainian through the morfologik
 * dictionary of Lucene's {@link UkrainianMorfologikAnalyzer} (Донбасу → донбас, all lemmas of an
 * ambiguous form), Russian through Lucene's Snowball Russian stemmer (Донбасса → донбасс). Stop
 * words are kept, so that question words ("скільки", "когда") reach the glossary; {@link
 * #isStopWord} tells them apart.
 *
 * <p>Loading the Ukrainian dictionary takes most of a second, so one instance is built when the
 * first Cyrillic question arrives and then shared. Thread-safe, as Lucene analyzers are.
 */
final class Lemmatizer {
  /**
   * A word of the text: how it was written (lower case), the forms it may be looked up by, and
   * whether the Ukrainian dictionary knows it only as a name (every lemma capitalised: лукашенко →
   * Лукашенко, відні → Відень; not надія, which is also a common noun). The keys are in a fixed
   * order, the word as written first and then the dictionary's lemmas in its order, so that where
   * two keys find glossary entries of the same length the same one wins on every run ("війська" is
   * listed under troops; its lemma "військо" under army).
   */
  record Word(String surface, Set<String> keys, int start, int end, boolean name) {
    Word {
      keys = Collections.unmodifiableSet(new LinkedHashSet<>(keys));
    }

    boolean isCyrillic() {
      return surface
          .codePoints()
          .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }
  }

  private final Analyzer ukrainian = new UkrainianMorfologikAnalyzer(CharArraySet.EMPTY_SET);
  private final Analyzer russian =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          StandardTokenizer source = new StandardTokenizer();
          return new TokenStreamComponents(
              source, new SnowballFilter(new LowerCaseFilter(source), new RussianStemmer()));
        }
      };
  private final CharArraySet ukrainianStops = UkrainianMorfologikAnalyzer.getDefaultStopwords();
  private final CharArraySet russianStops = RussianAnalyzer.getDefaultStopSet();

  /** Text as both languages' lookups expect it: lower case, ё as е, one kind of apostrophe. */
  static String normalize(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replace('ё', 'е')
        .replace('’', '\'')
        .replace('ʼ', '\'')
        .replace('`', '\'')
        .replace("\u0301", "");
  }

  /** The words of {@code text} in order, each with its base forms in {@code language}. */
  List<Word> words(String text, QuestionLanguage language) {
    String normalized = normalize(text);
    Analyzer analyzer = language == QuestionLanguage.UKRAINIAN ? ukrainian : russian;
    List<Word> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("q", normalized)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      Set<String> keys = null;
      int start = -1;
      int end = -1;
      boolean name = false;
      while (ts.incrementToken()) {
        if (increment.getPositionIncrement() > 0 || keys == null) {
          if (keys != null) out.add(word(normalized, keys, start, end, name));
          keys = new LinkedHashSet<>();
          start = offset.startOffset();
          end = offset.endOffset();
          name = true;
        }
        // The text is in lower case, so a capital can only come from the dictionary's lemma.
        name &= term.length() > 0 && Character.isUpperCase(term.charAt(0));
        keys.add(normalize(term.toString()));
      }
      ts.end();
      if (keys != null) out.add(word(normalized, keys, start, end, name));
    } catch (IOException e) {
      throw new UncheckedIOException("analysing in-memory text failed", e);
    }
    return out;
  }

  private static Word word(String normalized, Set<String> keys, int start, int end, boolean name) {
    String surface = normalized.substring(start, end);
    Set<String> ordered = new LinkedHashSet<>();
    ordered.add(surface);
    ordered.addAll(keys);
    return new Word(surface, ordered, start, end, name);
  }

  /** Whether the word is a function word of the language (no topic of its own). */
  boolean isStopWord(Word w, QuestionLanguage language) {
    CharArraySet stops = language == QuestionLanguage.UKRAINIAN ? ukrainianStops : russianStops;
    return stops.contains(w.surface());
  }
}
