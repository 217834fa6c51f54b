package org.peacetalks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pages in the shapes real news sites use, in the languages the talks are written about (under
 * {@code src/test/resources/pages/}): every page keeps exactly its story's paragraphs — no "Read
 * also" box in the middle, share bar, tags, comments, feed or footer — under the site's name.
 */
class PageShapesTest {
  private final ArticleParser parser = new ArticleParser(5_000_000);

  private Article read(String name) throws IOException, UnreadableArticleException {
    try (InputStream in = getClass().getResourceAsStream("/pages/" + name + ".html")) {
      return parser.parse(name + ".html", in.readAllBytes());
    }
  }

  /** page, site, passages, the first words of the first and of the last passage. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "uk-pravda-style; Українська правда; 4; Секретар РНБО Рустем Умєров; Наступний раунд переговорів",
        "uk-div-text; Цензор.НЕТ; 4; Міністр закордонних справ; Раніше в Офісі президента",
        "ru-meduza-style; Медуза; 4; Пресс-секретарь президента; В Киеве тем временем",
        "ru-rbc-style; РБК; 4; Помощник президента России; Ранее в Белом доме",
        "de-news; Tagesblatt; 4; Der ukrainische Präsident; Beobachter rechnen damit",
        "fr-news; Le Quotidien; 4; Emmanuel Macron a réuni; Les discussions doivent se poursuivre",
        "es-news; Diario Global; 4; Los negociadores de Rusia; Los analistas advierten",
        "pl-news; Wiadomości; 4; Minister spraw zagranicznych; Kolejna runda rozmów",
        "zh-news; 环球网; 4; 据外媒报道; 分析人士认为",
        "ja-news; 日本経済ニュース; 4; ウクライナと米国の代表団; 欧州各国は協議の行方",
        "liveblog; The Courier; 4; President Zelensky said; Ukrainian and American delegations",
        "amp; Gazette; 3; Russian and American envoys; Ukrainian officials were briefed",
        "next-data; Ledger; 4; The revised peace plan; Russian officials have not yet",
        "noscript-lazy; Herald; 3; Russia and Ukraine have agreed; Ukraine's ombudsman said",
      })
  void keepsTheStoryAndNothingElse(
      String page, String site, int passages, String first, String last) throws Exception {
    Article article = read(page);
    List<String> texts = article.paragraphs().stream().map(Paragraph::text).toList();
    assertEquals(site, article.source());
    assertEquals(passages, texts.size(), () -> String.join("\n", texts));
    assertTrue(texts.get(0).startsWith(first), texts.get(0));
    assertTrue(texts.get(texts.size() - 1).startsWith(last), texts.get(texts.size() - 1));
  }

  @Test
  void aDateAndTimeStampAboveTheStoryDatesItAndHeadsNothing() throws Exception {
    Article article = read("uk-div-text");
    assertEquals("2025-12-02", article.published());
    assertTrue(article.paragraphs().stream().allMatch(p -> p.section() == null));
  }

  @Test
  void aLiveBlogKeepsEachPostUnderItsHeadline() throws Exception {
    List<Paragraph> posts = read("liveblog").paragraphs();
    assertEquals("Zelensky thanks European partners", posts.get(0).section());
    assertEquals("Kremlin says it will study the draft", posts.get(2).section());
  }

  @Test
  void aStoryKeptOnlyAsTheFrameworksDataIsRead() throws Exception {
    Article article = read("next-data");
    assertTrue(article.paragraphs().stream().noneMatch(p -> p.text().contains("Subscribe")));
    assertTrue(
        article.paragraphs().stream()
            .noneMatch(p -> p.text().contains("Kremlin studies draft"))); // a related teaser
  }

  @Test
  void dataThatIsNotAStoryIsNotRead() {
    org.jsoup.nodes.Document doc =
        org.jsoup.Jsoup.parse(
            "<script type=application/json>{\"a\":\""
                + "x".repeat(2_000)
                + "\",\"b\":\"https://cdn.example/a.js https://cdn.example/b.js\"}</script><p>Short.</p>");
    assertEquals(null, EmbeddedStory.of(doc.select("script")));
  }
}
