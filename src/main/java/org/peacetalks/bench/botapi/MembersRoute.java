package org.peacetalks.bench.botapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * getChatMember: each user's status in each chat as set, "member" for anyone not set. Thread-safe.
 */
public final class MembersRoute implements Route {
  private final Map<String, String> statuses = new ConcurrentHashMap<>();

  /**
   * What getChatMember says of {@code userId} in {@code chatId}: creator, administrator, member,
   * left…
   */
  public void status(long chatId, long userId, String status) {
    statuses.put(chatId + ":" + userId, status);
  }

  @Override
  public ApiReply answer(ApiRequest request) {
    long user = request.body().path("user_id").asLong();
    String status = statuses.getOrDefault(request.chatId() + ":" + user, "member");
    ObjectNode member = ApiReply.JSON.createObjectNode();
    member.put("status", status);
    member.putObject("user").put("id", user).put("is_bot", false).put("first_name", "User" + user);
    if (status.equals("administrator"))
      member.put("can_be_edited", false).put("is_anonymous", false);
    return ApiReply.ok(member);
  }
}
