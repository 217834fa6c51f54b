package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.Update;

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

  @Test
  void anUpdateTheClientCannotReadBecomesItsBareIdSoThatTheBatchIsRead() throws Exception {
    String good =
        "{\"update_id\":7,\"message\":{\"message_id\":1,\"date\":1764000000,"
            + "\"chat\":{\"id\":5,\"type\":\"private\"},\"text\":\"hi\"}}";
    String pastAnInt =
        "{\"update_id\":8,\"message\":{\"message_id\":3000000000,\"date\":1764000000,"
            + "\"chat\":{\"id\":5,\"type\":\"private\"},\"text\":\"hi\"}}";
    String dateAsWords =
        "{\"update_id\":9,\"message\":{\"message_id\":2,\"date\":\"yesterday\","
            + "\"chat\":{\"id\":5,\"type\":\"private\"},\"text\":\"hi\"}}";
    byte[] reply =
        normalizer.normalize(
            "getupdates",
            200,
            ("{\"ok\":true,\"result\":[" + good + "," + pastAnInt + "," + dateAsWords + "]}")
                .getBytes(StandardCharsets.UTF_8));
    ApiResponse<ArrayList<Update>> read =
        FakeBotApi.JSON.readValue(reply, new TypeReference<ApiResponse<ArrayList<Update>>>() {});
    List<Update> updates = read.getResult();
    assertEquals(List.of(7, 8, 9), updates.stream().map(Update::getUpdateId).toList());
    assertEquals("hi", updates.get(0).getMessage().getText());
    assertNull(updates.get(1).getMessage());
    assertNull(updates.get(2).getMessage());
  }

  @Test
  void aPollWhoseResultIsNoListIsAnErrorToPollAgainAfter() throws Exception {
    JsonNode poll = normalize("getupdates", 200, "{\"ok\":true,\"result\":null}");
    assertFalse(poll.path("ok").asBoolean());
    assertEquals(502, poll.path("error_code").asInt());
    assertEquals(502, normalize("getupdates", 200, "{\"ok\":true}").path("error_code").asInt());
  }

  @Test
  void deleteWebhookRefusedByAServerWithoutWebhooksCountsAsDoneButABadTokenDoesNot()
      throws Exception {
    for (String[] refusal :
        new String[][] {
          {"404", "Not Found"},
          {"400", "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request\"}"},
          {"200", "{\"ok\":true,\"result\":false}"},
          {"200", "{\"ok\":true}"}
        }) {
      JsonNode n = normalize("deletewebhook", Integer.parseInt(refusal[0]), refusal[1]);
      assertTrue(n.path("ok").asBoolean() && n.path("result").asBoolean(), refusal[1]);
    }
    assertEquals(401, normalize("deletewebhook", 401, "Unauthorized").path("error_code").asInt());
    assertEquals(502, normalize("deletewebhook", 502, "Bad Gateway").path("error_code").asInt());
    assertEquals(
        429,
        normalize("deletewebhook", 429, "{\"ok\":false,\"error_code\":429}")
            .path("error_code")
            .asInt());
  }

  @Test
  void aRefusalWithoutACodeIsTheServersFailureAndRetryAfterIsReadAsANumber() throws Exception {
    JsonNode codeless =
        normalize("sendmessage", 200, "{\"ok\":false,\"description\":\"something failed\"}");
    assertEquals(500, codeless.path("error_code").asInt());
    assertEquals("something failed", codeless.path("description").asText());
    String flood = "{\"ok\":false,\"error_code\":429,\"parameters\":{\"retry_after\":%s}}";
    JsonNode soon = normalize("sendmessage", 429, String.format(flood, "\"soon\""));
    assertEquals(429, soon.path("error_code").asInt());
    assertTrue(soon.path("parameters").path("retry_after").isMissingNode());
    JsonNode inText = normalize("sendmessage", 429, String.format(flood, "\"2.5\""));
    assertEquals(3, inText.path("parameters").path("retry_after").asInt());
  }
}
