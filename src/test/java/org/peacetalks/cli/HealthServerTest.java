package org.peacetalks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.peacetalks.telegram.BotHealth;

class HealthServerTest {
  @Test
  void answers200WithTheStateWhileHealthyAnd503WithTheReasonOtherwise() throws Exception {
    java.util.Map<String, Object> digest = new java.util.LinkedHashMap<>();
    digest.put("lastDigestRound", null);
    AtomicReference<BotHealth> now =
        new AtomicReference<>(new BotHealth(true, "", true, 3, 0, 120, digest));
    try (HealthServer server = HealthServer.start("127.0.0.1", 0, now::get)) {
      HttpClient http = HttpClient.newHttpClient();
      HttpRequest get =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/healthz"))
              .build();
      HttpResponse<String> ok = http.send(get, HttpResponse.BodyHandlers.ofString());
      assertEquals(200, ok.statusCode());
      JsonNode body = new ObjectMapper().readTree(ok.body());
      assertEquals("ok", body.path("status").asText());
      assertEquals(3, body.path("secondsSinceLastPoll").asInt());
      assertEquals(120, body.path("indexParagraphs").asInt());
      assertTrue(
          body.has("queuedSends") && body.has("polling") && body.has("lastDigestRound"), ok.body());

      now.set(
          new BotHealth(
              false,
              "Bot API unreachable since 2026-12-03T10:00:00Z: HTTP 502",
              false,
              40,
              7,
              120,
              Map.of()));
      HttpResponse<String> down = http.send(get, HttpResponse.BodyHandlers.ofString());
      assertEquals(503, down.statusCode());
      JsonNode reason = new ObjectMapper().readTree(down.body());
      assertEquals("unavailable", reason.path("status").asText());
      assertTrue(reason.path("reason").asText().contains("unreachable"), down.body());
      assertEquals(7, reason.path("queuedSends").asInt());

      HttpRequest post =
          HttpRequest.newBuilder(get.uri()).POST(HttpRequest.BodyPublishers.noBody()).build();
      assertEquals(405, http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode());
    }
  }
}
