package org.peacetalks.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.Paragraph;

/**
 * What synthetic articles are made of: the titles, section headings, sentences and word frequencies
 * of real (parsed and cleaned) articles. Immutable.
 *
 * @param titles article titles
 * @param headings section headings, possibly empty
 * @param sentences whole sentences, each ending in . ! or ? (possibly inside closing quotes)
 * @param words every longer word of the sentences, repeated as often as it occurs, so a uniform
 *     pick from this list samples words by their real frequency
 */
public record SourceText(
    List<String> titles, List<String> headings, List<String> sentences, List<String> words) {
  /** Sentences shorter than this are headlines, datelines or broken splits rather than prose. */
  static final int MIN_SENTENCE_WORDS = 6;

  static final int MAX_SENTENCE_WORDS = 70;
  static final int MAX_TITLE_WORDS = 20;

  /** Words shorter than this are left alone when sentences are varied. */
  static final int MIN_VARIED_WORD_LENGTH = 4;

  private static final Pattern SENTENCE_BREAK =
      Pattern.compile("(?<=[.!?][\"”’)]?)\\s+(?=[\"“‘(]?\\p{Lu})");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?][\"”’)]?$");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

  public SourceText {
    titles = List.copyOf(titles);
    headings = List.copyOf(headings);
    sentences = List.copyOf(sentences);
    words = List.copyOf(words);
    if (titles.isEmpty()) throw new IllegalArgumentException("no titles");
    if (sentences.isEmpty()) throw new IllegalArgumentException("no sentences");
    if (words.isEmpty()) throw new IllegalArgumentException("no words");
  }

  /** The text of these articles, in the order given (which makes generation deterministic). */
  public static SourceText of(List<Article> articles) {
    Set<String> titles = new LinkedHashSet<>();
    Set<String> headings = new LinkedHashSet<>();
    Set<String> sentences = new LinkedHashSet<>();
    List<String> words = new ArrayList<>();
    for (Article a : articles) {
      // A title line must look like one to the parser: a few words, no closing period.
      int titleWords = wordCount(a.title());
      if (titleWords >= 3 && titleWords <= MAX_TITLE_WORDS && !a.title().endsWith("."))
        titles.add(a.title());
      for (Paragraph p : a.paragraphs()) {
        if (p.section() != null && wordCount(p.section()) >= 2 && !p.section().endsWith(".")) {
          headings.add(p.section());
        }
        for (String s : SENTENCE_BREAK.split(p.text())) {
          if (isProse(s)) sentences.add(s);
        }
      }
    }
    for (String s : sentences) {
      Matcher m = LETTERS.matcher(s);
      while (m.find()) {
        if (m.group().length() >= MIN_VARIED_WORD_LENGTH)
          words.add(m.group().toLowerCase(Locale.ROOT));
      }
    }
    return new SourceText(
        List.copyOf(titles), List.copyOf(headings), List.copyOf(sentences), words);
  }

  private static boolean isProse(String sentence) {
    int words = wordCount(sentence);
    String lower = sentence.toLowerCase(Locale.ROOT);
    // Cookie banners and dated stubs are boilerplate to the parser; keep them out of passages.
    return words >= MIN_SENTENCE_WORDS
        && words <= MAX_SENTENCE_WORDS
        && SENTENCE_END.matcher(sentence).matches()
        && !lower.contains("cookie")
        && !lower.matches("^(date|published|posted|updated)\\b.*");
  }

  static int wordCount(String text) {
    int n = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) n++;
    return n;
  }
}
