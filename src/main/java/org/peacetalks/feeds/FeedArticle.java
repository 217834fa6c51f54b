package org.peacetalks.feeds;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.peacetalks.corpus.Paragraph;

/**
 * An article made from a feed item, as it is stored: Markdown with its metadata as YAML front
 * matter (title, source, url, published), so that {@code index} rebuilds the same article from the
 * file, and answers cite the outlet, date and link.
 *
 * @param published ISO-8601, or null when neither the feed nor the page says
 */
record FeedArticle(
    String title, String source, String url, String published, List<Paragraph> paragraphs) {
  FeedArticle {
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(url, "url == null");
    paragraphs = List.copyOf(paragraphs);
  }

  /** The article's text alone (no metadata): what "the same story" is compared by. */
  String text() {
    StringBuilder out = new StringBuilder();
    for (Paragraph p : paragraphs) out.append(p.text()).append('\n');
    return out.toString();
  }

  byte[] markdown() {
    StringBuilder out = new StringBuilder("---\n");
    out.append("title: ").append(quoted(title)).append('\n');
    out.append("source: ").append(quoted(source)).append('\n');
    out.append("url: ").append(quoted(url)).append('\n');
    if (published != null) out.append("published: ").append(quoted(published)).append('\n');
    out.append("---\n\n");
    String section = null;
    for (Paragraph p : paragraphs) {
      if (p.section() != null && !p.section().equals(section)) {
        out.append("## ").append(oneLine(p.section())).append("\n\n");
      }
      section = p.section();
      out.append(oneLine(p.text())).append("\n\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /** A YAML double-quoted scalar: safe for colons, quotes and leading symbols. */
  private static String quoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : oneLine(s).toCharArray()) {
      if (c == '"' || c == '\\') out.append('\\').append(c);
      else if (c < 0x20) out.append(' ');
      else out.append(c);
    }
    return out.append('"').toString();
  }
}
