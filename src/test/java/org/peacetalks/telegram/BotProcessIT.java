package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.storage.StateDatabase;

/**
 * {@code run} as operators start it: a separate JVM, configured by the environment, stopped by
 * SIGTERM.
 */
@Timeout(300)
class BotProcessIT {
  @TempDir Path temp;

  private Process launch(Map<String, String> env, Path log) throws Exception {
    return launch(env, log, Path.of("config/bot.yaml"));
  }

  private Process launch(Map<String, String> env, Path log, Path config) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "org.peacetalks.cli.Main",
                "--config",
                config.toString(),
                "--articles",
                TestEngine.CORPUS.toString(),
                "--index",
                temp.resolve("index").toString(),
                "--data",
                temp.resolve("data").toString(),
                "run"));
    pb.environment().keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("BOT_"));
    pb.environment().putAll(env);
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    return pb.start();
  }

  @Test
  void runAnswersThenStopsCleanlyOnSigterm() throws Exception {
    Path log = temp.resolve("bot.log");
    try (FakeBotApi api = new FakeBotApi(TestEngine.TOKEN)) {
      Process bot =
          launch(
              Map.of(
                  "TELEGRAM_BOT_TOKEN",
                  TestEngine.TOKEN,
                  "TELEGRAM_API_URL",
                  "http://127.0.0.1:" + api.port()),
              log);
      try {
        awaitPolling(api, bot);
        assertTrue(bot.isAlive(), () -> "bot died: " + read(log));
        api.push(TestUpdates.text(1, 3001, 3001, "What does Russia demand?"));
        api.await("sendmessage", c -> "3001".equals(c.chatId()), Duration.ofSeconds(20));
        bot.destroy(); // SIGTERM
        assertTrue(bot.waitFor(30, TimeUnit.SECONDS), "exits after SIGTERM");
        assertEquals(0, bot.exitValue(), () -> read(log));
      } finally {
        bot.destroyForcibly();
      }
    }
    String output = read(log);
    assertFalse(output.contains(TestEngine.TOKEN), "the token is never logged");
    assertFalse(output.contains(TestEngine.TOKEN.substring(TestEngine.TOKEN.indexOf(':') + 1)));
    try (StateDatabase db = StateDatabase.open(temp.resolve("data"))) {
      assertEquals(1, UpdateLedger.open(db).lastHandledUpdateId());
    }
  }

  @Test
  void aRejectedTokenIsOneClearLineAndExitCode2() throws Exception {
    Path log = temp.resolve("bad.log");
    // Words only: building the index with the embedding model first takes minutes on a busy
    // machine, and the token is refused whatever the index holds.
    Path config =
        Files.writeString(
            temp.resolve("words.yaml"),
            "search:\n  semantic: false\n  synonyms: config/synonyms.txt\n");
    try (FakeBotApi api = new FakeBotApi("999999:another-token-entirely-xxxxxxxx")) {
      Process bot =
          launch(
              Map.of(
                  "TELEGRAM_BOT_TOKEN",
                  TestEngine.TOKEN,
                  "TELEGRAM_API_URL",
                  "http://127.0.0.1:" + api.port()),
              log,
              config);
      try {
        assertTrue(bot.waitFor(60, TimeUnit.SECONDS), () -> "still running: " + read(log));
        assertEquals(2, bot.exitValue(), () -> read(log));
      } finally {
        bot.destroyForcibly(); // a bot that failed the test must not outlive it
      }
    }
    String output = read(log);
    assertTrue(
        output.contains("error: Telegram rejected the bot token (TELEGRAM_BOT_TOKEN): 401"),
        output);
    assertFalse(output.contains(TestEngine.TOKEN), output);
  }

  @Test
  void againstAServerThatBendsTheBotApiItAnswersOnceLogsJsonAndServesItsHealth() throws Exception {
    Path log = temp.resolve("json.log");
    int healthPort;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      healthPort = free.getLocalPort();
    }
    // Words only: the embedding model has its own tests, and loading it here would only cost time.
    Path config =
        Files.writeString(
            temp.resolve("bot.yaml"),
            "search:\n  semantic: false\n  synonyms: config/synonyms.txt\n");
    try (FakeBotApi api = new FakeBotApi(TestEngine.TOKEN)) {
      api.quirks(FakeBotApi.Quirk.GETME_WITHOUT_IS_BOT, FakeBotApi.Quirk.DATE_IN_MILLIS);
      Process bot =
          launch(
              Map.of(
                  "TELEGRAM_BOT_TOKEN",
                  TestEngine.TOKEN,
                  "TELEGRAM_API_URL",
                  "http://127.0.0.1:" + api.port(),
                  "BOT_LOG_FORMAT",
                  "json",
                  "BOT_HEALTH_PORT",
                  String.valueOf(healthPort)),
              log,
              config);
      try {
        awaitPolling(api, bot);
        assertTrue(bot.isAlive(), () -> "bot died: " + read(log));
        api.push(TestUpdates.text(1, 3002, 3002, "What does Russia demand?"));
        api.await("sendmessage", c -> "3002".equals(c.chatId()), Duration.ofSeconds(20));
        var http = java.net.http.HttpClient.newHttpClient();
        var health =
            http.send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + healthPort + "/healthz"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
        assertEquals("ok", FakeBotApi.JSON.readTree(health.body()).path("status").asText());
        bot.destroy();
        assertTrue(bot.waitFor(30, TimeUnit.SECONDS), "exits after SIGTERM");
      } finally {
        bot.destroyForcibly();
      }
      assertEquals(1, api.calls("sendmessage", c -> "3002".equals(c.chatId())).size());
    }
    List<String> json = read(log).lines().filter(l -> l.startsWith("{")).toList();
    assertTrue(
        json.stream().anyMatch(l -> l.contains("\"message\":\"Bot @" + TestUpdates.BOT_NAME)),
        read(log));
    for (String line : json) FakeBotApi.JSON.readTree(line); // every log line is JSON
  }

  /**
   * A fresh JVM builds the index first, embeddings included: on a busy machine that takes a while.
   */
  private static void awaitPolling(FakeBotApi api, Process bot) {
    Awaitility.await("the bot to poll")
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> api.polls() > 0 || !bot.isAlive());
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (java.io.IOException e) {
      return "(no log: " + e + ")";
    }
  }
}
