package org.peacetalks.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A corpus of any size made from real articles' sentences, deterministically: the same source, size
 * and seed give the same files byte for byte. Each article is generated from its own random stream,
 * so article {@code i} can be made without making the ones before it.
 *
 * <p>Paragraphs are two to five source sentences in which about one longer word in six is replaced
 * by a word drawn by its frequency in the source, so paragraphs differ from each other while
 * keeping the source's vocabulary and sentence shapes. Every paragraph is long enough (over 25
 * words, over 120 characters) that the parser can only take it for a passage, never for a title
 * repeat, a heading or page furniture; so the bot indexes exactly {@link #paragraphs()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SyntheticCorpus {
  static final int PARAGRAPHS_PER_ARTICLE = 20;

  /** The parser drops lines of up to 25 words that repeat the title; stay above that. */
  static final int MIN_PARAGRAPH_WORDS = 26;

  /** Page-furniture patterns the parser drops are shorter than this. */
  static final int MIN_PARAGRAPH_CHARS = 120;

  private static final int MAX_SENTENCES = 5;
  private static final double VARIED_WORD_SHARE = 1.0 / 6;

  /** How often a paragraph gets a section heading above it (never without a source of them). */
  private static final double HEADING_SHARE = 0.2;

  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

  private final SourceText source;
  private final int paragraphs;
  private final long seed;

  /**
   * @param paragraphs how many paragraphs in all (at least 1)
   */
  public SyntheticCorpus(SourceText source, int paragraphs, long seed) {
    this.source = Objects.requireNonNull(source, "source == null");
    if (paragraphs < 1) throw new IllegalArgumentException("paragraphs < 1: " + paragraphs);
    this.paragraphs = paragraphs;
    this.seed = seed;
  }

  public int paragraphs() {
    return paragraphs;
  }

  public int articles() {
    return (paragraphs + PARAGRAPHS_PER_ARTICLE - 1) / PARAGRAPHS_PER_ARTICLE;
  }

  /** One generated article: its file name, title line, and paragraphs with their headings. */
  public record Generated(
      String fileName, String title, List<String> headings, List<String> paragraphs) {
    public Generated {
      headings =
          java.util.Collections.unmodifiableList(new ArrayList<>(headings)); // may hold nulls
      paragraphs = List.copyOf(paragraphs);
      if (headings.size() != paragraphs.size())
        throw new IllegalArgumentException("a heading slot per paragraph");
    }

    /**
     * The article as a .txt file: title line, then blank-line separated headings and paragraphs.
     */
    public String fileText() {
      StringBuilder out = new StringBuilder(title).append("\n\n");
      for (int i = 0; i < paragraphs.size(); i++) {
        if (headings.get(i) != null) out.append(headings.get(i)).append("\n\n");
        out.append(paragraphs.get(i)).append("\n\n");
      }
      return out.toString();
    }
  }

  /** Article {@code index} (0-based). */
  public Generated article(int index) {
    if (index < 0 || index >= articles()) throw new IndexOutOfBoundsException("article " + index);
    SplittableRandom random = new SplittableRandom(mix(seed, index));
    int count = Math.min(PARAGRAPHS_PER_ARTICLE, paragraphs - index * PARAGRAPHS_PER_ARTICLE);
    String title = vary(pick(source.titles(), random), random);
    List<String> headings = new ArrayList<>(count);
    List<String> texts = new ArrayList<>(count);
    for (int p = 0; p < count; p++) {
      boolean heading = !source.headings().isEmpty() && random.nextDouble() < HEADING_SHARE;
      headings.add(heading ? pick(source.headings(), random) : null);
      texts.add(paragraph(random));
    }
    return new Generated(String.format("bench_%06d.txt", index), title, headings, texts);
  }

  /** Every paragraph's text in order, article by article. */
  public void forEachParagraph(Consumer<String> action) {
    for (int a = 0; a < articles(); a++) article(a).paragraphs().forEach(action);
  }

  /** Writes every article into {@code folder} (which must exist); returns the files written. */
  public int writeTo(Path folder) throws IOException {
    for (int a = 0; a < articles(); a++) {
      Generated g = article(a);
      try (Writer w =
          Files.newBufferedWriter(folder.resolve(g.fileName()), StandardCharsets.UTF_8)) {
        w.write(g.fileText());
      }
    }
    return articles();
  }

  private String paragraph(SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    int sentences = 0;
    int words = 0;
    int wanted = 2 + random.nextInt(MAX_SENTENCES - 1);
    while (sentences < wanted
        || words < MIN_PARAGRAPH_WORDS
        || out.length() < MIN_PARAGRAPH_CHARS) {
      String s = vary(pick(source.sentences(), random), random);
      if (out.length() > 0) out.append(' ');
      out.append(s);
      words += SourceText.wordCount(s);
      sentences++;
    }
    return out.toString();
  }

  /** The text with about one in six longer words (never the first) replaced by a frequent word. */
  private String vary(String text, SplittableRandom random) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    Matcher m = LETTERS.matcher(text);
    int at = 0;
    boolean first = true;
    while (m.find()) {
      String word = m.group();
      boolean vary =
          !first
              && word.length() >= SourceText.MIN_VARIED_WORD_LENGTH
              && random.nextDouble() < VARIED_WORD_SHARE;
      first = false;
      if (!vary) continue;
      String replacement = pick(source.words(), random);
      if (Character.isUpperCase(word.charAt(0))) {
        replacement = Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
      }
      out.append(text, at, m.start()).append(replacement);
      at = m.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  private static String pick(List<String> list, SplittableRandom random) {
    return list.get(random.nextInt(list.size()));
  }

  /** SplitMix64's finaliser: independent-looking seeds for neighbouring article numbers. */
  static long mix(long seed, long index) {
    long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
