package org.peacetalks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.InOrder;
import org.peacetalks.telegram.BotFeature;
import picocli.CommandLine;

class RunCommandTest {
  @Test
  void missingTokenIsOneLineNamingTheVariableAndExitCode2() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Main(Map.of(), new ByteArrayInputStream(new byte[0])));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute("run");
    assertEquals(Main.EXIT_USAGE, code);
    String text = err.toString();
    assertEquals(1, text.strip().lines().count(), text);
    assertTrue(text.startsWith("error: TELEGRAM_BOT_TOKEN is not set"), text);
  }

  @Test
  void malformedTokenIsAConfigErrorWithExitCode2() {
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            new String[] {"run"},
            Map.of("TELEGRAM_BOT_TOKEN", "not-a-token"),
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));
    assertEquals(Main.EXIT_USAGE, code);
  }

  @Test
  void corruptSubscriptionsFileToImportStopsTheBotWithOneLineNamingIt(@TempDir Path dir)
      throws Exception {
    Path config = dir.resolve("bot.yaml");
    Files.writeString(config, "search:\n  semantic: false\n");
    Files.createDirectories(dir.resolve("articles"));
    Path data = Files.createDirectories(dir.resolve("data"));
    Path subscriptions = data.resolve("subscriptions.json");
    Files.writeString(subscriptions, "{\"version\":1,\"subscriptions\":[{\"chatId\":");
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            new String[] {
              "--config",
              config.toString(),
              "--articles",
              dir.resolve("articles").toString(),
              "--index",
              dir.resolve("lucene").toString(),
              "--data",
              data.toString(),
              "run"
            },
            Map.of("TELEGRAM_BOT_TOKEN", "123456:TEST-token_abcdefghijklmnopqrstuvw"),
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));
    assertEquals(Main.EXIT_FAILURE, code);
    List<String> lines = err.toString().lines().filter(l -> l.startsWith("error:")).toList();
    assertEquals(1, lines.size(), err.toString());
    assertTrue(
        lines.get(0).contains(subscriptions.toString()) && lines.get(0).contains("corrupt"),
        lines.get(0));
    assertTrue(Files.exists(subscriptions), "left as it is, for the operator");
    try (Stream<Path> kept = Files.list(data)) {
      assertTrue(
          kept.noneMatch(p -> p.getFileName().toString().endsWith(".imported")),
          "nothing imported");
    }
  }

  @Test
  void commandNameSkipsGlobalOptions() {
    assertEquals("run", Main.commandName(new String[] {"--data", "d", "--index=x", "run"}));
    assertEquals("ask", Main.commandName(new String[] {"ask", "run"}));
    assertEquals(null, Main.commandName(new String[] {"--config", "c"}));
  }

  @Test
  void featuresAreClosedWhenTheBotCannotBeBuilt() {
    BotFeature first = mock(BotFeature.class);
    BotFeature second = mock(BotFeature.class);
    IOException failure =
        assertThrows(
            IOException.class,
            () ->
                RunCommand.botOwning(
                    List.of(first, second),
                    features -> {
                      throw new IOException("state unreadable");
                    }));
    assertEquals("state unreadable", failure.getMessage());
    InOrder closing = inOrder(first, second);
    closing.verify(second).close();
    closing.verify(first).close();
  }
}
