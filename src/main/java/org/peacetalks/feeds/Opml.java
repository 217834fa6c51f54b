package org.peacetalks.feeds;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * OPML, the file feed readers exchange subscriptions in: read with the same hardened parser as
 * feeds ({@link SafeXml}), written by hand (escaped). Every {@code outline} with an {@code xmlUrl}
 * is a feed, however deeply nested in folders.
 */
public final class Opml {
  /** A feed listed in an OPML file; {@code name} null when it has none. */
  public record Entry(String url, String name) {}

  private Opml() {}

  public static List<Entry> read(byte[] xml) throws FeedFormatException {
    Document doc;
    try {
      doc = SafeXml.parse(xml);
    } catch (SafeXml.UnsafeOrBrokenXmlException e) {
      throw new FeedFormatException(e.problem());
    }
    if (!"opml".equals(doc.getDocumentElement().getLocalName())
        && !"opml".equals(doc.getDocumentElement().getTagName())) {
      throw new FeedFormatException(FeedProblem.of(FeedProblem.Kind.NOT_OPML));
    }
    List<Entry> out = new ArrayList<>();
    NodeList outlines = doc.getElementsByTagNameNS("*", "outline");
    for (int i = 0; i < outlines.getLength(); i++) {
      Element e = (Element) outlines.item(i);
      String url = e.getAttribute("xmlUrl").strip();
      if (url.isEmpty()) continue;
      String name = e.getAttribute("title").strip();
      if (name.isEmpty()) name = e.getAttribute("text").strip();
      out.add(new Entry(url, name.isEmpty() ? null : name));
    }
    return out;
  }

  public static byte[] write(List<Feed> feeds) {
    StringBuilder out =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n"
                + "  <head><title>Peace Talks Bot feeds</title></head>\n  <body>\n");
    for (Feed f : feeds) {
      String name = escape(f.label());
      out.append("    <outline type=\"rss\" text=\"")
          .append(name)
          .append("\" title=\"")
          .append(name)
          .append("\" xmlUrl=\"")
          .append(escape(f.url()))
          .append("\"/>\n");
    }
    out.append("  </body>\n</opml>\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c < 0x20 ? ' ' : c);
      }
    }
    return out.toString();
  }
}
