package org.peacetalks.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code feeds:} settings. {@code feeds:} is either a list of feeds, or a mapping with {@code
 * sources} (that list), {@code pollInterval}, {@code maxAge}, {@code relevance} and {@code
 * allowPrivate}. A feed is a URL, or {@code {url: …, name: …}}. {@code BOT_FEEDS} (comma-separated
 * URLs) adds to the list; a URL listed twice counts once.
 */
final class FeedSettings {
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");
  static final Duration MIN_POLL_INTERVAL = Duration.ofSeconds(1);

  private FeedSettings() {}

  static BotConfig.Feeds read(JsonNode node, String where, Map<String, String> env)
      throws ConfigException {
    BotConfig.Feeds defaults = BotConfig.Feeds.none();
    JsonNode list = node.isArray() ? node : node.path("sources");
    if (!node.isMissingNode() && !node.isNull() && !node.isArray() && !node.isObject()) {
      throw new ConfigException(
          "feeds in " + where + " must be a list of feed URLs or a mapping with sources: [...]");
    }
    Map<String, BotConfig.FeedSource> sources = new LinkedHashMap<>();
    if (!list.isMissingNode() && !list.isNull()) {
      if (!list.isArray())
        throw new ConfigException("feeds.sources in " + where + " must be a list of feed URLs");
      for (JsonNode item : list) {
        BotConfig.FeedSource source = source(item, "feeds in " + where);
        sources.putIfAbsent(source.url(), source);
      }
    }
    String fromEnv = env.get(ConfigLoader.ENV_FEEDS);
    if (fromEnv != null) {
      for (String part : fromEnv.split(",")) {
        if (part.isBlank()) continue;
        String url = url(part.strip(), "environment variable " + ConfigLoader.ENV_FEEDS);
        sources.putIfAbsent(url, new BotConfig.FeedSource(url, null));
      }
    }
    JsonNode settings =
        node.isObject() ? node : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    String interval = env.get(ConfigLoader.ENV_FEED_POLL_INTERVAL);
    String intervalOrigin = "environment variable " + ConfigLoader.ENV_FEED_POLL_INTERVAL;
    if (interval == null || interval.isBlank()) {
      interval = text(settings.path("pollInterval"));
      intervalOrigin = "feeds.pollInterval in " + where;
    }
    Duration poll = interval == null ? defaults.pollInterval() : duration(interval, intervalOrigin);
    if (poll.compareTo(MIN_POLL_INTERVAL) < 0) {
      throw new ConfigException(
          "feeds.pollInterval ("
              + intervalOrigin
              + ") must be at least 1s, got '"
              + interval
              + "'");
    }
    String age = text(settings.path("maxAge"));
    Duration maxAge = age == null ? defaults.maxAge() : duration(age, "feeds.maxAge in " + where);
    double relevance = defaults.relevance();
    JsonNode r = settings.path("relevance");
    if (!r.isMissingNode() && !r.isNull()) {
      if (!r.isNumber() || r.doubleValue() < 0 || r.doubleValue() > 1) {
        throw new ConfigException(
            "feeds.relevance in "
                + where
                + " must be a number from 0 to 1 (the least probability that an item is about the talks)");
      }
      relevance = r.doubleValue();
    }
    boolean allowPrivate = defaults.allowPrivate();
    JsonNode p = settings.path("allowPrivate");
    if (p.isBoolean()) allowPrivate = p.booleanValue();
    else if (!p.isMissingNode() && !p.isNull())
      throw new ConfigException("feeds.allowPrivate in " + where + " must be true or false");
    String privateEnv = env.get(ConfigLoader.ENV_FEEDS_ALLOW_PRIVATE);
    if (privateEnv != null && !privateEnv.isBlank()) {
      String v = privateEnv.strip().toLowerCase(Locale.ROOT);
      if (!v.equals("true") && !v.equals("false")) {
        throw new ConfigException(
            ConfigLoader.ENV_FEEDS_ALLOW_PRIVATE
                + " must be true or false, got '"
                + privateEnv.strip()
                + "'");
      }
      allowPrivate = v.equals("true");
    }
    return new BotConfig.Feeds(
        new ArrayList<>(sources.values()), poll, maxAge, relevance, allowPrivate);
  }

  private static BotConfig.FeedSource source(JsonNode item, String origin) throws ConfigException {
    if (item.isTextual()) return new BotConfig.FeedSource(url(item.asText().strip(), origin), null);
    if (item.isObject() && item.path("url").isTextual()) {
      String name = text(item.path("name"));
      return new BotConfig.FeedSource(url(item.path("url").asText().strip(), origin), name);
    }
    throw new ConfigException(origin + ": each feed must be a URL or {url: ..., name: ...}");
  }

  /** An http(s) URL with a host, as written. */
  static String url(String value, String origin) throws ConfigException {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) return value;
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new ConfigException(origin + ": a feed must be an http(s) URL, got '" + value + "'");
  }

  private static String text(JsonNode n) {
    if (n.isMissingNode() || n.isNull() || !n.isValueNode()) return null;
    String v = n.asText().strip();
    return v.isEmpty() ? null : v;
  }

  /**
   * {@code 15m}, {@code 10s}, {@code 2h}, {@code 7d}, {@code 500ms}, or ISO-8601 ({@code PT15M}).
   */
  static Duration duration(String text, String origin) throws ConfigException {
    String t = text.strip().toLowerCase(Locale.ROOT);
    Matcher m = SHORT_DURATION.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    try {
      return Duration.parse(text.strip().toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw new ConfigException(
          origin + " must be a duration like 15m, 10s, 2h or 7d, got '" + text.strip() + "'");
    }
  }
}
