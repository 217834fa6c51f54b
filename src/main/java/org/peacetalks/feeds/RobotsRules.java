package org.peacetalks.feeds;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt of the sites article pages are fetched from (RFC 9309, by crawler-commons), read once
 * a day per site. A missing robots.txt (4xx) allows everything; one that cannot be read (5xx,
 * timeout) disallows the site until it is read again, as the RFC asks. Thread-safe.
 */
final class RobotsRules {
  static final Duration KEEP = Duration.ofHours(24);
  static final Duration RETRY = Duration.ofHours(1);
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, Entry> bySite = new ConcurrentHashMap<>();
  private final String agent;
  private final Clock clock;

  private record Entry(BaseRobotRules rules, Instant until) {}

  /** Reads a site's robots.txt: the status and body, or a failure. */
  interface Reader {
    /**
     * @return the status (200, 404, …) and body; a negative status when it could not be fetched
     */
    Response read(String robotsUrl);
  }

  record Response(int status, byte[] body) {}

  /**
   * @param agent the bot's product token, lower case (matched against User-agent lines)
   */
  RobotsRules(String agent, Clock clock) {
    this.agent = agent;
    this.clock = clock;
  }

  boolean allowed(URI page, Reader reader) {
    String site = page.getScheme() + "://" + page.getRawAuthority();
    Instant now = clock.instant();
    Entry e = bySite.get(site);
    if (e == null || now.isAfter(e.until())) {
      String robotsUrl = site + "/robots.txt";
      Response r = reader.read(robotsUrl);
      BaseRobotRules rules;
      if (r.status() == 200) {
        rules = parser.parseContent(robotsUrl, r.body(), "text/plain", List.of(agent));
      } else {
        rules = parser.failedFetch(r.status() < 0 ? 503 : r.status());
      }
      // A robots.txt that could not be read is asked again sooner: the failure may be passing.
      boolean answered = r.status() >= 200 && r.status() < 500;
      e = new Entry(rules, now.plus(answered ? KEEP : RETRY));
      bySite.put(site, e);
    }
    return e.rules().isAllowed(page.toString());
  }
}
