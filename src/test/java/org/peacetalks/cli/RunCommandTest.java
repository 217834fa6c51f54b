package org.peacetalks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
    int code = Main.execute(new String[] {"run"}, Map.of("TELEGRAM_BOT_TOKEN", "not-a-token"),
        new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertEquals(Main.EXIT_USAGE, code);
  }

  @Test
  void commandNameSkipsGlobalOptions() {
    assertEquals("run", Main.commandName(new String[] {"--data", "d", "--index=x", "run"}));
    assertEquals("ask", Main.commandName(new String[] {"ask", "run"}));
    assertEquals(null, Main.commandName(new String[] {"--config", "c"}));
  }
}
