package org.peacetalks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceLabelTest {
  private static final ArticleParser PARSER = new ArticleParser(1_000_000);
  private static final String BODY =
      "Talks in Geneva\nThe delegations met in Geneva for a second round of talks.\n";

  private static Article labelled(String fileName, String text, String label) throws Exception {
    return PARSER.parse(fileName, SourceLabel.add(text.getBytes(StandardCharsets.UTF_8), label));
  }

  @Test
  void addsFrontMatterWithTheSourceAndKeepsTheArticle() throws Exception {
    Article a = labelled("x.txt", BODY, "Geneva notes.txt");
    assertEquals("Geneva notes.txt", a.source());
    assertEquals("Talks in Geneva", a.title());
    assertEquals(
        PARSER.parse("x.txt", BODY.getBytes(StandardCharsets.UTF_8)).paragraphs(), a.paragraphs());
  }

  @Test
  void joinsExistingFrontMatterAndSkipsABom() throws Exception {
    Article a = labelled("x.md", "\uFEFF---\r\ntitle: Geneva round\r\n---\r\n" + BODY, "notes.md");
    assertEquals("notes.md", a.source());
    assertEquals("Geneva round", a.title());
    Article b = labelled("x.txt", "\uFEFF" + BODY, "notes.txt");
    assertEquals("notes.txt", b.source());
    assertEquals("Talks in Geneva", b.title());
  }

  @Test
  void anyNameReadsBackExactlyAndTheLineIsAscii() throws Exception {
    String name = "«Мир» \"plan\" \\ 🕊 #1: yes";
    String line = "source: " + SourceLabel.quoted(name);
    assertTrue(line.chars().allMatch(c -> c >= 0x20 && c < 0x7f), line);
    assertEquals(name, labelled("x.txt", BODY, name).source());
  }

  @Test
  void anUploadedNameBecomesOneShortLineWithoutFolders() {
    assertEquals("report.txt", SourceLabel.fromUploadedName("../../etc/report.txt"));
    assertEquals("report.txt", SourceLabel.fromUploadedName("C:\\Users\\me\\report.txt"));
    assertEquals("a b.txt", SourceLabel.fromUploadedName(" a\n\u202Eb.txt "));
    assertEquals("", SourceLabel.fromUploadedName(null));
    String longName = "x".repeat(300) + ".txt";
    String cut = SourceLabel.fromUploadedName(longName);
    assertEquals(SourceLabel.MAX_CHARS, cut.length());
    assertTrue(cut.endsWith("…"), cut);
  }
}
