package org.peacetalks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonLineEncoderTest {
  @Test
  void oneJsonLinePerEventWithTheTokenMasked() throws Exception {
    LoggerContext context = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
    String token = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789";
    LoggingEvent event =
        new LoggingEvent(
            "x",
            context.getLogger("org.peacetalks.telegram.Sender"),
            Level.WARN,
            "sendmessage to chat {} refused: {}",
            new IllegalStateException("at /bot" + token + "/sendMessage"),
            new Object[] {42, "403 Forbidden " + token});
    JsonLineEncoder encoder = new JsonLineEncoder();
    String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
    assertTrue(line.endsWith("\n") && line.indexOf('\n') == line.length() - 1, "one line");
    JsonNode json = new ObjectMapper().readTree(line);
    assertEquals("WARN", json.path("level").asText());
    assertEquals("org.peacetalks.telegram.Sender", json.path("logger").asText());
    assertEquals(
        "sendmessage to chat 42 refused: 403 Forbidden [token]", json.path("message").asText());
    assertTrue(json.path("error").asText().startsWith("java.lang.IllegalStateException"));
    assertFalse(line.contains(token));
  }
}
