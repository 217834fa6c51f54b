package org.peacetalks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the story is judged by what the page holds, not by names: widget words on the story's own
 * container, widgets that are big, page-wide wrappers, short pieces read together, any script.
 */
class PageEvidenceTest {
  private static final String S1 =
      "Negotiators from Kyiv and Washington met in Geneva on Sunday to revise the draft peace framework.";
  private static final String S2 =
      "The revised text drops the cap on Ukraine's army and leaves territorial questions to the two presidents.";
  private static final String S3 =
      "European officials said they had not been consulted on the changes before the meeting ended late at night.";
  private static final String S4 =
      "A second round is planned in Abu Dhabi next week, where Russian envoys are expected to respond.";

  private final ArticleParser parser = new ArticleParser(5_000_000);

  private List<String> texts(String html) throws UnreadableArticleException {
    return parse(html).paragraphs().stream().map(Paragraph::text).toList();
  }

  private Article parse(String html) throws UnreadableArticleException {
    return parser.parse("page.html", html.getBytes(StandardCharsets.UTF_8));
  }

  private static String p(String... texts) {
    StringBuilder sb = new StringBuilder();
    for (String t : texts) sb.append("<p>").append(t).append("</p>");
    return sb.toString();
  }

  @Test
  void aSidebarWordOnTheStorysOwnLayoutDoesNotVetoIt() throws Exception {
    String html =
        "<body><div class=\"panel-two-col-sidebar-right-mix\"><h1>Geneva talks</h1>"
            + p(S1, S2, S3)
            + "<div class=\"pane-sidebar\"><p><a href=/x>Donate now to defend our rights</a></p>"
            + "<p>Short teaser about a different campaign.</p></div></div></body>";
    assertEquals(List.of(S1, S2, S3), texts(html));
  }

  @Test
  void aPageBuilderWidgetHoldingTheStoryIsTheStory() throws Exception {
    String html =
        "<body><div class=\"elementor-widget elementor-widget-text-editor\"><div class=widget-container>"
            + p(S1, S2, S3, S4)
            + "</div></div><div class=\"elementor-widget share-buttons\"><a href=/f>Facebook</a></div></body>";
    assertEquals(List.of(S1, S2, S3, S4), texts(html));
  }

  @Test
  void aBlogWidgetOrASectionWithAdsHoldingTheStoryIsTheStory() throws Exception {
    String blogger =
        "<body><div class=\"widget Blog\" id=Blog1><h1>Geneva talks</h1>"
            + p(S1, S2, S3)
            + "</div>"
            + "<div class=\"widget Label\"><ul><li><a href=/l/a>Diplomacy</a></li><li><a href=/l/b>Ukraine</a></li></ul></div></body>";
    assertEquals(List.of(S1, S2, S3), texts(blogger));
    String ads =
        "<body><article><h1>Geneva talks</h1><section class=\"article-body--has-ads\">"
            + p(S1, S2, S3, S4)
            + "<div class=ad-slot>Advertisement</div></section></article></body>";
    assertEquals(List.of(S1, S2, S3, S4), texts(ads));
  }

  @Test
  void aPageThatIsOneListIsReadAndItsItemIsNoHeadline() throws Exception {
    String unfinished =
        "Negotiators from Kyiv and Washington met in Geneva on Sunday to revise the draft peace framework again";
    assertEquals(
        List.of(unfinished), texts("<body><ol><li><p>" + unfinished + "</p></li></ol></body>"));
  }

  @Test
  void sectionsWhoseNamesMentionSharingOrReadMoreStayWhenTheyHoldTheStory() throws Exception {
    String html =
        "<body><article><h1>Geneva talks</h1><div class=intro>"
            + p(S1)
            + "</div>"
            + "<div id=read-more-content>"
            + p(S2, S3)
            + "</div>"
            + "<section id=sharing-with-the-allies><h2>Sharing with the allies</h2>"
            + p(S4, S3.replace("European", "British"))
            + "</section>"
            + "<div class=\"entry-content no-share\"><div class=share><a href=/t>Tweet</a></div></div></article></body>";
    List<String> texts = texts(html);
    assertTrue(texts.containsAll(List.of(S1, S2, S3, S4)), texts.toString());
  }

  @Test
  void aStorySplitIntoSectionsOfOneClassKeepsItsShortSections() throws Exception {
    StringBuilder longPart = new StringBuilder();
    List<String> rounds = new java.util.ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      String round =
          "In round "
              + i
              + " of the talks the delegations compared their drafts line by line and agreed on nothing new.";
      rounds.add(round);
      longPart.append("<p>").append(round).append("</p>");
    }
    String teaser =
        "Other stories from this blog are listed here with a summary of what each one says about the news.";
    String html =
        "<body><div><section class=\"ef eg\">"
            + p(S1, S2, S3, S4)
            + "</section><hr>"
            + "<section class=\"ef eg\">"
            + longPart
            + "</section>"
            + "<div class=more-posts>"
            + p(teaser, teaser + " Two.", teaser + " Three.", teaser + " Four.")
            + "</div></div></body>";
    List<String> texts = texts(html);
    assertTrue(texts.containsAll(List.of(S1, S2, S3, S4)), texts.toString());
    assertTrue(texts.containsAll(rounds), texts.toString());
    assertTrue(texts.stream().noneMatch(t -> t.startsWith("Other stories")), texts.toString());
  }

  @Test
  void aBareDivBesideTheStoryIsNotTakenForAPartOfIt() throws Exception {
    StringBuilder story = new StringBuilder();
    for (int i = 1; i <= 25; i++) {
      story
          .append("<p>In round ")
          .append(i)
          .append(" of the talks the delegations compared their drafts line by line.</p>");
    }
    String html =
        "<body><div><div id=story>"
            + story
            + "</div>"
            + "<div id=column-two>"
            + p(
                "Please wait while the form loads for you.",
                "This feature is temporarily unavailable. Please try again later.",
                "Now check your email account on your phone to download the app.",
                "Send yourself a link to download the app today.")
            + "</div></div></body>";
    List<String> texts = texts(html);
    assertTrue(
        texts.stream().noneMatch(t -> t.contains("temporarily unavailable")), texts.toString());
  }

  @Test
  void aCaptionedGalleryIsDroppedHoweverBigItIs() throws Exception {
    StringBuilder gallery = new StringBuilder("<ul class=legends>");
    for (int i = 1; i <= 30; i++) {
      gallery
          .append("<li><h2><span>")
          .append(i)
          .append("/30</span> Market scene ")
          .append(i)
          .append("</h2>")
          .append(
              "<p>Shoppers crowd the stalls of a winter market in Lviv as prices of heating fuel rise again, number ")
          .append(i)
          .append(".</p></li>");
    }
    gallery.append("</ul>");
    String html =
        "<body><article><h1>Geneva talks</h1>" + gallery + p(S1, S2, S3) + "</article></body>";
    assertEquals(List.of(S1, S2, S3), texts(html));
  }

  @Test
  void aPageWideFormAHeaderAndANoscriptDoNotHideTheStory() throws Exception {
    String aspNet =
        "<body><form id=aspnetForm action=/default.aspx><div class=page><h1>Geneva talks</h1>"
            + p(S1, S2, S3)
            + "</div></form></body>";
    assertEquals(List.of(S1, S2, S3), texts(aspNet));
    String header =
        "<body><article><header><h1>Geneva talks</h1>"
            + p(S1)
            + "</header>"
            + p(S2, S3)
            + "</article></body>";
    assertEquals(List.of(S1, S2, S3), texts(header));
    String noscript =
        "<body><div id=app></div><noscript><h1>Geneva talks</h1>"
            + p(S1, S2)
            + "</noscript></body>";
    assertEquals(List.of(S1, S2), texts(noscript));
  }

  @Test
  void anEmptyOrTinyMainIsNotTakenForTheStory() throws Exception {
    String html =
        "<body><main><p>Loading…</p></main><div class=content><h1>Geneva talks</h1>"
            + p(S1, S2, S3)
            + "</div></body>";
    assertEquals(List.of(S1, S2, S3), texts(html));
  }

  @Test
  void aPageDrawnByScriptIsReadFromItsSchemaOrgArticleBody() throws Exception {
    String body = (S1 + "\n" + S2 + "\n" + S3 + "\n" + S4).replace("'", "\\u0027");
    String html =
        "<html><head><script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"Geneva talks\","
            + "\"articleBody\":\""
            + body.replace("\n", "\\n")
            + "\"}</script></head><body><div id=root>"
            + "<p>Please enable JavaScript to read this story in full.</p></div></body></html>";
    Article a = parse(html);
    assertEquals("Geneva talks", a.title());
    assertEquals(List.of(S1, S2, S3, S4), a.paragraphs().stream().map(Paragraph::text).toList());
  }

  @Test
  void linesWrappedByHandWithBreaksAreJoinedIntoTheirSentence() throws Exception {
    String html =
        "<body><article><h1>Geneva talks</h1><div>Negotiators from Kyiv and Washington met<br>"
            + "in Geneva on Sunday to revise<br>the draft peace framework.<br><br>"
            + S2
            + "</div></article></body>";
    assertEquals(List.of(S1, S2), texts(html));
  }

  @Test
  void aTableWhoseCellsWrapTheirTextInDivsIsRead() throws Exception {
    String html =
        "<body><h1>Geneva talks</h1><table><tr><td><div>"
            + S1
            + "</div></td></tr><tr><td><div>"
            + S2
            + "</div></td></tr><tr><td><div>"
            + S3
            + "</div></td></tr></table></body>";
    assertEquals(List.of(S1, S2, S3), texts(html));
  }

  @Test
  void chineseAndJapaneseParagraphsArePassages() throws Exception {
    String zh = "乌克兰和美国代表团周日在日内瓦举行会谈，讨论修改后的和平框架草案。";
    String zh2 = "欧洲官员表示，他们在会议结束前没有就这些修改进行磋商。";
    String ja = "ウクライナと米国の代表団は日曜日にジュネーブで会談し、和平案の修正を協議した。";
    assertEquals(
        List.of(zh, zh2),
        texts("<body><article><h1>日内瓦会谈</h1>" + p(zh, zh2) + "</article></body>"));
    assertEquals(
        List.of(ja), texts("<body><article><h1>ジュネーブ会談</h1>" + p(ja) + "</article></body>"));
  }

  @Test
  void chineseLinesWhoseClausesAreSetApartBySpacesArePassages() throws Exception {
    String zh = "乌克兰和美国代表团周日在日内瓦举行会谈，讨论修改后的和平框架草案。";
    String spaced = "代表团周日在日内瓦会谈 双方讨论修改后的草案";
    String ideographic = "欧洲官员表示没有被征求意见\u3000会议一直持续到深夜";
    String caption = "2013 日内瓦会谈";
    List<String> texts =
        texts(
            "<body><article><h1>日内瓦会谈</h1>"
                + p(zh, spaced, caption, ideographic)
                + "</article></body>");
    assertEquals(
        List.of(zh, spaced, ideographic.replace('\u3000', ' ')),
        texts); // the wide space read as a space
    assertTrue(TextShape.isSpacedCjkSentence(spaced));
    assertTrue(
        !TextShape.isSpacedCjkSentence("日内瓦 会谈") && !TextShape.isSpacedCjkSentence("代表团周日在日内瓦会谈"));
  }

  @Test
  void aPageOfShortLinesIsReadRatherThanRefused() throws Exception {
    String html =
        "<body><div><p>Talks resume in Geneva today</p><p>Delegations meet at nine in the morning</p>"
            + "<p>No statement expected before evening</p></div></body>";
    Article a = parse(html);
    assertTrue(
        a.paragraphs().stream()
            .anyMatch(x -> x.text().equals("Delegations meet at nine in the morning")),
        a.paragraphs().toString());
  }

  @Test
  void aPageWithNoReadableTextIsRefusedWithItsReason() {
    UnreadableArticleException e =
        assertThrows(
            UnreadableArticleException.class,
            () ->
                parse(
                    "<html><body><nav><a href=/>Home</a></nav><script>var x = 1;</script></body></html>"));
    assertEquals("no article text found", e.getMessage());
  }

  @Test
  void aHundredThousandDeepPageIsSkippedQuicklyWithItsReason() {
    String deep =
        "<html><body>" + "<div>".repeat(100_000) + S1 + "</div>".repeat(100_000) + "</body></html>";
    // A generous bound: the quadratic reading this guards against took minutes, not seconds.
    UnreadableArticleException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> assertThrows(UnreadableArticleException.class, () -> parse(deep)));
    assertEquals("too deeply nested to read", e.getMessage());
  }

  @Test
  void aDeepButReadablePageIsRead() throws Exception {
    int depth = HtmlArticleReader.MAX_DEPTH - 20;
    String html =
        "<html><body>"
            + "<div>".repeat(depth)
            + "<h1>Geneva talks</h1>"
            + p(S1, S2)
            + "</div>".repeat(depth)
            + "</body></html>";
    assertEquals(List.of(S1, S2), texts(html));
  }
}
