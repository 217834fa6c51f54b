package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReplyNormalizerTest {
  final ReplyNormalizer normalizer = new ReplyNormalizer();

  JsonNode normalize(String method, int status, String body) throws Exception {
    return FakeBotApi.JSON.readTree(
        normalizer.normalize(method, status, body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aProxysErrorPageBecomesABotApiErrorWithItsStatus() throws Exception {
    JsonNode n =
        normalize(
            "sendmessage",
            502,
            "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>");
    assertFalse(n.path("ok").asBoolean());
    assertEquals(502, n.path("error_code").asInt());
    assertEquals("HTTP 502: 502 Bad Gateway", n.path("description").asText());
    assertEquals(401, normalize("getme", 401, "Unauthorized").path("error_code").asInt());
    assertEquals(
        409,
        normalize("getupdates", 409, "{\"ok\":false,\"description\":\"Conflict\"}")
            .path("error_code")
            .asInt());
  }

  @Test
  void a2xxThatIsNoBotApiReplyIsDoneForActionsAndAnErrorForPolls() throws Exception {
    JsonNode sent = normalize("sendmessage", 200, "Message sent");
    assertTrue(sent.path("ok").asBoolean());
    assertTrue(sent.path("result").isNull());
    JsonNode poll = normalize("getupdates", 200, "<html>captive portal</html>");
    assertFalse(poll.path("ok").asBoolean());
    assertEquals(502, poll.path("error_code").asInt());
  }

  @Test
  void datesInMillisecondsAreReadAsSecondsAndGetMeIsCompleted() throws Exception {
    JsonNode m =
        normalize(
            "sendmessage",
            200,
            "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1764000000123,"
                + "\"chat\":{\"id\":5,\"type\":\"private\"},\"reply_to_message\":{\"message_id\":0,\"date\":1764000000999}}}");
    assertEquals(1764000000L, m.path("result").path("date").asLong());
    assertEquals(1764000000L, m.path("result").path("reply_to_message").path("date").asLong());
    JsonNode me = normalize("getme", 200, "{\"ok\":true,\"result\":{\"id\":7,\"username\":\"b\"}}");
    assertTrue(me.path("result").path("is_bot").asBoolean());
    assertEquals("b", me.path("result").path("first_name").asText());
  }

  @Test
  void aReplyByTheBookIsPassedOnUntouched() {
    byte[] body =
        "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1764000000}}"
            .getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(body, normalizer.normalize("sendmessage", 200, body));
  }
}
