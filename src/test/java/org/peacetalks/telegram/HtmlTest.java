package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void cutHighlightedKeepsShortTextAsItIs() {
    assertEquals("<b>Peace</b> &amp; talks", Html.cutHighlighted("<b>Peace</b> &amp; talks", 13));
  }

  @Test
  void cutHighlightedClosesBoldAndNeverSplitsAnEntity() {
    String html =
        "The <b>ceasefire</b> &amp; the <b>prisoner exchange</b> &lt;agreed&gt; in Geneva";
    for (int max = 2; max < TelegramHtml.textLength(html); max++) {
      String cut = Html.cutHighlighted(html, max);
      assertNull(TelegramHtml.problem(cut), max + ": " + cut);
      assertTrue(TelegramHtml.textLength(cut) <= max, max + ": " + cut);
      assertTrue(cut.endsWith("…"), cut);
    }
    assertEquals("The <b>ceasefire</b> &amp; the <b>prisoner</b>…", Html.cutHighlighted(html, 30));
  }
}
