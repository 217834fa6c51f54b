package org.peacetalks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shapes of real news pages beyond the bundled ones: where the story is, and what is not part of it. */
class ScrapedPageTest {
  private static final String STORY_1 = "European leaders presented a joint plan for post-war security guarantees in Berlin on Monday.";
  private static final String STORY_2 = "The plan envisages a European-led force supported by the United States and a monitored ceasefire.";
  private static final String STORY_3 = "Zelensky said Ukraine was ready to drop its bid for Nato membership in exchange for binding guarantees.";

  private final ArticleParser parser = new ArticleParser(100_000);

  private List<String> texts(String name, String content) throws UnreadableArticleException {
    return parse(name, content).paragraphs().stream().map(Paragraph::text).toList();
  }

  private Article parse(String name, String content) throws UnreadableArticleException {
    return parser.parse(name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theStoryIsTheArticleWithTheMostTextNotATeaserArticleAboveIt() throws Exception {
    String html = "<html><body><div class=trending><article><h2>Christmas markets open</h2>"
        + "<p>Organisers say visitor numbers are up on last year.</p></article></div>"
        + "<main><article><h1>Europe presents security plan</h1><p>" + STORY_1 + "</p><p>" + STORY_2 + "</p>"
        + "</article></main></body></html>";
    assertEquals(List.of(STORY_1, STORY_2), texts("berlin.html", html));
  }

  @Test
  void aListOfLinksInTheMiddleOfAStoryGoesWithItsHeadingAndTheStoryGoesOn() throws Exception {
    String html = "<article><h1>Security guarantees explained</h1><p>" + STORY_1 + "</p>"
        + "<h2>More on the war in Ukraine</h2><ul><li><a href=/a>Zelensky meets Macron in Paris</a></li>"
        + "<li><a href=/b>What is in the 28-point plan?</a></li></ul>"
        + "<h2>Would the US take part?</h2><p>" + STORY_2 + "</p></article>";
    Article a = parse("bbc.html", html);
    assertEquals(List.of(STORY_1, STORY_2), a.paragraphs().stream().map(Paragraph::text).toList());
    assertEquals("Would the US take part?", a.paragraphs().get(1).section());
  }

  @Test
  void textInDivsBrokenByLineBreaksIsRead() throws Exception {
    String html = "<html><head><title>Zelensky will not recognise occupied lands</title></head><body>"
        + "<div class=text>" + STORY_1 + "<br>" + STORY_2 + "<br><br><b>Nato bid</b><br>" + STORY_3 + "<br></div>"
        + "<div>Copyright &copy; 2025 Ukraine News. When using materials, a hyperlink is required.</div></body></html>";
    Article a = parse("old.html", html);
    assertEquals(List.of(STORY_1, STORY_2, STORY_3), a.paragraphs().stream().map(Paragraph::text).toList());
    assertEquals("Nato bid", a.paragraphs().get(2).section());
  }

  @Test
  void aPageWithoutOpenGraphTagsTakesItsMetadataFromItsSchemaOrgDescription() throws Exception {
    String html = "<html><head><title>Swap agreed | World News Today</title>"
        + "<script type=application/ld+json>{not json</script>"
        + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},"
        + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Prisoner swap agreed in Abu Dhabi\",\"datePublished\":\"2025-12-09T10:30:00+04:00\","
        + "\"mainEntityOfPage\":{\"@id\":\"https://news.example/swap\"},\"publisher\":{\"name\":\"World News Today\"}}]}</script>"
        + "</head><body><article><p>" + STORY_1 + "</p></article></body></html>";
    Article a = parse("swap.html", html);
    assertEquals("Prisoner swap agreed in Abu Dhabi", a.title());
    assertEquals("2025-12-09T10:30:00+04:00", a.published());
    assertEquals("https://news.example/swap", a.url());
    assertEquals("World News Today", a.source());
  }

  @Test
  void twoLineBreaksInAParagraphElementEndAPassage() throws Exception {
    assertEquals(List.of(STORY_1, STORY_2), texts("br.html", "<article><p>" + STORY_1 + "<br><br>" + STORY_2 + "</p></article>"));
  }

  @Test
  void creditsNewsletterBoxesAppealsAndLiveBlogMenusAreNeverPassages() throws Exception {
    String txt = String.join("\n",
        "Europe presents security plan to US envoys",
        "By Olga Marchenko | 1 December 2025",
        "Listen to this article · 5 min",
        "4h ago Putin receives US envoys in Kremlin",
        STORY_1,
        "The Reuters Daily Briefing newsletter provides all the news you need to start your day. Sign up here.",
        "Get the best of our journalism delivered to your inbox every weekday morning.",
        STORY_2,
        "We need your support",
        "We keep you informed about the war. Support independent journalism — join our community of 20,000+ members today.",
        STORY_3,
        "A Ukrainian soldier in a trench near Kostiantynivka Photo: Anatolii Stepanov/AFP via Getty Images",
        "Reporting by Olena Harmash in Kyiv; Editing by Alex Richardson",
        "Kullab reported from Kyiv. Associated Press writers in Washington contributed to this report.",
        "Follow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine");
    Article a = parse("wire.txt", txt);
    assertEquals(List.of(STORY_1, STORY_2, STORY_3), a.paragraphs().stream().map(Paragraph::text).toList());
    assertNull(a.paragraphs().get(2).section(), "the appeal's heading is not a section");
  }

  @Test
  void storySentencesThatShareWordsWithAppealsStay() throws Exception {
    List<String> story = List.of(
        "Ukraine wants to become a member of the European Union by 2030, the prime minister said.",
        "We and our partners will keep supporting Ukraine, the German chancellor told reporters.",
        "Prices of bread rose from as little as 20 hryvnias a loaf before the strikes.",
        "The Kremlin said it would support the US plan from the start if Kyiv withdrew.");
    assertEquals(story, texts("story.txt", "Talks continue in Geneva\n" + String.join("\n", story)));
  }

  @Test
  void aTeaserListBetweenKeepReadingAndEndOfListIsDropped() throws Exception {
    String txt = String.join("\n", "Kyiv and Moscow trade barbs as talks stall", STORY_1, "Keep reading", "list of 2 items",
        "list 1 of 2", "Russia-Ukraine war: List of key events, day 1,380", "list 2 of 2", "What's in the 28-point plan?",
        "end of list", STORY_2);
    assertEquals(List.of(STORY_1, STORY_2), texts("aj.txt", txt));
  }

  @Test
  void aLineThatIsOnlyADateIsThePublishedDateButATimedStampStaysASection() throws Exception {
    Article dated = parse("dated.txt", String.join("\n", "Kyiv and Moscow trade barbs as talks stall", "4 Dec 2025", STORY_1));
    assertEquals("2025-12-04", dated.published());
    assertNull(dated.paragraphs().get(0).section());
    Article live = parse("live.txt", String.join("\n", "Ukraine war live", "25 Nov 2025 16.02 GMT", STORY_1));
    assertEquals("25 Nov 2025 16.02 GMT", live.paragraphs().get(0).section());
  }

  @Test
  void aFileSavedAsWindows1252IsReadWithItsQuotes() throws Exception {
    byte[] bytes = ("Talks in Miami\nUmerov said the talks were \u201Cproductive\u201D and would go on for another day.\n")
        .getBytes(Charset.forName("windows-1252"));
    Article a = parser.parse("miami.txt", bytes);
    assertEquals("Umerov said the talks were \u201Cproductive\u201D and would go on for another day.", a.paragraphs().get(0).text());
  }
}
