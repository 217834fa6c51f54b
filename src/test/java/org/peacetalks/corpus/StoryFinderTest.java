package org.peacetalks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StoryFinderTest {
  /** The widget words as one pattern: what the token-by-token test must agree with. */
  private static final Pattern WIDGET =
      Pattern.compile(
          "(?i)(^|[\\s_-])(cookie|consent|gdpr|banner|share|sharing|social|related|read-?more|"
              + "newsletter|subscribe|comments?|byline|author|promo|advert|ads?|sponsor|caption|"
              + "breadcrumbs?|tags|widget|sidebar|popup|modal|meta|footer)([\\s_-]|$)");

  private static final List<String> PIECES =
      List.of(
          "read",
          "more",
          "readmore",
          "share",
          "shares",
          "ad",
          "ads",
          "add",
          "meta",
          "metadata",
          "comment",
          "comments",
          "tags",
          "tag",
          "entry",
          "content",
          "sidebar",
          "x",
          "",
          "-",
          "_",
          " ",
          "\t",
          "--",
          "elementor",
          "widget",
          "breadcrumb",
          "cookie",
          "sharing");

  @Test
  void widgetWordsAreFoundAsThePatternFindsThem() {
    Random random = new Random(15);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(6);
      for (int j = 0; j < n; j++) sb.append(PIECES.get(random.nextInt(PIECES.size())));
      String marks = sb.toString();
      assertEquals(
          WIDGET.matcher(marks).find(), StoryFinder.hasWidgetWord(marks), () -> "'" + marks + "'");
    }
  }
}
