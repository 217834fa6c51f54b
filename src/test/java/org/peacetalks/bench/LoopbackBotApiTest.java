package org.peacetalks.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacetalks.bench.botapi.RandomFaults;

class LoopbackBotApiTest {
  static final String TOKEN = "1:t";
  static final ObjectMapper JSON = new ObjectMapper();
  final HttpClient http = HttpClient.newHttpClient();
  LoopbackBotApi api;

  @BeforeEach
  void start() throws Exception {
    api = new LoopbackBotApi(TOKEN, RandomFaults.Chances.NONE, Duration.ofMillis(200));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  JsonNode call(String method, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(api.url() + "/bot" + TOKEN + "/" + method))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "application/json")
            .build();
    return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
  }

  @Test
  void getUpdatesReturnsOfferedQuestionsAndForgetsThoseBelowTheOffset() throws Exception {
    int first = api.offer(5, "What does Russia demand?");
    int second = api.offer(-100, "/ask Who met in Istanbul?");
    JsonNode updates = call("getUpdates", "{\"offset\":0}").path("result");
    assertEquals(2, updates.size());
    assertEquals("What does Russia demand?", updates.get(0).path("message").path("text").asText());
    assertEquals(
        "bot_command",
        updates.get(1).path("message").path("entities").get(0).path("type").asText());
    JsonNode rest = call("getUpdates", "{\"offset\":" + second + "}").path("result");
    assertEquals(1, rest.size());
    assertEquals(second, rest.get(0).path("update_id").asInt());
    assertTrue(first < second);
  }

  @Test
  void anEmptyPollIsHeldThenAnsweredEmpty() throws Exception {
    long start = System.nanoTime();
    JsonNode reply = call("getupdates", "{\"offset\":0}");
    assertTrue(System.nanoTime() - start >= Duration.ofMillis(150).toNanos(), "held");
    assertEquals(0, reply.path("result").size());
    assertEquals(1, api.polls());
  }

  @Test
  void pairsAnswersWithQuestionsAndCountsRepeats() throws Exception {
    int inGroup = api.offer(-100, "/ask a");
    api.offer(7, "b");
    api.offer(7, "c");
    call(
        "sendmessage",
        "{\"chat_id\":\"-100\",\"text\":\"x\",\"reply_to_message_id\":" + inGroup + "}");
    call("sendmessage", "{\"chat_id\":\"7\",\"text\":\"x\"}");
    assertEquals(1, api.unanswered());
    call("sendmessage", "{\"chat_id\":\"7\",\"text\":\"x\"}");
    assertTrue(api.awaitAllAnswered(Duration.ofSeconds(1)));
    call(
        "sendmessage",
        "{\"chat_id\":\"-100\",\"text\":\"x\",\"reply_to_message_id\":" + inGroup + "}");
    call("sendmessage", "{\"chat_id\":\"7\",\"text\":\"x\"}");
    assertEquals(2, api.answersTo(inGroup));
    assertEquals(1, api.repeated());
    assertEquals(1, api.unmatched());
    assertEquals(5, api.delivered());
    assertEquals(3, api.takeLatency().size());
  }

  @Test
  void injectsFaults() throws Exception {
    api.close();
    api =
        new LoopbackBotApi(
            TOKEN, new RandomFaults.Chances(1, 0, 0, 0, Duration.ZERO), Duration.ofMillis(50));
    JsonNode reply = call("sendMessage", "{\"chat_id\":\"7\",\"text\":\"x\"}");
    assertEquals(429, reply.path("error_code").asInt());
    assertEquals(1, reply.path("parameters").path("retry_after").asInt());
    assertEquals(0, api.delivered());
    assertEquals(1, api.faultCounts().tooManyRequests());
    assertEquals(
        true,
        call("getMe", "{}").path("ok").asBoolean(),
        "only sendMessage and getUpdates misbehave");
  }
}
