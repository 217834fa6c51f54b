package org.peacetalks.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTest {
  static final URI BASE = URI.create("https://news.example/feeds/world.xml");
  final FeedParser parser = new FeedParser();

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsRss2WithFullContentAndResolvesRelativeLinks() throws Exception {
    String rss =
        "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
            + "<channel><title>World News</title><link>https://news.example/</link><description>x</description>"
            + "<item><title>Talks resume</title><link>/2025/talks-resume</link><description>Short teaser</description>"
            + "<content:encoded><![CDATA[<p>The full story of the talks, much longer than the teaser.</p>]]></content:encoded>"
            + "<pubDate>Tue, 02 Dec 2025 10:00:00 GMT</pubDate></item>"
            + "<item><title>No link here</title><description>dropped</description></item>"
            + "</channel></rss>";
    ParsedFeed feed = parser.parse(utf8(rss), BASE);
    assertEquals("World News", feed.title());
    assertEquals(1, feed.items().size(), "an item without a link is left out");
    FeedItem item = feed.items().get(0);
    assertEquals("https://news.example/2025/talks-resume", item.link());
    assertEquals("Talks resume", item.title());
    assertEquals(Instant.parse("2025-12-02T10:00:00Z"), item.published());
    assertTrue(
        item.content().contains("full story"),
        "full content wins over the teaser: " + item.content());
  }

  @Test
  void readsAtomAndRss1() throws Exception {
    String atom =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
            + "<title>Atom Wire</title><id>urn:x</id><updated>2025-12-02T09:00:00Z</updated>"
            + "<entry><title>Envoys meet</title><id>urn:y</id><link rel=\"alternate\" href=\"https://wire.example/envoys\"/>"
            + "<published>2025-12-01T08:30:00Z</published><updated>2025-12-02T09:00:00Z</updated>"
            + "<summary>Envoys met in Geneva.</summary></entry></feed>";
    ParsedFeed a = parser.parse(utf8(atom), BASE);
    assertEquals("Atom Wire", a.title());
    assertEquals("https://wire.example/envoys", a.items().get(0).link());
    assertEquals(Instant.parse("2025-12-01T08:30:00Z"), a.items().get(0).published());
    assertEquals("Envoys met in Geneva.", a.items().get(0).content());

    String rss1 =
        "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
            + " xmlns=\"http://purl.org/rss/1.0/\"><channel rdf:about=\"https://r.example/\"><title>RDF News</title>"
            + "<link>https://r.example/</link><description>d</description></channel>"
            + "<item rdf:about=\"https://r.example/1\"><title>One</title><link>https://r.example/1</link>"
            + "<description>First.</description></item></rdf:RDF>";
    ParsedFeed r = parser.parse(utf8(rss1), BASE);
    assertEquals("RDF News", r.title());
    assertEquals("https://r.example/1", r.items().get(0).link());
  }

  @Test
  void anExternalEntityIsRefusedAndLeaksNothing(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-TOKEN-123");
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>"
            + "<rss version=\"2.0\"><channel><title>&xxe;</title><link>https://x.example/</link><description>d</description>"
            + "<item><title>&xxe;</title><link>https://x.example/1</link><description>&xxe;</description></item>"
            + "</channel></rss>";
    FeedFormatException e =
        assertThrows(FeedFormatException.class, () -> parser.parse(utf8(xxe), BASE));
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
  }

  @Test
  void billionLaughsIsRefusedAtOnce() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    String prev = "lol";
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) dtd.append('&').append(prev).append(';');
      dtd.append("\">");
      prev = "lol" + i;
    }
    dtd.append("]>");
    String bomb =
        "<?xml version=\"1.0\"?>"
            + dtd
            + "<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>";
    long start = System.nanoTime();
    FeedFormatException e =
        assertThrows(FeedFormatException.class, () -> parser.parse(utf8(bomb), BASE));
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused before any expansion");
  }

  @Test
  void notAFeedIsAReadableError() {
    FeedFormatException html =
        assertThrows(
            FeedFormatException.class,
            () -> parser.parse(utf8("<html><body><p>Hello</p></body></html>"), BASE));
    assertTrue(html.getMessage().startsWith("not an RSS or Atom feed"), html.getMessage());
    FeedFormatException broken =
        assertThrows(FeedFormatException.class, () -> parser.parse(utf8("<rss><channel>"), BASE));
    assertTrue(broken.getMessage().startsWith("not well-formed XML"), broken.getMessage());
  }

  @Test
  void opmlIsReadFromNestedOutlinesAndWrittenBack(@TempDir Path dir) throws Exception {
    String opml =
        "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>mine</title></head><body>"
            + "<outline text=\"News\"><outline type=\"rss\" text=\"Wire &amp; Co\" xmlUrl=\"https://wire.example/rss\"/>"
            + "<outline type=\"rss\" title=\"Atom Wire\" xmlUrl=\"https://atom.example/feed\"/></outline>"
            + "<outline text=\"no feed\"/></body></opml>";
    List<Opml.Entry> entries = Opml.read(utf8(opml));
    assertEquals(
        List.of(
            new Opml.Entry("https://wire.example/rss", "Wire & Co"),
            new Opml.Entry("https://atom.example/feed", "Atom Wire")),
        entries);

    Feed f =
        new Feed(
            1,
            "https://wire.example/rss?a=1&b=2",
            "Wire & \"Co\"",
            false,
            null,
            null,
            null,
            null,
            null,
            0,
            null,
            0,
            0);
    List<Opml.Entry> back = Opml.read(Opml.write(List.of(f)));
    assertEquals(
        List.of(new Opml.Entry("https://wire.example/rss?a=1&b=2", "Wire & \"Co\"")), back);

    Path secret = Files.writeString(dir.resolve("s.txt"), "SECRET");
    String evil =
        "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]>"
            + "<opml version=\"2.0\"><body><outline text=\"&x;\" xmlUrl=\"https://e.example/&x;\"/></body></opml>";
    FeedFormatException e = assertThrows(FeedFormatException.class, () -> Opml.read(utf8(evil)));
    assertFalse(e.getMessage().contains("SECRET"));
  }
}
