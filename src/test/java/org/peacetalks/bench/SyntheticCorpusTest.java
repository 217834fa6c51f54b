package org.peacetalks.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.ArticleStore;
import org.peacetalks.corpus.CorpusLoad;
import org.peacetalks.corpus.Paragraph;

class SyntheticCorpusTest {
  static SourceText source;

  @BeforeAll
  static void readDevCorpus() throws Exception {
    Path dev = Path.of(SyntheticCorpusTest.class.getResource("/corpus/dev").toURI());
    source =
        SourceText.of(new ArticleStore(dev, new ArticleParser(2_000_000)).loadAll().articles());
  }

  @Test
  void sourceHoldsSentencesTitlesAndHeadingsOfTheDevCorpus() {
    assertEquals(10, source.titles().size());
    assertTrue(source.sentences().size() > 200, "sentences: " + source.sentences().size());
    assertTrue(source.headings().size() > 10, "headings: " + source.headings().size());
    assertTrue(source.sentences().stream().allMatch(s -> s.matches(".*[.!?][\"”’)]?")));
  }

  @Test
  void sameSeedMakesTheSameFilesByteForByte(@TempDir Path a, @TempDir Path b) throws Exception {
    new SyntheticCorpus(source, 250, 42).writeTo(a);
    new SyntheticCorpus(source, 250, 42).writeTo(b);
    List<Path> files = list(a);
    assertEquals(
        List.of("bench_000000.txt", "bench_000011.txt", "bench_000012.txt"),
        List.of(
            files.get(0).getFileName().toString(),
            files.get(11).getFileName().toString(),
            files.get(12).getFileName().toString()));
    assertEquals(13, files.size());
    for (Path f : files) {
      assertEquals(Files.readString(f), Files.readString(b.resolve(f.getFileName())), f.toString());
    }
  }

  @Test
  void anotherSeedMakesOtherText() {
    assertNotEquals(
        new SyntheticCorpus(source, 40, 1).article(0),
        new SyntheticCorpus(source, 40, 2).article(0));
  }

  @Test
  void articlesCanBeMadeInAnyOrder() {
    SyntheticCorpus corpus = new SyntheticCorpus(source, 100, 7);
    SyntheticCorpus.Generated third = corpus.article(3);
    corpus.article(0);
    assertEquals(third, corpus.article(3));
    List<String> all = new ArrayList<>();
    corpus.forEachParagraph(all::add);
    assertEquals(third.paragraphs(), all.subList(60, 80));
  }

  @Test
  void lastArticleTakesTheRemainder() {
    SyntheticCorpus corpus = new SyntheticCorpus(source, 45, 7);
    assertEquals(3, corpus.articles());
    assertEquals(5, corpus.article(2).paragraphs().size());
  }

  @Test
  void theParserKeepsEveryGeneratedParagraphAsWritten(@TempDir Path folder) throws Exception {
    SyntheticCorpus corpus = new SyntheticCorpus(source, 1_000, 99);
    corpus.writeTo(folder);
    CorpusLoad load = new ArticleStore(folder, new ArticleParser(2_000_000)).loadAll();
    assertEquals(List.of(), load.skipped());
    assertEquals(1_000, load.paragraphCount());
    for (int i = 0; i < corpus.articles(); i++) {
      SyntheticCorpus.Generated g = corpus.article(i);
      Article parsed = load.articles().get(i);
      assertEquals(g.title(), parsed.title());
      for (int p = 0; p < g.paragraphs().size(); p++) {
        Paragraph paragraph = parsed.paragraphs().get(p);
        assertEquals(
            words(g.paragraphs().get(p)),
            words(paragraph.text()),
            g.fileName() + " paragraph " + (p + 1));
      }
    }
  }

  @Test
  void filesAreUtf8TextWithATitleLine(@TempDir Path folder) throws Exception {
    new SyntheticCorpus(source, 20, 5).writeTo(folder);
    String text = Files.readString(folder.resolve("bench_000000.txt"), StandardCharsets.UTF_8);
    String title = text.substring(0, text.indexOf('\n'));
    assertTrue(
        source.titles().stream()
            .anyMatch(t -> SourceText.wordCount(t) == SourceText.wordCount(title)),
        title);
  }

  /** Spacing repair may touch punctuation; the words must be the generated ones. */
  private static String words(String text) {
    return text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static List<Path> list(Path folder) throws Exception {
    try (var files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }
}
