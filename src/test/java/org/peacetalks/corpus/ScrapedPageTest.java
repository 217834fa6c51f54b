package org.peacetalks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes of real news pages beyond the bundled ones: where the story is, and what is not part of
 * it.
 */
class ScrapedPageTest {
  private static final String STORY_1 =
      "European leaders presented a joint plan for post-war security guarantees in Berlin on Monday.";
  private static final String STORY_2 =
      "The plan envisages a European-led force supported by the United States and a monitored ceasefire.";
  private static final String STORY_3 =
      "Zelensky said Ukraine was ready to drop its bid for Nato membership in exchange for binding guarantees.";

  private final ArticleParser parser = new ArticleParser(100_000);

  private List<String> texts(String name, String content) throws UnreadableArticleException {
    return parse(name, content).paragraphs().stream().map(Paragraph::text).toList();
  }

  private Article parse(String name, String content) throws UnreadableArticleException {
    return parser.parse(name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theStoryIsTheArticleWithTheMostTextNotATeaserArticleAboveIt() throws Exception {
    String html =
        "<html><body><div class=trending><article><h2>Christmas markets open</h2>"
            + "<p>Organisers say visitor numbers are up on last year.</p></article></div>"
            + "<main><article><h1>Europe presents security plan</h1><p>"
            + STORY_1
            + "</p><p>"
            + STORY_2
            + "</p>"
            + "</article></main></body></html>";
    assertEquals(List.of(STORY_1, STORY_2), texts("berlin.html", html));
  }

  @Test
  void aListOfLinksInTheMiddleOfAStoryGoesWithItsHeadingAndTheStoryGoesOn() throws Exception {
    String html =
        "<article><h1>Security guarantees explained</h1><p>"
            + STORY_1
            + "</p>"
            + "<h2>More on the war in Ukraine</h2><ul><li><a href=/a>Zelensky meets Macron in Paris</a></li>"
            + "<li><a href=/b>What is in the 28-point plan?</a></li></ul>"
            + "<h2>Would the US take part?</h2><p>"
            + STORY_2
            + "</p></article>";
    Article a = parse("bbc.html", html);
    assertEquals(List.of(STORY_1, STORY_2), a.paragraphs().stream().map(Paragraph::text).toList());
    assertEquals("Would the US take part?", a.paragraphs().get(1).section());
  }

  @Test
  void textInDivsBrokenByLineBreaksIsRead() throws Exception {
    String html =
        "<html><head><title>Zelensky will not recognise occupied lands</title></head><body>"
            + "<div class=text>"
            + STORY_1
            + "<br>"
            + STORY_2
            + "<br><br><b>Nato bid</b><br>"
            + STORY_3
            + "<br></div>"
            + "<div>Copyright &copy; 2025 Ukraine News. When using materials, a hyperlink is required.</div></body></html>";
    Article a = parse("old.html", html);
    assertEquals(
        List.of(STORY_1, STORY_2, STORY_3), a.paragraphs().stream().map(Paragraph::text).toList());
    assertEquals("Nato bid", a.paragraphs().get(2).section());
  }

  @Test
  void aPageWithoutOpenGraphTagsTakesItsMetadataFromItsSchemaOrgDescription() throws Exception {
    String html =
        "<html><head><title>Swap agreed | World News Today</title>"
            + "<script type=application/ld+json>{not json</script>"
            + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},"
            + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Prisoner swap agreed in Abu Dhabi\",\"datePublished\":\"2025-12-09T10:30:00+04:00\","
            + "\"mainEntityOfPage\":{\"@id\":\"https://news.example/swap\"},\"publisher\":{\"name\":\"World News Today\"}}]}</script>"
            + "</head><body><article><p>"
            + STORY_1
            + "</p></article></body></html>";
    Article a = parse("swap.html", html);
    assertEquals("Prisoner swap agreed in Abu Dhabi", a.title());
    assertEquals("2025-12-09T10:30:00+04:00", a.published());
    assertEquals("https://news.example/swap", a.url());
    assertEquals("World News Today", a.source());
  }

  @Test
  void twoLineBreaksInAParagraphElementEndAPassage() throws Exception {
    assertEquals(
        List.of(STORY_1, STORY_2),
        texts("br.html", "<article><p>" + STORY_1 + "<br><br>" + STORY_2 + "</p></article>"));
  }

  @Test
  void creditsNewsletterBoxesAppealsAndLiveBlogMenusAreNeverPassages() throws Exception {
    String txt =
        String.join(
            "\n",
            "Europe presents security plan to US envoys",
            "By Olga Marchenko | 1 December 2025",
            "By admin",
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
    assertEquals(
        List.of(STORY_1, STORY_2, STORY_3), a.paragraphs().stream().map(Paragraph::text).toList());
    assertNull(a.paragraphs().get(2).section(), "the appeal's heading is not a section");
  }

  @Test
  void storySentencesThatShareWordsWithAppealsStay() throws Exception {
    List<String> story =
        List.of(
            "Ukraine wants to become a member of the European Union by 2030, the prime minister said.",
            "We and our partners will keep supporting Ukraine, the German chancellor told reporters.",
            "Prices of bread rose from as little as 20 hryvnias a loaf before the strikes.",
            "The Kremlin said it would support the US plan from the start if Kyiv withdrew.",
            "Reporting by the Financial Times suggested Witkoff drafted the plan with Kirill Dmitriev.",
            "By Friday, December 5, 2025, Kyiv must give its answer to the US proposal.",
            "Sources: the Kremlin is ready to freeze the front line, two officials said.",
            "We do not have a clear picture of what Moscow will accept, a European diplomat told Reuters.",
            "A photo of the signing ceremony was later published by TASS.",
            "Hungary has become a supporter of the US plan, Orban said.",
            "Many infantrymen say they are paid only $700 a month once combat bonuses are cut.",
            "Host countries will offer €250 a month to each adult refugee who registers for courses.",
            "“Europe cannot simply unsubscribe from Ukraine’s security,” Kallas told reporters.",
            "Vance said the United States did not want to become a patron of Ukraine's army for decades.",
            "“Please forward this email to the president before Thursday’s call,” Dmitriev wrote.",
            "The Kremlin said the moratorium, which either side could cancel anytime, had been violated.");
    assertEquals(
        story, texts("story.txt", "Talks continue in Geneva\n" + String.join("\n", story)));
  }

  @Test
  void aStoryInDivsInsideItsArticleBeatsATeaserArticleWithAParagraph() throws Exception {
    String html =
        "<article><h1>Talks in Geneva</h1><div>"
            + STORY_1
            + "<br>"
            + STORY_2
            + "</div></article>"
            + "<article><p>Trending: Putin meets Witkoff.</p></article>";
    assertEquals(List.of(STORY_1, STORY_2), texts("divs.html", html));
  }

  @Test
  void quotesAndItemsMadeOfParagraphsAreReadOnPagesOfLooseText() throws Exception {
    String html =
        "<body><div>"
            + STORY_1
            + "<br>"
            + STORY_2
            + "<br></div><blockquote><p>"
            + STORY_3
            + "</p></blockquote></body>";
    assertEquals(List.of(STORY_1, STORY_2, STORY_3), texts("quote.html", html));
  }

  @Test
  void aPointWithASublistOfLinksKeepsItsListThoughMostOfItIsLinks() throws Exception {
    StringBuilder links = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      links
          .append("<li><a href=/d")
          .append(i)
          .append(">Document ")
          .append(i)
          .append(" of the Geneva round: the revised draft text</a></li>");
    }
    String html =
        "<article><h1>Geneva round</h1><p>"
            + STORY_1
            + "</p><ul><li>"
            + STORY_2
            + "</li>"
            + "<li>Published so far:<ul>"
            + links
            + "</ul></li></ul><p>"
            + STORY_3
            + "</p></article>";
    List<String> texts = texts("points.html", html);
    assertTrue(texts.contains(STORY_2), texts.toString());
    assertTrue(
        texts.stream()
            .anyMatch(
                t ->
                    t.startsWith("Published so far:")
                        && t.contains("Document 6 of the Geneva round")),
        texts.toString());
  }

  @Test
  void aNestedListItemIsReadOnceWithItsItem() throws Exception {
    String html =
        "<article><p>"
            + STORY_1
            + "</p><ul><li>Security guarantees for Ukraine<ul><li>Article 5 style protection</li>"
            + "</ul></li></ul></article>";
    assertEquals(
        List.of(STORY_1, "Security guarantees for Ukraine Article 5 style protection"),
        texts("list.html", html));
  }

  @Test
  void aRelatedBoxOrALiveBlogPostCalledMoreFromSomeoneDoesNotEndTheStory() throws Exception {
    String politico =
        "<article><h1>Europe scrambles</h1><p>"
            + STORY_1
            + "</p><section class=story-enhancement>"
            + "<p>Related</p><p><a href=/x>Yermak resigns after anti-corruption raid</a></p></section><p>"
            + STORY_2
            + "</p></article>";
    assertEquals(List.of(STORY_1, STORY_2), texts("politico.html", politico));
    String cnn =
        "<article><h1>Live updates</h1><p>"
            + STORY_1
            + "</p><div class=post><h2>More from Ushakov</h2>"
            + "<p>6:40 p.m. ET</p><p>"
            + STORY_2
            + "</p></div><h2>Other news</h2><h3>Drone attack on Dnipro</h3><p>"
            + STORY_3
            + "</p></article>";
    assertEquals(List.of(STORY_1, STORY_2), texts("cnn.html", cnn));
  }

  @Test
  void aWrapperWhoseClassMentionsASidebarIsNotTakenForOne() throws Exception {
    String html =
        "<body><div class=\"layout layout--with-sidebar\"><h1>Army caps</h1><p>"
            + STORY_1
            + "</p><p>"
            + STORY_2
            + "</p></div><div class=sidebar><p>Most read: the best winter coats for every budget, tested by us.</p></div></body>";
    assertEquals(List.of(STORY_1, STORY_2), texts("layout.html", html));
  }

  @Test
  void aBoldParagraphIsTheHeadingOfTheAnswerBelowIt() throws Exception {
    Article a =
        parse(
            "qa.html",
            "<article><h1>Key questions</h1><p><strong>Could a ceasefire come first?</strong></p><p>"
                + STORY_2
                + "</p></article>");
    assertEquals("Could a ceasefire come first?", a.paragraphs().get(0).section());
  }

  @Test
  void aPageTooDeeplyNestedToReadIsRefusedWithAReason() {
    String deep = "<div>".repeat(20_000) + STORY_1 + "</div>".repeat(20_000);
    UnreadableArticleException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            UnreadableArticleException.class,
            () ->
                new ArticleParser(1_000_000)
                    .parse("deep.html", deep.getBytes(StandardCharsets.UTF_8)));
    assertEquals("too deeply nested to read", e.getMessage());
  }

  @Test
  void aRussianPageDeclaringWindows1251IsReadAndUndeclaredCyrillicIsRefused() throws Exception {
    Charset cp1251 = Charset.forName("windows-1251");
    String page =
        "<html><head><meta charset=\"windows-1251\"><title>Переговоры</title></head><body><article><h1>Переговоры в Женеве</h1>"
            + "<p>Делегации России и США обсудили мирный план в течение пяти часов, сообщил помощник президента.</p></article></body></html>";
    Article a = parser.parse("ria.html", page.getBytes(cp1251));
    assertEquals("Переговоры в Женеве", a.title());
    byte[] text =
        "Переговоры\nДелегации России и США обсудили мирный план в течение пяти часов.\n"
            .getBytes(cp1251);
    assertEquals(
        "not UTF-8 text (nor Windows-1252)",
        org.junit.jupiter.api.Assertions.assertThrows(
                UnreadableArticleException.class, () -> parser.parse("ria.txt", text))
            .getMessage());
  }

  @Test
  void moreFooterShapesAreNotPassagesAndADottedDateIsTheDate() throws Exception {
    String txt =
        String.join(
            "\n",
            "Sybiha and Rutte discuss security guarantees",
            "Date: 28.11.2025",
            "Listen to this article · 7:12 min Learn more",
            STORY_1,
            "A version of this article appears in print on Dec. 1, 2025, Section A, Page 6 of the New York edition.",
            "Constant Méheut contributed reporting from Kyiv.",
            "Thanks for reading Eastern Flank Notes! Subscribe for free to receive new posts and support my work.",
            "Kyiv Post © 2025. All rights reserved.",
            "Sponsored: Rebuild Ukraine Expo 2026 — register now for early-bird tickets.",
            STORY_2);
    Article a = parse("footer.txt", txt);
    assertEquals("2025-11-28", a.published());
    assertEquals(List.of(STORY_1, STORY_2), a.paragraphs().stream().map(Paragraph::text).toList());
  }

  @Test
  void aTeaserListBetweenKeepReadingAndEndOfListIsDropped() throws Exception {
    String txt =
        String.join(
            "\n",
            "Kyiv and Moscow trade barbs as talks stall",
            STORY_1,
            "Keep reading",
            "list of 2 items",
            "list 1 of 2",
            "Russia-Ukraine war: List of key events, day 1,380",
            "list 2 of 2",
            "What's in the 28-point plan?",
            "end of list",
            STORY_2);
    assertEquals(List.of(STORY_1, STORY_2), texts("aj.txt", txt));
  }

  @Test
  void aLineThatIsOnlyADateIsThePublishedDateButATimedStampStaysASection() throws Exception {
    Article dated =
        parse(
            "dated.txt",
            String.join("\n", "Kyiv and Moscow trade barbs as talks stall", "4 Dec 2025", STORY_1));
    assertEquals("2025-12-04", dated.published());
    assertNull(dated.paragraphs().get(0).section());
    Article live =
        parse("live.txt", String.join("\n", "Ukraine war live", "25 Nov 2025 16.02 GMT", STORY_1));
    assertEquals("25 Nov 2025 16.02 GMT", live.paragraphs().get(0).section());
  }

  @Test
  void aFileSavedAsWindows1252IsReadWithItsQuotes() throws Exception {
    byte[] bytes =
        ("Talks in Miami\nUmerov said the talks were \u201Cproductive\u201D and would go on for another day.\n")
            .getBytes(Charset.forName("windows-1252"));
    Article a = parser.parse("miami.txt", bytes);
    assertEquals(
        "Umerov said the talks were \u201Cproductive\u201D and would go on for another day.",
        a.paragraphs().get(0).text());
  }

  @Test
  void aTableOfFiguresIsReadRowByRowWithItsColumnHeadersAndALayoutTableCellByCell()
      throws Exception {
    String html =
        "<article><h1>How big would Ukraine's army be?</h1><p>"
            + STORY_1
            + "</p><h2>By the numbers</h2>"
            + "<table><thead><tr><th>Proposal</th><th>Cap on the army</th><th>Missiles</th></tr></thead><tbody>"
            + "<tr><td>US draft</td><td>600,000</td><td>Not specified</td></tr>"
            + "<tr><td>European counterproposal</td><td>800,000</td><td>&mdash;</td></tr></tbody></table>"
            + "<table class=layout><tr><td><p>"
            + STORY_2
            + "</p></td><td><p>"
            + STORY_3
            + "</p></td></tr></table></article>";
    Article a = parse("army.html", html);
    assertEquals(
        List.of(
            STORY_1,
            "US draft — Cap on the army: 600,000; Missiles: Not specified",
            "European counterproposal — Cap on the army: 800,000",
            STORY_2,
            STORY_3),
        a.paragraphs().stream().map(Paragraph::text).toList());
    assertEquals("By the numbers", a.paragraphs().get(1).section());
  }

  @Test
  void readersCommentsBelowTheStoryAreNotPassagesButAShareBarSayingCommentsEndsNothing()
      throws Exception {
    String page =
        String.join(
            "\n",
            "EU ambassadors told frozen assets decision cannot wait",
            "Share",
            "Comments",
            STORY_1,
            STORY_2,
            "Comments",
            "Page 1 of 1",
            "by: Vasyl from: Lviv",
            "December 01, 2025 18:20",
            "Any deal that gives away Donbas and lets Russia keep the money is a betrayal of everyone who died.",
            "Add a comment");
    assertEquals(List.of(STORY_1, STORY_2), texts("rferl.txt", page));
  }

  @Test
  void aStoryInPlainDivsBeatsTeaserCardsMarkedUpAsArticles() throws Exception {
    String html =
        "<main><h1>Putin holds five hours of talks with US envoys</h1><div class=wysiwyg><p>"
            + STORY_1
            + "</p><p>"
            + STORY_2
            + "</p></div><div class=container><h2>Recommended Stories</h2><article class=card><h3>"
            + "<a href=/x>Trump says deal with Ukraine close</a></h3><p>US president says an agreement could come within weeks.</p>"
            + "</article></div></main>";
    assertEquals(List.of(STORY_1, STORY_2), texts("aljazeera.html", html));
  }

  @Test
  void paywallOffersPatronAppealsNewsletterFootersAndPressReleaseTailsAreNotPassages()
      throws Exception {
    String release =
        String.join(
            "\n",
            "Razom urges Congress to codify guarantees",
            STORY_1,
            STORY_2,
            "###",
            "About Razom",
            "Razom is a nonprofit organization founded in 2014 that stands with the people of Ukraine.");
    assertEquals(List.of(STORY_1, STORY_2), texts("release.txt", release));

    String email =
        String.join(
            "\n",
            "The Real Russia Today",
            STORY_1,
            STORY_2,
            "Forward this email to a friend (http://us7.forward-to-friend.com/forward?u=1)",
            "You are receiving this email because you opted in via our website.",
            "Add us to your address book (https://example.list-manage.com/vcard?u=1)",
            "You can update your preferences (https://x/profile) or unsubscribe from this list (https://x/unsubscribe).");
    assertEquals(List.of(STORY_1, STORY_2), texts("newsletter.txt", email));

    String html =
        "<article><h1>Zelensky to meet Trump</h1><p>"
            + STORY_1
            + "</p>"
            + "<p>Get a special offer: $1 a week for 52 weeks. Cancel anytime.</p>"
            + "<p>Journalists fight on their own frontline. Support Ukrainska Pravda or become our patron!</p>"
            + "<p>Watch the full interview in the video player above.</p><p>"
            + STORY_2
            + "</p>"
            + "<div class=\"site-footer\"><p>Ukrainska Pravda is the place where you will find the most up-to-date"
            + " information about the war. Follow us on Twitter.</p></div></article>";
    assertEquals(List.of(STORY_1, STORY_2), texts("paywall.html", html));
  }

  @Test
  void aReferenceWorkLosesItsCitationMarksBannersAndReferenceList() throws Exception {
    String html =
        "<main><h1>2025 peace plan</h1><table class=\"box ambox\"><tr><td>This article is about a current"
            + " event. The information may change rapidly as the event progresses.</td></tr></table>"
            + "<p>The plan was drafted by the Trump administration.<sup class=reference><a href=#c1>[1]</a></sup>"
            + " It was revised in Geneva.</p><h2>References</h2><ol class=references><li>^ Ravid, Barak (19 November 2025)."
            + " \"Scoop: Secret US-Russia plan\". Axios.</li></ol></main>";
    assertEquals(
        List.of("The plan was drafted by the Trump administration. It was revised in Geneva."),
        texts("wiki.html", html));
  }

  @Test
  void anInterviewersLongBoldQuestionHeadsTheAnswer() throws Exception {
    String question =
        "The original 28-point plan was widely seen as a list of Russian demands. Is the version you are"
            + " now discussing fundamentally different?";
    String html =
        "<article><h1>Interview with the foreign minister</h1><p><strong>What have you heard?</strong></p><p>"
            + STORY_1
            + "</p><p><strong>"
            + question
            + "</strong></p><p>"
            + STORY_2
            + "</p></article>";
    Article a = parse("interview.html", html);
    assertEquals(List.of(STORY_1, STORY_2), a.paragraphs().stream().map(Paragraph::text).toList());
    assertEquals(question, a.paragraphs().get(1).section());
  }

  @Test
  void aWordDocumentSavedAsAWebPageKeepsItsTitleAndLosesItsReviewersComments() throws Exception {
    String html =
        "<html><body><div class=WordSection1><p class=MsoTitle>Briefing note: the Geneva framework</p>"
            + "<h1>Summary</h1><p class=MsoNormal>"
            + STORY_1
            + "<span class=MsoCommentReference><a class=msocomanchor"
            + " href=\"#_msocom_1\">[MK1]</a></span></p><p class=MsoNormal>"
            + STORY_2
            + "</p></div>"
            + "<div style='mso-element:comment-list'><div style='mso-element:comment'><p class=MsoCommentText>"
            + "Olena, is 19 confirmed? The FT says 19 and Axios still says 28. Please check before this goes out.</p>"
            + "</div></div></body></html>";
    Article a = parse("briefing.html", html);
    assertEquals("Briefing note: the Geneva framework", a.title());
    assertEquals(List.of(STORY_1, STORY_2), a.paragraphs().stream().map(Paragraph::text).toList());
  }

  @Test
  void aPressReleaseIsTitledByItsHeadlineNotByItsReleaseNotice() throws Exception {
    Article a =
        parse(
            "release.txt",
            String.join(
                "\n",
                "FOR IMMEDIATE RELEASE",
                "Razom for Ukraine statement on the Berlin talks",
                STORY_1,
                STORY_2,
                "###"));
    assertEquals("Razom for Ukraine statement on the Berlin talks", a.title());
    assertEquals(List.of(STORY_1, STORY_2), a.paragraphs().stream().map(Paragraph::text).toList());
  }

  @Test
  void threeHashesEndAPressReleaseOnlyAboveItsAboutOrContactLines() throws Exception {
    String divided = String.join("\n", "Inside the Geneva talks", STORY_1, "###", STORY_2);
    assertEquals(List.of(STORY_1, STORY_2), texts("divided.txt", divided));
    String release =
        String.join(
            "\n",
            "Razom statement on the Berlin talks",
            STORY_1,
            "###",
            "Media contact: press@razom.example",
            STORY_2);
    assertEquals(List.of(STORY_1), texts("release.txt", release));
  }

  @Test
  void readersCommentsOutsideTheStoryArticleDoNotOutweighIt() throws Exception {
    StringBuilder comments = new StringBuilder();
    for (int i = 0; i < 8; i++)
      comments.append("<p>").append(STORY_3).append(" Reader ").append(i).append(" agrees.</p>");
    String html =
        "<body><article><h1>Witkoff and Kushner meet Putin</h1><p>"
            + STORY_1
            + "</p><p>"
            + STORY_2
            + "</p></article><div id=comments>"
            + comments
            + "</div><footer><p>"
            + STORY_3
            + "</p></footer></body>";
    assertEquals(List.of(STORY_1, STORY_2), texts("kremlin.html", html));
  }

  @Test
  void aTableWithAnEmptyCornerOrBoldHeadersIsLabelledAndANoteRowIsSkipped() throws Exception {
    String html =
        "<article><h1>How the plans compare</h1><p>"
            + STORY_1
            + "</p><table>"
            + "<tr><td></td><th>US plan</th><th>European plan</th></tr>"
            + "<tr><td>Army cap</td><td>600,000</td><td>800,000</td></tr>"
            + "<tr><td>NATO</td><td>Ruled out</td><td>Depends on consensus</td></tr>"
            + "<tr><td colspan=3>Source: texts seen by reporters</td></tr></table>"
            + "<table><thead><tr><td><b>Month</b></td><td><b>Drones</b></td></tr></thead>"
            + "<tr><td>October</td><td>5,298</td></tr><tr><td>November</td><td>5,444</td></tr></table></article>";
    assertEquals(
        List.of(
            STORY_1,
            "Army cap — US plan: 600,000; European plan: 800,000",
            "NATO — US plan: Ruled out; European plan: Depends on consensus",
            "October — Drones: 5,298",
            "November — Drones: 5,444"),
        texts("compare.html", html));
  }

  @Test
  void jekyllsPublishedSwitchIsNotADate() throws Exception {
    Article a =
        parse(
            "jekyll.md",
            "---\ntitle: Umerov briefs parliament\npublished: true\ndate: 2025-12-15\n---\n"
                + STORY_1);
    assertEquals("2025-12-15", a.published());
  }
}
