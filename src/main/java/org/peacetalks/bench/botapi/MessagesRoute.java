package org.peacetalks.bench.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * sendMessage and editMessageText, checked as strictly as Telegram checks them: HTML that parses,
 * text that is neither empty nor over 4096 characters once the tags are gone, callback_data of 1–64
 * bytes. Answers with the Message Telegram would return. Thread-safe.
 */
public final class MessagesRoute implements Route {
  /**
   * Telegram's limit on a message's text. The fake's own figure on purpose: it is the referee for
   * the bot's splitting, so it must not move when the bot's constant does.
   */
  private static final int MAX_TEXT = 4096;

  /** Telegram's limit on a button's callback_data, in bytes. */
  private static final int MAX_CALLBACK_BYTES = 64;

  /** The {@code date} of every message: any fixed time will do. */
  static final long DATE = 1_764_000_000L;

  private final ObjectNode bot;
  private final AtomicInteger messageIds;

  /**
   * @param bot the bot's User, as getMe gives it (the {@code from} of its messages)
   * @param firstMessageId message ids of sent messages count up from here
   */
  public MessagesRoute(ObjectNode bot, int firstMessageId) {
    this.bot = bot.deepCopy();
    this.messageIds = new AtomicInteger(firstMessageId);
  }

  /** The id of a new message sent by the bot, from the same count as sendMessage's. */
  int nextMessageId() {
    return messageIds.incrementAndGet();
  }

  @Override
  public ApiReply answer(ApiRequest request) {
    ObjectNode body = request.body();
    ApiReply refusal = refusal(body);
    if (refusal != null) return refusal;
    boolean sent = request.method().equals("sendmessage");
    ObjectNode message = ApiReply.JSON.createObjectNode();
    message.put(
        "message_id", sent ? messageIds.incrementAndGet() : body.path("message_id").asInt());
    message.put("date", DATE);
    message.set("from", bot.deepCopy());
    message.set("chat", chat(body.path("chat_id").asLong()));
    message.put(
        "text", TelegramHtml.plain(body.path("text").asText(), body.path("parse_mode").asText("")));
    return ApiReply.ok(message);
  }

  /** A chat as Telegram describes it: private for users (positive ids), else a supergroup. */
  static ObjectNode chat(long id) {
    ObjectNode c = ApiReply.JSON.createObjectNode();
    c.put("id", id).put("type", id > 0 ? "private" : "supergroup");
    if (id < 0) c.put("title", "Group " + id);
    else c.put("first_name", "User" + id);
    return c;
  }

  private static ApiReply refusal(ObjectNode body) {
    String text = body.path("text").asText("");
    boolean html = "HTML".equalsIgnoreCase(body.path("parse_mode").asText(""));
    if (html) {
      String problem = TelegramHtml.problem(text);
      if (problem != null)
        return ApiReply.error(400, "Bad Request: can't parse entities: " + problem);
    }
    int length = html ? TelegramHtml.textLength(text) : text.length();
    if (length == 0) return ApiReply.error(400, "Bad Request: message text is empty");
    if (length > MAX_TEXT) return ApiReply.error(400, "Bad Request: message is too long");
    for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
      for (JsonNode button : row) {
        String data = button.path("callback_data").asText("");
        if (data.isEmpty() || data.getBytes(StandardCharsets.UTF_8).length > MAX_CALLBACK_BYTES) {
          return ApiReply.error(400, "Bad Request: BUTTON_DATA_INVALID");
        }
      }
    }
    return null;
  }
}
