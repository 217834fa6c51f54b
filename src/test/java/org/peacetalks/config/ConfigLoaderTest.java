package org.peacetalks.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  static final String TOKEN = "123456:ABCdefGHIjklMNOpqr_stu-vwx";
  @TempDir Path dir;

  @Test
  void theShippedConfigLoadsWithItsDefaults() throws Exception {
    BotConfig c = new ConfigLoader(Map.of()).load(Path.of("config/bot.yaml"), true);
    assertEquals("https://api.telegram.org", c.apiUrl().toString());
    assertEquals(Path.of("index/articles"), c.articlesDir());
    assertEquals(LocalTime.of(9, 0), c.digest().time());
    assertEquals(ZoneId.of("Europe/Kyiv"), c.digest().zone());
    assertTrue(c.token().isEmpty());
    assertEquals(3, c.search().passages());
  }

  @Test
  void environmentWinsOverTheFile() throws Exception {
    BotConfig c =
        new ConfigLoader(
                Map.of(
                    "TELEGRAM_BOT_TOKEN",
                    TOKEN,
                    "TELEGRAM_API_URL",
                    "http://127.0.0.1:8081",
                    "BOT_ADMIN_IDS",
                    "42, 7",
                    "BOT_ARTICLES_DIR",
                    "/a",
                    "BOT_INDEX_DIR",
                    "/i",
                    "BOT_DATA_DIR",
                    "/d",
                    "BOT_DIGEST_TIME",
                    "7:30",
                    "BOT_TIMEZONE",
                    "UTC"))
            .load(Path.of("config/bot.yaml"), true);
    assertEquals(TOKEN, c.token().orElseThrow());
    assertEquals("http://127.0.0.1:8081", c.apiUrl().toString());
    assertEquals(Set.of(42L, 7L), c.admins());
    assertEquals(Path.of("/a"), c.articlesDir());
    assertEquals(Path.of("/i"), c.indexDir());
    assertEquals(Path.of("/d"), c.dataDir());
    assertEquals(LocalTime.of(7, 30), c.digest().time());
    assertEquals(ZoneId.of("UTC"), c.digest().zone());
    assertFalse(c.toString().contains(TOKEN), "the token is never printed");
  }

  @Test
  void badValuesAreNamedWithWhereTheyCameFrom() throws Exception {
    assertEquals(
        "digest.time (environment variable BOT_DIGEST_TIME) must be HH:MM in 24-hour time, got '25:00'",
        message(Map.of("BOT_DIGEST_TIME", "25:00")));
    assertTrue(
        message(Map.of("BOT_TIMEZONE", "Mars/Olympus"))
            .startsWith("digest.zone (environment variable BOT_TIMEZONE) is not a time zone"));
    assertTrue(message(Map.of("BOT_ADMIN_IDS", "alice")).contains("must be positive numbers"));
    assertTrue(
        message(Map.of("TELEGRAM_API_URL", "http://host/prefix")).contains("must not have a path"));
    String badToken = message(Map.of("TELEGRAM_BOT_TOKEN", "not-a-token-secret"));
    assertTrue(
        badToken.startsWith(
            "telegram.token (environment variable TELEGRAM_BOT_TOKEN) is not a Bot API token"));
    assertFalse(badToken.contains("not-a-token-secret"));
  }

  @Test
  void malformedFilesAndSettingsNameTheFile() throws Exception {
    Path file = dir.resolve("bot.yaml");
    Files.writeString(file, "search:\n  passages: lots\n");
    ConfigException e =
        assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of()).load(file, true));
    assertEquals(
        "search.passages in " + file + " must be a whole number from 1 to 10", e.getMessage());
    Files.writeString(file, "digest: [unclosed\n");
    assertTrue(
        assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of()).load(file, true))
            .getMessage()
            .startsWith("config file " + file + " is not valid YAML"));
    assertEquals(
        "config file " + dir.resolve("none.yaml") + " does not exist",
        assertThrows(
                ConfigException.class,
                () -> new ConfigLoader(Map.of()).load(dir.resolve("none.yaml"), true))
            .getMessage());
  }

  @Test
  void aTokenWrittenInTheFileIsRefusedWithoutRepeatingIt() throws Exception {
    Path file = dir.resolve("bot.yaml");
    Files.writeString(file, "telegram:\n  token: \"" + TOKEN + "\"\n");
    String refused =
        assertThrows(
                ConfigException.class,
                () -> new ConfigLoader(Map.of("TELEGRAM_BOT_TOKEN", TOKEN)).load(file, true))
            .getMessage();
    assertEquals(
        "telegram.token is set in "
            + file
            + ": the token comes from the environment only;"
            + " delete it from the file and set TELEGRAM_BOT_TOKEN",
        refused);
  }

  @Test
  void aBrokenConfigFileIsReportedByLineWithoutQuotingIt() throws Exception {
    Path file = dir.resolve("bot.yaml");
    Files.writeString(file, "telegram:\n  token: \"" + TOKEN + "\n");
    String message =
        assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of()).load(file, true))
            .getMessage();
    assertTrue(message.startsWith("config file " + file + " is not valid YAML (line "), message);
    assertFalse(message.contains("ABCdef"), "the file's text is not echoed: " + message);
  }

  @Test
  void healthCheckIsOffUnlessAPortIsSetAndLocalByDefault() throws Exception {
    BotConfig off = new ConfigLoader(Map.of()).load(Path.of("config/bot.yaml"), true);
    assertFalse(off.health().enabled());
    assertEquals("127.0.0.1", off.health().host());
    BotConfig on =
        new ConfigLoader(Map.of("BOT_HEALTH_PORT", "8089", "BOT_HEALTH_HOST", "0.0.0.0"))
            .load(Path.of("config/bot.yaml"), true);
    assertEquals(8089, on.health().port());
    assertEquals("0.0.0.0", on.health().host());
    assertTrue(message(Map.of("BOT_HEALTH_PORT", "eighty")).contains("BOT_HEALTH_PORT"));
  }

  @Test
  void logFormatIsTextOrJson() throws Exception {
    new ConfigLoader(Map.of("BOT_LOG_FORMAT", "JSON")).load(Path.of("config/bot.yaml"), true);
    assertTrue(
        message(Map.of("BOT_LOG_FORMAT", "xml")).contains("BOT_LOG_FORMAT must be text or json"));
  }

  private static String message(Map<String, String> env) {
    return assertThrows(
            ConfigException.class,
            () -> new ConfigLoader(env).load(Path.of("config/bot.yaml"), true))
        .getMessage();
  }
}
