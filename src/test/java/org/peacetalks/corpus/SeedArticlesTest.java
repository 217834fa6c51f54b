package org.peacetalks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five seed articles, raw scraped pages, cleaned into exactly their real paragraphs. */
class SeedArticlesTest {
  static final Path SEEDS = Path.of("src/test/resources/corpus/seed");

  /** Every line of the seeds that is page furniture, never a passage. */
  static final List<String> BOILERPLATE =
      List.of(
          "Date:",
          "Related articles",
          "Russia, Ukraine, and US Confirm Abu Dhabi Summit: Peace Talks Address Fundamental Divisions",
          "Diplomatic momentum builds as Russia, Ukraine, and the United States prepare for crucial trilateral negotiations in Abu Dhabi...",
          "Carney Stands Guard Over Canadian Sovereignty Against US Moves",
          "Prime Minister Mark Carney is standing guard over Canadian sovereignty against United States moves, demanding respect for territorial...",
          "Rubio Projects Venezuela Will Be Better Off in Three, Six, Nine Months",
          "Marco Rubio projected that Venezuela's situation will demonstrably improve across three, six, and nine-month evaluation periods during Senate...",
          "Zelenskyy Says U.S. Protection Pact Ready, Russia Has Not Fully Captured Annexed Areas",
          "President Volodymyr Zelenskyy announced Sunday that Ukraine has completed work on a security guarantees agreement with the United...",
          "admin",
          "By admin",
          "3 Min Read",
          "Share This Article",
          "Politics",
          "Navigation",
          "Ask Onix",
          "Putin to meet US envoy in Moscow amid cautious optimism on Ukraine peace deal",
          "Emmanuel Macron, French President",
          "Related posts",
          "Report a Problem",
          "Help us improve by reporting any issues with this response.",
          "Problem Reported",
          "Thank you for your feedback",
          "Ed",
          "Leave a Reply");

  static Map<String, Article> seeds;

  @BeforeAll
  static void parseSeeds() throws IOException {
    CorpusLoad load = new ArticleStore(SEEDS, new ArticleParser(2_000_000)).loadAll();
    assertEquals(List.of(), load.skipped());
    seeds = load.articles().stream().collect(Collectors.toMap(Article::id, a -> a));
  }

  @Test
  void everyRealParagraphIsAPassageAndNothingElse() {
    assertEquals(
        Map.of(
            "000_3dde58fc4a58bbda",
            5,
            "001_8d8584f838857b74",
            6,
            "002_11d8a4770e6080f9",
            9,
            "003_c03d9d5b242cb57b",
            11,
            "004_96e90a8c1ade5256",
            14),
        seeds.values().stream().collect(Collectors.toMap(Article::id, a -> a.paragraphs().size())));
  }

  @Test
  void noBoilerplateLineBecomesAPassage() {
    for (Article a : seeds.values()) {
      for (Paragraph p : a.paragraphs()) {
        for (String line : BOILERPLATE) {
          assertFalse(
              p.text().equals(line) || p.text().contains(line) && line.length() > 40,
              () -> a.id() + " paragraph " + p.ordinal() + " is boilerplate: " + line);
        }
      }
    }
  }

  @Test
  void titlesAreHeadlinesNotCategoriesOrLeads() {
    assertEquals(
        "Putin to meet US envoy in Moscow as Ukraine peace talks intensify",
        seeds.get("003_c03d9d5b242cb57b").title());
    assertEquals(
        "U.S. Envoy Heads to Moscow as Washington Intensifies Push for Ukraine Peace Deal",
        seeds.get("002_11d8a4770e6080f9").title());
    // 004 has no headline: its first sentence stands in, and stays a passage too.
    assertEquals(
        "The Ukraine talks between the United States and Russia moved forward in Moscow with cautious optimism",
        seeds.get("004_96e90a8c1ade5256").title());
    assertTrue(
        seeds
            .get("004_96e90a8c1ade5256")
            .paragraphs()
            .get(0)
            .text()
            .startsWith("The Ukraine talks between"));
  }

  @Test
  void shortHeadingsBecomeSectionsOfTheParagraphsBelow() {
    Article a = seeds.get("004_96e90a8c1ade5256");
    assertNull(a.paragraphs().get(0).section());
    assertEquals("Inside the High-Level Meeting", a.paragraphs().get(1).section());
    assertEquals("Territorial Disputes Remain Central", a.paragraphs().get(2).section());
    assertEquals("Cautious Hope Moving Forward", a.paragraphs().get(13).section());
    assertEquals(
        "Key players converge as territorial disputes dominate",
        seeds.get("003_c03d9d5b242cb57b").paragraphs().get(1).section());
  }

  @Test
  void paragraphNumbersFollowTheCleanedArticle() {
    Paragraph sixth = seeds.get("002_11d8a4770e6080f9").paragraphs().get(5);
    assertEquals(6, sixth.ordinal());
    assertTrue(sixth.text().startsWith("Moscow’s position remains largely unchanged"));
  }

  @Test
  void missingSpacesAreRepairedWithoutChangingWords() {
    String text = seeds.get("001_8d8584f838857b74").paragraphs().get(0).text();
    assertTrue(text.contains("former U.S. President Donald Trump"), text);
    assertTrue(text.contains("The meeting, confirmed by the Kremlin, will take place"), text);
    String typos = seeds.get("001_8d8584f838857b74").paragraphs().get(2).text();
    assertTrue(typos.startsWith("However, Putin"), typos);
    assertTrue(typos.contains("fighting woudl cease onyl upon"), "original wording kept: " + typos);
  }
}
