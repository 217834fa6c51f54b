package org.peacetalks.telegram.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peacetalks.corpus.Paragraph;
import org.peacetalks.search.Answer;
import org.peacetalks.search.ArticleSummary;
import org.peacetalks.search.Passage;
import org.peacetalks.telegram.Html;
import org.peacetalks.telegram.TelegramHtml;

public class AnswerFormatterTest {
  private final AnswerFormatter formatter = new AnswerFormatter();

  /** A passage whose answering sentence is not known: its first sentence is taken. */
  static Passage passage(
      int rank,
      String articleId,
      String title,
      String source,
      String url,
      String published,
      int paragraph,
      String section,
      String text,
      String highlighted,
      double score) {
    return new Passage(
        rank,
        articleId,
        title,
        source,
        url,
        published,
        paragraph,
        section,
        text,
        highlighted,
        score,
        Passage.sentencesOf(text, highlighted),
        0);
  }

  static Passage passage(int rank, String title, String text, String highlighted) {
    return passage(
        rank,
        "00" + rank + "_abc",
        title,
        "Source & Co",
        "https://example.org/a?x=1&y=\"2\"",
        "2025-12-02T10:00:00Z",
        4 + rank,
        "Talks <live>",
        text,
        highlighted,
        10.0 / rank);
  }

  public static Passage plain(int rank, String text) {
    return passage(rank, "Title " + rank, text, Html.escape(text));
  }

  @Test
  void escapesUserQuestionAndArticleText() {
    String question = "<b> & <script>alert(1)</script> 1 < 2";
    Passage p =
        passage(
            1,
            "Putin <& Trump>",
            "Talks & <script>x</script>, 1 < 2",
            "<b>Talks</b> &amp; &lt;script&gt;x&lt;/script&gt;, 1 &lt; 2");
    String html =
        formatter.answer(new Answer(question, Answer.Status.ANSWERED, List.of(p), null), true);

    assertNull(TelegramHtml.problem(html), html);
    assertTrue(
        html.contains("&lt;b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt; 1 &lt; 2"), html);
    assertTrue(html.contains("Putin &lt;&amp; Trump&gt;"), html);
    assertTrue(html.contains("<b>Talks</b> &amp;"), "matched words stay bold: " + html);
    assertTrue(html.contains("href=\"https://example.org/a?x=1&amp;y=&quot;2&quot;\""), html);
    assertFalse(html.contains("<script>"), html);
  }

  @Test
  void showsTheAnswerThenOutletDateAndHeadlineWithTheLinkAsTapTarget() {
    String html =
        formatter.answer(
            new Answer(
                "q", Answer.Status.ANSWERED, List.of(plain(1, "text"), plain(2, "more")), null));
    assertTrue(html.startsWith("<blockquote>text</blockquote>"), html);
    assertTrue(
        html.contains(
            "<a href=\"https://example.org/a?x=1&amp;y=&quot;2&quot;\">Source &amp; Co</a></b> · 2 Dec 2025 · <i>Title 1</i>"),
        html);
    assertTrue(html.contains("\n2. more — <a href="), "the next passage as one line: " + html);
    assertFalse(html.contains("paragraph"), html);
  }

  @Test
  void anArticleWithoutOutletShowsItsHeadlineAndWhenItWasAddedNeverItsFileName() {
    java.time.Clock clock =
        java.time.Clock.fixed(
            java.time.Instant.parse("2026-12-05T00:00:00Z"), java.time.ZoneOffset.UTC);
    AnswerFormatter withDates =
        new AnswerFormatter(
            AnswerFormatter.MAX_LENGTH,
            clock,
            id -> java.time.Instant.parse("2026-12-03T06:49:37Z"));
    Passage p =
        passage(
            1,
            "added-20261203-064937-3a576b96",
            "Ceasefire <draft> agreed",
            "added-20261203-064937-3a576b96.txt",
            null,
            null,
            2,
            null,
            "A ceasefire draft was agreed.",
            "A <b>ceasefire</b> draft was agreed.",
            1.0);
    String html = withDates.answer(new Answer("q", Answer.Status.ANSWERED, List.of(p), null));
    assertTrue(html.contains("— <i>Ceasefire &lt;draft&gt; agreed</i> · added 3 Dec"), html);
    assertFalse(html.contains("added-2026"), html);
    assertNull(TelegramHtml.problem(html), html);
  }

  @Test
  void equallyGoodPassagesComeNewestFirst() {
    Passage older =
        passage(
            1, "a", "Old", "Wire", null, "2025-11-20", 1, null, "Old figure.", "Old figure.", 5.0);
    Passage newer =
        passage(
            2, "b", "New", "Wire", null, "2025-11-28", 1, null, "New figure.", "New figure.", 4.95);
    Passage weak =
        passage(3, "c", "Newest", "Wire", null, "2025-12-01", 1, null, "Weak.", "Weak.", 2.0);
    String html =
        formatter.answer(
            new Answer("q", Answer.Status.ANSWERED, List.of(older, newer, weak), null));
    assertTrue(
        html.startsWith("<blockquote>New figure.</blockquote>— <b>Wire</b> · 28 Nov 2025"), html);
    assertTrue(
        html.indexOf("1. Old figure.") < html.indexOf("3. Weak."),
        "a clearly weaker passage keeps its place: " + html);
  }

  @Test
  void neverExceeds4096CharactersAndNeverCutsInsideATag() {
    List<Passage> passages = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      StringBuilder text = new StringBuilder();
      StringBuilder hl = new StringBuilder();
      for (int w = 0; w < 400; w++) {
        text.append("peace & talks < ");
        hl.append("<b>peace</b> &amp; talks &lt; ");
      }
      passages.add(passage(i, "Long " + i, text.toString(), hl.toString()));
    }
    String html =
        formatter.answer(new Answer("q".repeat(1000), Answer.Status.ANSWERED, passages, null));
    assertTrue(html.length() <= AnswerFormatter.MAX_LENGTH, "length " + html.length());
    assertNull(TelegramHtml.problem(html), html);
    assertTrue(html.contains("\n5. "), "all passages kept, shortened: " + html);
    assertTrue(TelegramHtml.textLength(html) <= AnswerFormatter.SCREEN, html);
  }

  @Test
  void dropsPassagesWhenEvenShortenedTheyDoNotFit() {
    AnswerFormatter small = new AnswerFormatter(600);
    List<Passage> passages = new ArrayList<>();
    for (int i = 1; i <= 10; i++) passages.add(plain(i, "word ".repeat(100)));
    String html = small.answer(new Answer("q", Answer.Status.ANSWERED, passages, null));
    assertTrue(html.length() <= 600, "length " + html.length());
    assertNull(TelegramHtml.problem(html), html);
    assertTrue(html.contains("word word"), html);
  }

  @Test
  void noAnswerIsShortAndFriendlyWithExamples() {
    String html =
        formatter.noAnswer(
            new Answer(
                "weather <today>?",
                Answer.Status.NO_ANSWER,
                List.of(),
                Answer.Reason.NOTHING_FOUND));
    assertNull(TelegramHtml.problem(html));
    assertTrue(html.startsWith("I found nothing in the articles about that."), html);
    for (String q : AnswerFormatter.EXAMPLES) assertTrue(html.contains(q), html);
    assertTrue(html.length() < 500);
  }

  @Test
  void contextMarksThePassageAndEscapes() {
    Passage p = plain(1, "middle");
    String html =
        formatter.context(
            p,
            List.of(
                new Paragraph(4, null, "before <x>"),
                new Paragraph(5, null, "middle & more"),
                new Paragraph(6, null, "after")));
    assertNull(TelegramHtml.problem(html), html);
    assertTrue(html.contains("<b>¶ 5</b> middle &amp; more"), html);
    assertTrue(html.contains("¶ 4 before &lt;x&gt;"), html);
  }

  @Test
  void sourcesListStaysWithinTheLimit() {
    List<ArticleSummary> many = new ArrayList<>();
    for (int i = 0; i < 500; i++)
      many.add(
          new ArticleSummary(
              "id" + i, "Title <" + i + ">", "Src & " + i, "https://e.org/" + i, null, 9));
    String html = formatter.sources(many);
    assertTrue(html.length() <= AnswerFormatter.MAX_LENGTH);
    assertNull(TelegramHtml.problem(html), html);
    assertTrue(html.contains("more."), html.substring(html.length() - 50));
  }

  @Test
  void helpEscapesAndListsCommands() {
    String html =
        formatter.help(
            "Bot_<x>", List.of("/ask – Ask <here>"), List.of("/subscribe – Daily"), List.of());
    assertNull(TelegramHtml.problem(html), html);
    assertTrue(html.contains("/ask – Ask &lt;here&gt;"));
    assertTrue(html.contains("group's admins") && html.contains("/subscribe – Daily"), html);
    assertFalse(html.contains("Bot admins"), html);
    assertEquals(3, AnswerFormatter.EXAMPLES.size());
  }

  @Test
  void randomHostileTextAlwaysGivesValidHtmlWithinTheLimit() {
    java.util.Random random = new java.util.Random(42);
    String alphabet = "<>&\"'ab c/;#1🕊é\n";
    for (int round = 0; round < 300; round++) {
      List<Passage> passages = new ArrayList<>();
      int n = 1 + random.nextInt(6);
      for (int i = 1; i <= n; i++) {
        StringBuilder text = new StringBuilder();
        int len = random.nextInt(random.nextBoolean() ? 200 : 3000);
        int[] symbols = alphabet.codePoints().toArray();
        for (int k = 0; k < len; k++) text.appendCodePoint(symbols[random.nextInt(symbols.length)]);
        String t = text.toString();
        String hl = Html.escape(t).replace("ab", "<b>ab</b>");
        passages.add(
            passage(i, "id", t.isEmpty() ? "t" : Html.cut(t, 300), t, t, t, i, t, t, hl, 1));
      }
      String html =
          formatter.answer(
              new Answer(
                  random.nextBoolean() ? "<q> & 1 < 2" : "x".repeat(random.nextInt(5000)),
                  Answer.Status.ANSWERED,
                  passages,
                  null));
      assertTrue(html.length() <= AnswerFormatter.MAX_LENGTH, "length " + html.length());
      assertNull(TelegramHtml.problem(html), html);
      for (int i = 0; i < html.length(); i++) {
        char c = html.charAt(i);
        if (Character.isHighSurrogate(c))
          assertTrue(
              i + 1 < html.length() && Character.isLowSurrogate(html.charAt(++i)), "split emoji");
        else assertFalse(Character.isLowSurrogate(c), "split emoji");
      }
    }
  }
}
