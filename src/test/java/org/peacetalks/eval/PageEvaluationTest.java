package org.peacetalks.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.corpus.ArticleParser;

/** Scoring saved pages: bag-of-words F1 of what the index keeps against the expected text. */
class PageEvaluationTest {
  private static final String STORY =
      "Negotiators met in Geneva on Sunday to revise the draft peace framework.";
  private static final String MORE =
      "European officials said they had not been consulted before the meeting ended.";

  @TempDir Path dir;

  private void page(String name, String source, String expected) throws Exception {
    Path p = Files.createDirectories(dir.resolve(name));
    Files.writeString(p.resolve("source.html"), source);
    Files.writeString(p.resolve("expected.html"), expected);
  }

  @Test
  void scoresEachPageAndMeansPerCategoryWithRefusedPagesAtZero() throws Exception {
    page(
        "exact",
        "<article><h1>Talks</h1><p>" + STORY + "</p><h2>Allies</h2><p>" + MORE + "</p></article>",
        "<div><p>" + STORY + "</p><h2>Allies</h2><p>" + MORE + "</p></div>");
    page(
        "half",
        "<article><h1>Talks</h1><p>" + STORY + "</p></article>",
        "<div><p>" + STORY + "</p><p>" + STORY + "</p></div>");
    page(
        "refused",
        "<html><body><nav><a href=/>Home</a></nav></body></html>",
        "<p>" + STORY + "</p>");
    Files.writeString(
        dir.resolve("categories.csv"),
        "page,category,note\nexact,news,x\nhalf,news,y\nrefused,other,z\n");

    PageEvaluation.Report report = new PageEvaluation(new ArticleParser(100_000)).run(dir);

    assertEquals(3, report.pages().size());
    PageScore exact = report.pages().get(0);
    assertEquals("exact", exact.page());
    assertEquals(1.0, exact.f1(), 1e-9);
    PageScore half = report.pages().get(1);
    assertEquals(1.0, half.precision(), 1e-9);
    assertEquals(0.5, half.recall(), 1e-9);
    assertEquals(2.0 / 3, half.f1(), 1e-9);
    assertNull(half.error());
    PageScore refused = report.pages().get(2);
    assertEquals(0.0, refused.f1());
    assertEquals("no article text found", refused.error());
    assertEquals(
        (1.0 + 2.0 / 3) / 2, PageEvaluation.Report.meanF1(report.byCategory().get("news")), 1e-9);
    assertEquals(
        List.of("refused", "half"), report.worst(2).stream().map(PageScore::page).toList());

    StringWriter out = new StringWriter();
    PageReportPrinter.print(report, 2, new PrintWriter(out, true));
    assertTrue(out.toString().contains("refused: no article text found"), out.toString());
    assertTrue(
        out.toString().lines().anyMatch(l -> l.startsWith("news") && l.contains("0.833")),
        out.toString());
  }

  @Test
  void eachChineseOrJapaneseCharacterIsAWord() {
    BagOfWords bag = new BagOfWords();
    bag.add("日内瓦会谈 Geneva talks, 2025");
    assertEquals(8, bag.size()); // 5 characters, 3 words
    BagOfWords other = new BagOfWords();
    other.add("会谈 in GENEVA");
    assertEquals(3, bag.overlap(other));
  }
}
