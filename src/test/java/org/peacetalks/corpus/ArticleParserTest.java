package org.peacetalks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArticleParserTest {
  static final Path DEV = Path.of("src/test/resources/corpus/dev");
  final ArticleParser parser = new ArticleParser(10_000);

  private Article parse(String name, String text) throws UnreadableArticleException {
    return parser.parse(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String reason(UnreadableArticleException e) {
    return e.getMessage();
  }

  @Test
  void refusesFilesThatAreNotReadableArticlesWithAReason() {
    assertEquals(
        "binary file (contains NUL bytes)",
        reason(
            assertThrows(
                UnreadableArticleException.class,
                () -> parser.parse("a.txt", new byte[] {'a', 0, 'b'}))));
    assertEquals(
        "not UTF-8 text (nor Windows-1252)",
        reason(
            assertThrows(
                UnreadableArticleException.class,
                () ->
                    parser.parse(
                        "a.txt", new byte[] {'a', (byte) 0xC3, (byte) 0x28, (byte) 0x81}))));
    assertEquals(
        "empty file",
        reason(assertThrows(UnreadableArticleException.class, () -> parse("a.txt", " \n\n"))));
    assertTrue(
        reason(
                assertThrows(
                    UnreadableArticleException.class,
                    () -> parser.parse("a.txt", new byte[10_001])))
            .startsWith("too large"));
    assertTrue(
        reason(assertThrows(UnreadableArticleException.class, () -> parse("a.pdf", "x")))
            .startsWith("unsupported file type '.pdf'"));
    assertEquals(
        "no article text found",
        reason(
            assertThrows(
                UnreadableArticleException.class,
                () -> parse("a.txt", "Share\nBy admin\n3 Min Read"))));
  }

  @Test
  void readsMarkdownFrontMatterAndDropsTheRepeatedTitle() throws Exception {
    Article a = parser.parse("d09.md", Files.readAllBytes(DEV.resolve("d09_yermak-resigns.md")));
    assertEquals(
        "Yermak resigns after anti-corruption raid; Umerov to lead Ukraine's negotiating team",
        a.title());
    assertEquals("Kyiv Briefing", a.source());
    assertEquals(
        "https://kyivbriefing.example/2025/11/29/yermak-resigns-umerov-delegation", a.url());
    assertEquals("2025-11-29", a.published());
    assertTrue(a.paragraphs().get(0).text().startsWith("Andriy Yermak, the powerful head"));
  }

  @Test
  void markdownListItemsArePassagesUnderTheirLeadIn() throws Exception {
    Article a =
        new ArticleParser(100_000)
            .parse("d10.md", Files.readAllBytes(DEV.resolve("d10_europe-counter-plan.md")));
    Paragraph army =
        a.paragraphs().stream()
            .filter(p -> p.text().startsWith("Army size:"))
            .findFirst()
            .orElseThrow();
    assertEquals("The main differences from the US draft", army.section());
    Paragraph after =
        a.paragraphs().stream()
            .filter(p -> p.text().startsWith("Moscow was dismissive"))
            .findFirst()
            .orElseThrow();
    assertEquals(null, after.section(), "the list's lead-in does not head what follows the list");
  }

  @Test
  void htmlKeepsTheArticleAndDropsPageFurniture() throws IOException, UnreadableArticleException {
    Article a =
        new ArticleParser(100_000)
            .parse("d07.html", Files.readAllBytes(DEV.resolve("d07_witkoff-ushakov-leak.html")));
    assertEquals(
        "Leaked call shows Witkoff coaching Kremlin aide on how to pitch Trump", a.title());
    assertEquals("The Daily Ledger", a.source());
    assertEquals("2025-11-26T08:15:00Z", a.published());
    assertEquals(12, a.paragraphs().size());
    String all = a.paragraphs().stream().map(Paragraph::text).reduce("", String::concat);
    for (String furniture :
        new String[] {
          "cookies",
          "Winter tyres",
          "File photo",
          "All rights reserved",
          "Ledger World Desk",
          "Subscribe"
        }) {
      assertFalse(all.contains(furniture), furniture);
    }
    assertTrue(all.contains("Trump’s special envoy"), "entities decoded");
  }

  @Test
  void txtFrontMatterIsOptionalMetadata() throws Exception {
    Article a =
        parse(
            "x.txt",
            "---\ntitle: Given title\nsource: Wire\npublished: 2025-11-30\n---\nGiven title\n"
                + "A sentence long enough to be a passage of the article.\n");
    assertEquals("Given title", a.title());
    assertEquals("Wire", a.source());
    assertEquals("2025-11-30", a.published());
    assertEquals(1, a.paragraphs().size());
  }

  @Test
  void frontMatterUnderAStaticSiteGeneratorsNamesIsReadToo() throws Exception {
    Article a =
        parse(
            "hugo.md",
            "---\ntitle: From Geneva to Berlin\ndate: 2025-12-17T08:30:00+02:00\n"
                + "canonicalURL: https://example.org/posts/geneva-to-berlin/\n---\n"
                + "A sentence long enough to be a passage of the article.\n");
    assertEquals("2025-12-17T08:30:00+02:00", a.published());
    assertEquals("https://example.org/posts/geneva-to-berlin/", a.url());
  }

  @Test
  void relatedArticlesAndEverythingAfterAreCut() throws Exception {
    Article a =
        parse(
            "x.txt",
            "Headline of the story here\nThe first real paragraph of the story is here.\n"
                + "Related posts\nAn unrelated teaser about gardening tips for winter.\n");
    assertEquals(1, a.paragraphs().size());
  }
}
