package org.peacetalks.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.w3c.dom.Document;

/**
 * RSS 0.9x, 1.0, 2.0 and Atom, by ROME. The XML is read first by {@link SafeXml}, so ROME only ever
 * sees a document with no DOCTYPE and no entity; relative links are resolved against the feed's own
 * address. Thread-safe.
 */
final class FeedParser {

  ParsedFeed parse(byte[] xml, URI feedUrl) throws FeedFormatException {
    Document doc;
    try {
      doc = SafeXml.parse(xml);
    } catch (SafeXml.UnsafeOrBrokenXmlException e) {
      throw new FeedFormatException(e.problem());
    }
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(doc);
    } catch (FeedException | IllegalArgumentException e) {
      throw new FeedFormatException(
          FeedProblem.withDetail(FeedProblem.Kind.NOT_A_FEED, String.valueOf(e.getMessage())));
    }
    List<FeedItem> items = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      String link = link(e, feedUrl);
      if (link == null) continue;
      Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      items.add(
          new FeedItem(
              link, strip(e.getTitle()), when == null ? null : when.toInstant(), content(e)));
    }
    return new ParsedFeed(strip(feed.getTitle()), items);
  }

  /**
   * The entry's link, else a GUID that is a URL; resolved against the feed; null when none is
   * http(s).
   */
  private static String link(SyndEntry e, URI base) {
    for (String candidate : new String[] {e.getLink(), e.getUri()}) {
      if (candidate == null || candidate.isBlank()) continue;
      try {
        URI u = base.resolve(candidate.strip());
        String scheme = u.getScheme();
        if (scheme != null
            && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
            && u.getHost() != null) {
          return u.toString();
        }
      } catch (IllegalArgumentException bad) {
        // not a URL: try the next
      }
    }
    return null;
  }

  /**
   * Full content when the feed carries it (content:encoded, Atom content), else the description.
   */
  private static String content(SyndEntry e) {
    String best = "";
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null && c.getValue().length() > best.length()) best = c.getValue();
    }
    if (e.getDescription() != null
        && e.getDescription().getValue() != null
        && e.getDescription().getValue().length() > best.length()) {
      best = e.getDescription().getValue();
    }
    return best;
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
