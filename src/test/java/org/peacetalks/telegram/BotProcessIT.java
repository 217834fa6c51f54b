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
import org.junit.jupiter.api.Test;
import org.peacetalks.storage.StateDatabase;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} as operators start it: a separate JVM, configured by the environment, stopped by SIGTERM. */
@Timeout(300)
class BotProcessIT {
  @TempDir Path temp;

  private Process launch(Map<String, String> env, Path log) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        "org.peacetalks.cli.Main",
        "--articles", TestEngine.CORPUS.toString(),
        "--index", temp.resolve("index").toString(),
        "--data", temp.resolve("data").toString(),
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
      Process bot = launch(Map.of("TELEGRAM_BOT_TOKEN", TestEngine.TOKEN,
          "TELEGRAM_API_URL", "http://127.0.0.1:" + api.port()), log);
      try {
        // The child first builds the index with the embedding model: minutes on a busy machine.
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (api.polls() == 0 && bot.isAlive() && System.nanoTime() < deadline) Thread.sleep(50);
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
    try (FakeBotApi api = new FakeBotApi("999999:another-token-entirely-xxxxxxxx")) {
      Process bot = launch(Map.of("TELEGRAM_BOT_TOKEN", TestEngine.TOKEN,
          "TELEGRAM_API_URL", "http://127.0.0.1:" + api.port()), log);
      assertTrue(bot.waitFor(60, TimeUnit.SECONDS));
      assertEquals(2, bot.exitValue(), () -> read(log));
    }
    String output = read(log);
    assertTrue(output.contains("error: Telegram rejected the bot token (TELEGRAM_BOT_TOKEN): 401"), output);
    assertFalse(output.contains(TestEngine.TOKEN), output);
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (java.io.IOException e) {
      return "(no log: " + e + ")";
    }
  }
}
