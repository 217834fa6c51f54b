package org.peacetalks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.peacetalks.wording.Texts;

class DigestFormatterTest {
  static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
  static final Instant NOW = Instant.parse("2026-11-22T07:00:00Z");
  final DigestFormatter formatter = new DigestFormatter(KYIV);

  static Digest.Item item(String id, String title, String lead) {
    return new Digest.Item(
        id,
        title,
        "Example News",
        "https://example.org/" + id + "?a=1&b=2",
        null,
        NOW.minus(Duration.ofHours(3)),
        lead,
        title,
        List.of());
  }

  static Digest digest(List<Digest.Item> items, int more) {
    return new Digest(NOW.minus(Duration.ofHours(24)), NOW, items, more);
  }

  @Test
  void rendersTitleSourceDateLeadAndHowToAsk() {
    Digest.Item a =
        new Digest.Item(
            "a",
            "Envoys meet in Moscow",
            "Reuters",
            "https://example.org/a",
            "2026-11-21T10:00:00Z",
            NOW,
            "U.S. envoys met Russian officials.",
            "Envoys meet in Moscow",
            List.of());
    String html = formatter.html(digest(List.of(a), 0));
    assertEquals(
        """
        <b>Peace talks digest</b>
        1 new article since 21 Nov, 09:00

        1. <b><a href="https://example.org/a">Envoys meet in Moscow</a></b>
        <i>Reuters</i> · 21 Nov 2026
        U.S. envoys met Russian officials.
        Ask: <code>/ask Envoys meet in Moscow</code>""",
        html);
  }

  @Test
  void theFrameIsInTheReadersLanguageWithItsPluralsAndMonths() {
    Digest.Item a =
        new Digest.Item(
            "a",
            "Envoys meet in Moscow",
            "Reuters",
            "https://example.org/a",
            "2026-11-21T10:00:00Z",
            NOW,
            "U.S. envoys met Russian officials.",
            "Envoys meet in Moscow",
            List.of());
    Digest.Item undated =
        new Digest.Item("b", "Talks resume", null, null, null, NOW, "", "Talks resume", List.of());
    String uk = formatter.html(digest(List.of(a, undated), 0), Texts.forLanguage("uk"));
    assertTrue(
        uk.startsWith("<b>Дайджест мирних переговорів</b>\n2 нові статті з 21 листопада, 09:00\n"),
        uk);
    assertTrue(uk.contains("<i>Reuters</i> · 21 листопада 2026\n"), uk);
    assertTrue(uk.contains("додано 22 листопада 2026\n"), uk);
    assertTrue(uk.contains("Запитати: <code>/ask Envoys meet in Moscow</code>"), uk);
    String ru = formatter.html(digest(List.of(a), 7), Texts.forLanguage("ru"));
    assertTrue(
        ru.startsWith("<b>Дайджест мирных переговоров</b>\n8 новых статей с 21 ноября, 09:00\n"),
        ru);
    assertTrue(ru.endsWith("…и ещё 7. Все статьи — в /sources."), ru);
    String empty = formatter.html(digest(List.of(), 0), Texts.forLanguage("ru"));
    assertEquals("<b>Дайджест мирных переговоров</b>\nНовых статей с 21 ноября, 09:00 нет.", empty);
    assertOnlyOurTags(uk);
  }

  @Test
  void escapesEveryDynamicText() {
    Digest.Item evil =
        new Digest.Item(
            "e",
            "Tom & Jerry <script>",
            "A<b>",
            "https://x.org/?q=\"1\"&r=<2>",
            "not-a-date-at-all",
            NOW,
            "1 < 2 && 3 > 2",
            "Tom & Jerry <script>",
            List.of());
    String html = formatter.html(digest(List.of(evil), 0));
    assertTrue(html.contains("Tom &amp; Jerry &lt;script&gt;"), html);
    assertTrue(html.contains("<i>A&lt;b&gt;</i>"), html);
    assertTrue(html.contains("href=\"https://x.org/?q=&quot;1&quot;&amp;r=&lt;2&gt;\""), html);
    assertTrue(html.contains("1 &lt; 2 &amp;&amp; 3 &gt; 2"), html);
    assertTrue(html.contains("not-a-date-at-all"), html);
    assertOnlyOurTags(html);
  }

  @Test
  void nonHttpLinksAreNotLinked() {
    Digest.Item js =
        new Digest.Item(
            "j", "Title", null, "javascript:alert(1)", null, NOW, "Lead.", "Title", List.of());
    String html = formatter.html(digest(List.of(js), 0));
    assertFalse(html.contains("href"), html);
    assertTrue(html.contains("added 22 Nov 2026"), html);
  }

  @Test
  void hugeLinksAreLeftOut() {
    Digest.Item big =
        new Digest.Item(
            "u",
            "Title",
            null,
            "https://example.org/" + "x".repeat(5000),
            null,
            NOW,
            "Lead.",
            "Title",
            List.of());
    String html = formatter.html(digest(List.of(big), 0));
    assertFalse(html.contains("href"), html);
    assertTrue(html.contains("1. <b>Title</b>"), html);
  }

  @Test
  void saysHowManyMoreThereAre() {
    String html = formatter.html(digest(List.of(item("a", "A", "Lead a.")), 7));
    assertTrue(html.startsWith("<b>Peace talks digest</b>\n8 new articles since"), html);
    assertTrue(html.endsWith("…and 7 more. /sources lists every article."), html);
  }

  @Test
  void neverLongerThanTelegramAllowsAndCountsWhatDidNotFit() {
    List<Digest.Item> items = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      items.add(
          item(
              "id" + i,
              ("Long & winding title " + i + " ").repeat(9).substring(0, DigestBuilder.MAX_TITLE),
              ("A <lead> sentence & more " + i + ". ")
                  .repeat(12)
                  .substring(0, DigestBuilder.MAX_LEAD)));
    }
    String html = formatter.html(digest(items, 30));
    assertTrue(html.length() <= DigestFormatter.MAX_MESSAGE, "length " + html.length());
    int shown = count(html, Pattern.compile("(?m)^\\d+\\. <b>"));
    assertTrue(shown >= 3 && shown < 50, "shown " + shown);
    assertTrue(
        html.endsWith("…and " + (80 - shown) + " more. /sources lists every article."),
        html.substring(html.length() - 80));
    assertOnlyOurTags(html);
  }

  @Test
  void emptyDigestSaysNothingNew() {
    assertEquals(
        "<b>Peace talks digest</b>\nNothing new in the articles since 21 Nov, 09:00.",
        formatter.html(digest(List.of(), 0)));
  }

  @Test
  void plainTextForTheCommandLine() {
    String text = formatter.plainText(digest(List.of(item("a", "Tom & Jerry", "Lead <one>.")), 2));
    assertEquals(
        """
        Peace talks digest
        3 new articles since 21 Nov, 09:00

        1. Tom & Jerry <https://example.org/a?a=1&b=2>
        Example News · added 22 Nov 2026
        Lead <one>.
        Ask: /ask Tom & Jerry

        …and 2 more. /sources lists every article.""",
        text);
  }

  @Test
  void oneStoryFromSeveralOutletsNamesTheOthersLinked() {
    Digest.Item story =
        new Digest.Item(
            "a",
            "Envoys meet in Moscow",
            "Reuters",
            "https://example.org/a",
            "2026-11-21",
            NOW,
            "U.S. envoys met Russian officials.",
            "Envoys meet in Moscow",
            List.of(
                new Digest.Outlet("b", "AP & Co", "https://ap.example/b?x=1&y=2"),
                new Digest.Outlet("c", "Kyiv Briefing", null)));
    Digest d = digest(List.of(story, item("z", "Another story", "Lead z.")), 0);
    String html = formatter.html(d);
    assertTrue(
        html.startsWith("<b>Peace talks digest</b>\n4 new articles since"),
        "each outlet's article counts: " + html);
    assertTrue(
        html.contains(
            """
        <i>Reuters</i> · 21 Nov 2026
        Also reported by <a href="https://ap.example/b?x=1&amp;y=2">AP &amp; Co</a>, Kyiv Briefing
        U.S. envoys met Russian officials."""),
        html);
    assertTrue(html.contains("\n2. <b>"), "the other story is the second entry: " + html);
    assertOnlyOurTags(html);
    assertTrue(
        formatter
            .plainText(d)
            .contains("Also reported by AP & Co <https://ap.example/b?x=1&y=2>, Kyiv Briefing\n"));
  }

  @Test
  void manyOutletsAreCountedPastTheFirstFewAndTheMessageStaysWithinTheLimit() {
    List<Digest.Item> items = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      List<Digest.Outlet> outlets = new ArrayList<>();
      for (int k = 0; k < 8; k++) {
        outlets.add(
            new Digest.Outlet(
                "o" + i + "-" + k,
                ("Outlet & Partners " + k + " ").repeat(6).substring(0, DigestBuilder.MAX_SOURCE),
                "https://outlet" + k + ".example/" + "p".repeat(400) + "?story=" + i));
      }
      items.add(
          item(
                  "id" + i,
                  ("Long & winding title " + i + " ")
                      .repeat(9)
                      .substring(0, DigestBuilder.MAX_TITLE),
                  ("A <lead> sentence & more " + i + ". ")
                      .repeat(12)
                      .substring(0, DigestBuilder.MAX_LEAD))
              .withAlsoReportedBy(outlets));
    }
    String html = formatter.html(digest(items, 5));
    assertTrue(html.length() <= DigestFormatter.MAX_MESSAGE, "length " + html.length());
    int shown = count(html, Pattern.compile("(?m)^\\d+\\. <b>"));
    assertTrue(shown >= 1, html);
    assertTrue(
        html.contains(" and 3 more\n"), "outlets past " + DigestFormatter.MAX_OUTLETS + " counted");
    assertTrue(
        html.endsWith("…and " + (30 * 9 + 5 - shown * 9) + " more. /sources lists every article."),
        html.substring(html.length() - 80));
    assertOnlyOurTags(html);
  }

  private static int count(String s, Pattern p) {
    Matcher m = p.matcher(s);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  /** Every '<' starts one of the tags the formatter writes: nothing from the data became markup. */
  private static void assertOnlyOurTags(String html) {
    Matcher m = Pattern.compile("<[^>]*>").matcher(html);
    while (m.find()) {
      assertTrue(
          m.group().matches("</?(b|i|code)>|<a href=\"[^\"<>]*\">|</a>"),
          "unexpected markup " + m.group());
    }
  }
}
