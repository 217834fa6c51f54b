package org.peacetalks.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.Paragraph;
import org.peacetalks.corpus.UnreadableArticleException;

/**
 * Main-text extraction on a folder of saved pages: {@code <name>/source.html} is cleaned as the
 * index would clean it, and the text kept (each passage, and each section heading once; not the
 * title) is scored against the text of {@code <name>/expected.html} as a bag of words. An optional
 * {@code categories.csv} ({@code page,category[,note]}) groups the pages.
 */
public final class PageEvaluation {
  /** The category of pages the folder's {@code categories.csv} does not name. */
  public static final String UNCATEGORISED = "-";

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private static final int WARM_UP_PASSES = 3;

  private final ArticleParser parser;

  public PageEvaluation(ArticleParser parser) {
    this.parser = Objects.requireNonNull(parser, "parser == null");
  }

  /** The scores of every page folder under {@code dir}, in name order. */
  public Report run(Path dir) throws IOException {
    Map<String, String> categories = categories(dir.resolve("categories.csv"));
    List<Path> pages = new ArrayList<>();
    try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
      for (Path p : children) {
        if (Files.isRegularFile(p.resolve("source.html"))
            && Files.isRegularFile(p.resolve("expected.html"))) pages.add(p);
      }
    }
    if (pages.isEmpty())
      throw new IOException(dir + ": no page folders (<name>/source.html and expected.html)");
    pages.sort(Comparator.comparing(p -> p.getFileName().toString()));
    // Read every page untimed first, a few times over: the times are then those of a running bot,
    // which has cleaned many pages, not of a JIT still compiling (one pass is not enough for that
    // on a busy machine, where the compiler threads wait for a core too).
    for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
      for (Path page : pages) {
        try {
          parser.parse("warm-up.html", Files.readAllBytes(page.resolve("source.html")));
        } catch (UnreadableArticleException e) {
          // scored below
        }
      }
    }
    List<PageScore> scores = new ArrayList<>();
    for (Path page : pages) {
      String name = page.getFileName().toString();
      scores.add(score(name, categories.getOrDefault(name, UNCATEGORISED), page));
    }
    return new Report(scores);
  }

  PageScore score(String name, String category, Path page) throws IOException {
    byte[] source = Files.readAllBytes(page.resolve("source.html"));
    BagOfWords expected = new BagOfWords();
    expected.add(
        Jsoup.parse(Files.readString(page.resolve("expected.html"), StandardCharsets.UTF_8))
            .text());
    long start = now();
    Article article;
    try {
      article = parser.parse(name + ".html", source);
    } catch (UnreadableArticleException e) {
      return PageScore.refused(name, category, e.getMessage(), millisSince(start));
    }
    double millis = millisSince(start);
    BagOfWords kept = keptText(article);
    return PageScore.of(
        name,
        category,
        kept.size(),
        expected.size(),
        kept.overlap(expected),
        article.paragraphs().size(),
        millis);
  }

  /**
   * What the index keeps of an article: every passage, and each section heading once where it
   * starts.
   */
  static BagOfWords keptText(Article article) {
    BagOfWords kept = new BagOfWords();
    String section = null;
    for (Paragraph p : article.paragraphs()) {
      if (p.section() != null && !p.section().equals(section)) kept.add(p.section());
      section = p.section();
      kept.add(p.text());
    }
    return kept;
  }

  /**
   * The thread's CPU time where the JVM measures it, else the wall clock: on a machine shared with
   * other work, CPU time is what cleaning a page costs, while the wall clock also counts the wait
   * for a core.
   */
  private static long now() {
    return THREADS.isCurrentThreadCpuTimeSupported()
        ? THREADS.getCurrentThreadCpuTime()
        : System.nanoTime();
  }

  private static double millisSince(long start) {
    return (now() - start) / 1e6;
  }

  private static Map<String, String> categories(Path csv) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    if (!Files.isRegularFile(csv)) return out;
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",", 3);
      if (cells.length < 2 || i == 0 && cells[0].strip().equalsIgnoreCase("page"))
        continue; // header
      out.put(cells[0].strip(), cells[1].strip().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** The scores of a folder, with the means the {@code eval --pages} command prints. */
  public record Report(List<PageScore> pages) {
    public Report {
      pages = List.copyOf(pages);
    }

    /** Pages by category, categories in name order. */
    public Map<String, List<PageScore>> byCategory() {
      Map<String, List<PageScore>> out = new TreeMap<>();
      for (PageScore p : pages) out.computeIfAbsent(p.category(), c -> new ArrayList<>()).add(p);
      return out;
    }

    /** The pages worst first (ties by name), at most {@code n}. */
    public List<PageScore> worst(int n) {
      return pages.stream()
          .sorted(Comparator.comparingDouble(PageScore::f1).thenComparing(PageScore::page))
          .limit(n)
          .toList();
    }

    public static double meanF1(List<PageScore> pages) {
      return pages.stream().mapToDouble(PageScore::f1).average().orElse(0);
    }

    public static double meanPrecision(List<PageScore> pages) {
      return pages.stream().mapToDouble(PageScore::precision).average().orElse(0);
    }

    public static double meanRecall(List<PageScore> pages) {
      return pages.stream().mapToDouble(PageScore::recall).average().orElse(0);
    }

    public static long refused(List<PageScore> pages) {
      return pages.stream().filter(p -> p.error() != null).count();
    }

    /** The median time to clean a page, in milliseconds. */
    public static double medianMillis(List<PageScore> pages) {
      double[] sorted = pages.stream().mapToDouble(PageScore::millis).sorted().toArray();
      if (sorted.length == 0) return 0;
      int mid = sorted.length / 2;
      return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
  }
}
