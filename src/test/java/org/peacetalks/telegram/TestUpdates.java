package org.peacetalks.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Update fixtures as Telegram sends them (JSON), for unit tests and the fake Bot API. */
public final class TestUpdates {
  static final ObjectMapper JSON = new ObjectMapper();
  public static final long BOT_ID = 999;
  public static final String BOT_NAME = "PeaceTalksTestBot";

  private TestUpdates() {}

  static ObjectNode user(long id) {
    ObjectNode u = JSON.createObjectNode();
    u.put("id", id).put("is_bot", false).put("first_name", "User" + id);
    return u;
  }

  static ObjectNode botUser() {
    ObjectNode u = JSON.createObjectNode();
    u.put("id", BOT_ID).put("is_bot", true).put("first_name", "Peace").put("username", BOT_NAME);
    return u;
  }

  public static ObjectNode chat(long id) {
    ObjectNode c = JSON.createObjectNode();
    c.put("id", id).put("type", id > 0 ? "private" : "supergroup");
    if (id < 0) c.put("title", "Group " + id);
    else c.put("first_name", "User" + id);
    return c;
  }

  /** A text message; commands at the start get their bot_command entity like Telegram's. */
  public static ObjectNode message(int messageId, long chatId, long userId, String text) {
    ObjectNode m = JSON.createObjectNode();
    m.put("message_id", messageId).put("date", 1_764_000_000);
    m.set("from", user(userId));
    m.set("chat", chat(chatId));
    m.put("text", text);
    if (text.startsWith("/")) {
      int end = text.indexOf(' ');
      ArrayNode entities = m.putArray("entities");
      entities
          .addObject()
          .put("type", "bot_command")
          .put("offset", 0)
          .put("length", end < 0 ? text.length() : end);
    }
    return m;
  }

  public static ObjectNode update(int updateId, String field, ObjectNode value) {
    ObjectNode u = JSON.createObjectNode();
    u.put("update_id", updateId);
    u.set(field, value);
    return u;
  }

  public static ObjectNode text(int updateId, long chatId, long userId, String text) {
    return update(updateId, "message", message(updateId, chatId, userId, text));
  }

  public static ObjectNode topicText(
      int updateId, long chatId, long userId, int threadId, String text) {
    ObjectNode m = message(updateId, chatId, userId, text);
    m.put("message_thread_id", threadId).put("is_topic_message", true);
    return update(updateId, "message", m);
  }

  /** A message replying to one of the bot's messages. */
  static ObjectNode replyToBot(
      int updateId, long chatId, long userId, int botMessageId, String text) {
    ObjectNode m = message(updateId, chatId, userId, text);
    ObjectNode replied = JSON.createObjectNode();
    replied.put("message_id", botMessageId).put("date", 1_764_000_000);
    replied.set("from", botUser());
    replied.set("chat", chat(chatId));
    replied.put("text", "an earlier answer");
    m.set("reply_to_message", replied);
    return update(updateId, "message", m);
  }

  public static ObjectNode callback(
      int updateId, long chatId, long userId, int messageId, String data) {
    ObjectNode q = JSON.createObjectNode();
    q.put("id", "cb" + updateId);
    q.set("from", user(userId));
    ObjectNode m = JSON.createObjectNode();
    m.put("message_id", messageId).put("date", 1_764_000_000);
    m.set("from", botUser());
    m.set("chat", chat(chatId));
    m.put("text", "an answer");
    q.set("message", m);
    q.put("chat_instance", "ci" + chatId);
    q.put("data", data);
    return update(updateId, "callback_query", q);
  }

  public static ObjectNode inline(int updateId, long userId, String query) {
    ObjectNode q = JSON.createObjectNode();
    q.put("id", "iq" + updateId);
    q.set("from", user(userId));
    q.put("query", query);
    q.put("offset", "");
    return update(updateId, "inline_query", q);
  }

  /** The bot's own membership in a chat changed (Telegram sends these by default). */
  public static ObjectNode myChatMember(
      int updateId, long chatId, long byUserId, String oldStatus, String newStatus) {
    ObjectNode change = JSON.createObjectNode();
    change.set("chat", chat(chatId));
    change.set("from", user(byUserId));
    change.put("date", 1_764_000_000);
    ObjectNode before = change.putObject("old_chat_member");
    before.put("status", oldStatus).set("user", botUser());
    ObjectNode after = change.putObject("new_chat_member");
    after.put("status", newStatus).set("user", botUser());
    if (newStatus.equals("kicked")) after.put("until_date", 0);
    return update(updateId, "my_chat_member", change);
  }

  public static Update parse(ObjectNode json) {
    try {
      return JSON.treeToValue(json, Update.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
