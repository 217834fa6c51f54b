package org.peacetalks.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code config/bot.yaml} and applies environment overrides (the environment wins), then
 * checks every value. Errors name the setting and the file or variable it came from.
 */
public final class ConfigLoader {
  public static final String ENV_TOKEN = "TELEGRAM_BOT_TOKEN";
  public static final String ENV_API_URL = "TELEGRAM_API_URL";
  public static final String ENV_ADMINS = "BOT_ADMIN_IDS";
  public static final String ENV_ARTICLES = "BOT_ARTICLES_DIR";
  public static final String ENV_INDEX = "BOT_INDEX_DIR";
  public static final String ENV_DATA = "BOT_DATA_DIR";
  public static final String ENV_DIGEST_TIME = "BOT_DIGEST_TIME";
  public static final String ENV_TIMEZONE = "BOT_TIMEZONE";
  public static final String ENV_LOG_FORMAT = "BOT_LOG_FORMAT";
  public static final String ENV_HEALTH_PORT = "BOT_HEALTH_PORT";
  public static final String ENV_HEALTH_HOST = "BOT_HEALTH_HOST";
  public static final String ENV_FEEDS = "BOT_FEEDS";
  public static final String ENV_FEED_POLL_INTERVAL = "BOT_FEED_POLL_INTERVAL";
  public static final String ENV_FEEDS_ALLOW_PRIVATE = "BOT_FEEDS_ALLOW_PRIVATE";

  /**
   * Bot API tokens look like {@code 123456:ABC-def_...}: the bot's id, a colon, a secret. Only the
   * shape is checked (test servers use short secrets); Telegram itself says whether it is valid.
   */
  private static final Pattern TOKEN = Pattern.compile("\\d{1,20}:[A-Za-z0-9_-]+");

  private static final Pattern HH_MM = Pattern.compile("([01]?\\d|2[0-3]):[0-5]\\d");

  private final Map<String, String> env;

  /**
   * @param env the environment, {@code System.getenv()} in production
   */
  public ConfigLoader(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /**
   * Loads the configuration.
   *
   * @param file the YAML file
   * @param required whether a missing file is an error (it is when the user named it)
   */
  public BotConfig load(Path file, boolean required) throws ConfigException {
    JsonNode root = read(file, required);
    String where = file.toString();
    Setting s = new Setting(root, where);

    Optional<String> token = token(s, where);
    URI apiUrl =
        apiUrl(
            s.text("telegram.apiUrl", ENV_API_URL, "https://api.telegram.org"),
            s.origin("telegram.apiUrl", ENV_API_URL));
    Set<Long> admins = admins(s);
    Path articles = Path.of(s.text("paths.articles", ENV_ARTICLES, "index/articles"));
    Path index = Path.of(s.text("paths.index", ENV_INDEX, "index/lucene"));
    Path data = Path.of(s.text("paths.data", ENV_DATA, "data"));
    Path synonyms = Path.of(s.text("search.synonyms", null, "config/synonyms.txt"));

    String time = s.text("digest.time", ENV_DIGEST_TIME, "09:00");
    if (!HH_MM.matcher(time).matches()) {
      throw new ConfigException(
          "digest.time ("
              + s.origin("digest.time", ENV_DIGEST_TIME)
              + ") must be HH:MM in 24-hour time, got '"
              + time
              + "'");
    }
    String zoneName = s.text("digest.zone", ENV_TIMEZONE, "Europe/Kyiv");
    ZoneId zone;
    try {
      zone = ZoneId.of(zoneName);
    } catch (DateTimeException e) {
      throw new ConfigException(
          "digest.zone ("
              + s.origin("digest.zone", ENV_TIMEZONE)
              + ") is not a time zone: '"
              + zoneName
              + "' (use a name like Europe/Kyiv)");
    }
    BotConfig.Digest digest =
        new BotConfig.Digest(
            parseTime(time),
            zone,
            s.bool("digest.sendWhenEmpty", false),
            s.integer("digest.maxArticles", 10, 1, 50));
    BotConfig.Search search =
        new BotConfig.Search(
            s.integer("search.passages", 3, 1, 10),
            s.bool("search.semantic", true),
            s.integer("search.maxArticleBytes", 2_000_000, 1_000, 50_000_000));
    logFormat();
    return new BotConfig(
        token,
        apiUrl,
        admins,
        articles,
        index,
        data,
        synonyms,
        digest,
        search,
        health(s),
        FeedSettings.read(s.node("feeds"), where, env));
  }

  /** {@code text} or {@code json}; logback reads it (through Main) before any of this runs. */
  private void logFormat() throws ConfigException {
    String format = env.get(ENV_LOG_FORMAT);
    if (format != null
        && !format.isBlank()
        && !format.strip().equalsIgnoreCase("text")
        && !format.strip().equalsIgnoreCase("json")) {
      throw new ConfigException(
          ENV_LOG_FORMAT + " must be text or json, got '" + format.strip() + "'");
    }
  }

  private BotConfig.Health health(Setting s) throws ConfigException {
    String port = s.text("health.port", ENV_HEALTH_PORT, "0");
    int number;
    try {
      number = Integer.parseInt(port);
    } catch (NumberFormatException e) {
      number = -1;
    }
    if (number < 0 || number > 65_535) {
      throw new ConfigException(
          "health.port ("
              + s.origin("health.port", ENV_HEALTH_PORT)
              + ") must be a port number from 1 to 65535 (or 0 for off), got '"
              + port
              + "'");
    }
    return new BotConfig.Health(number, s.text("health.host", ENV_HEALTH_HOST, "127.0.0.1"));
  }

  private static LocalTime parseTime(String hhmm) {
    try {
      return LocalTime.parse(hhmm.length() == 4 ? "0" + hhmm : hhmm);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("checked by pattern: " + hhmm, e);
    }
  }

  private static JsonNode read(Path file, boolean required) throws ConfigException {
    String yaml;
    try {
      yaml = Files.readString(file);
    } catch (NoSuchFileException e) {
      if (required) throw new ConfigException("config file " + file + " does not exist");
      return MissingNode.getInstance();
    } catch (IOException e) {
      throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
    }
    try {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
      if (root == null || root.isMissingNode() || root.isNull()) return MissingNode.getInstance();
      if (!root.isObject())
        throw new ConfigException("config file " + file + " is not a YAML mapping");
      return root;
    } catch (JsonProcessingException e) {
      // Line and column only: the parser's own message quotes the offending line, which may hold a
      // secret.
      var at = e.getLocation();
      throw new ConfigException(
          "config file "
              + file
              + " is not valid YAML"
              + (at == null
                  ? ""
                  : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    }
  }

  /**
   * The token, from the environment only: a config file gets committed, copied and shared, so a
   * token written there is refused rather than used (the message never repeats it).
   */
  private Optional<String> token(Setting s, String where) throws ConfigException {
    JsonNode inFile = s.node("telegram.token");
    if (!inFile.isMissingNode() && !inFile.isNull()) {
      throw new ConfigException(
          "telegram.token is set in "
              + where
              + ": the token comes from the environment only;"
              + " delete it from the file and set "
              + ENV_TOKEN);
    }
    Optional<String> token = Optional.ofNullable(s.text("telegram.token", ENV_TOKEN, null));
    if (token.isPresent() && !TOKEN.matcher(token.get()).matches()) {
      throw new ConfigException(
          "telegram.token (environment variable "
              + ENV_TOKEN
              + ") is not a Bot API token (expected digits, a colon, then letters, digits, - or _)");
    }
    return token;
  }

  private URI apiUrl(String value, String origin) throws ConfigException {
    try {
      URI uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equals("http") || scheme.equals("https"))
          || uri.getHost() == null) {
        throw new ConfigException(
            "telegram.apiUrl ("
                + origin
                + ") must be an http(s) URL like https://api.telegram.org, got '"
                + value
                + "'");
      }
      if (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) {
        throw new ConfigException(
            "telegram.apiUrl (" + origin + ") must not have a path: '" + value + "'");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new ConfigException("telegram.apiUrl (" + origin + ") is not a URL: '" + value + "'");
    }
  }

  private Set<Long> admins(Setting s) throws ConfigException {
    Set<Long> ids = new LinkedHashSet<>();
    String fromEnv = env.get(ENV_ADMINS);
    if (fromEnv != null && !fromEnv.isBlank()) {
      for (String part : fromEnv.split(",")) {
        if (!part.isBlank()) ids.add(userId(part.strip(), ENV_ADMINS));
      }
      return ids;
    }
    JsonNode node = s.node("admins");
    if (node.isMissingNode() || node.isNull()) return ids;
    if (!node.isArray())
      throw new ConfigException("admins (" + s.where + ") must be a list of numeric user ids");
    for (JsonNode id : node) ids.add(userId(id.asText(), "admins in " + s.where));
    return ids;
  }

  private static long userId(String text, String origin) throws ConfigException {
    try {
      long id = Long.parseLong(text);
      if (id <= 0) throw new NumberFormatException();
      return id;
    } catch (NumberFormatException e) {
      throw new ConfigException(
          "admin ids ("
              + origin
              + ") must be positive numbers (Telegram user ids), got '"
              + text
              + "'");
    }
  }

  /** Looks a dotted key up in the YAML tree, with its environment variable taking precedence. */
  private final class Setting {
    private final JsonNode root;
    private final String where;

    Setting(JsonNode root, String where) {
      this.root = root;
      this.where = where;
    }

    JsonNode node(String key) {
      JsonNode n = root;
      for (String part : key.split("\\.")) n = n.path(part);
      return n;
    }

    String origin(String key, String envName) {
      String fromEnv = envName == null ? null : env.get(envName);
      return fromEnv != null && !fromEnv.isBlank()
          ? "environment variable " + envName
          : key + " in " + where;
    }

    String text(String key, String envName, String fallback) throws ConfigException {
      String fromEnv = envName == null ? null : env.get(envName);
      if (fromEnv != null && !fromEnv.isBlank()) return fromEnv.strip();
      JsonNode n = node(key);
      if (n.isMissingNode() || n.isNull()) return fallback;
      if (!n.isValueNode())
        throw new ConfigException(key + " in " + where + " must be a single value");
      String value = n.asText().strip();
      return value.isEmpty() ? fallback : value;
    }

    boolean bool(String key, boolean fallback) throws ConfigException {
      JsonNode n = node(key);
      if (n.isMissingNode() || n.isNull()) return fallback;
      if (!n.isBoolean())
        throw new ConfigException(key + " in " + where + " must be true or false");
      return n.booleanValue();
    }

    int integer(String key, int fallback, int min, int max) throws ConfigException {
      JsonNode n = node(key);
      if (n.isMissingNode() || n.isNull()) return fallback;
      if (!n.canConvertToInt()
          || !n.isIntegralNumber()
          || n.intValue() < min
          || n.intValue() > max) {
        throw new ConfigException(
            key + " in " + where + " must be a whole number from " + min + " to " + max);
      }
      return n.intValue();
    }
  }
}
