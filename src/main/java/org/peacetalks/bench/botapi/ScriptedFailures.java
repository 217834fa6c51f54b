package org.peacetalks.bench.botapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Failures a test scripts: the next calls of a method to a chat fail in turn, or every call of a
 * method fails until it recovers. Answered as Telegram words them. Thread-safe.
 */
public final class ScriptedFailures implements Filter {
  private record Failure(int code, String description, ObjectNode parameters) {
    ApiReply reply() {
      return ApiReply.error(code, description, parameters == null ? null : parameters.deepCopy());
    }
  }

  // Guarded by this.
  private final Map<String, Deque<Failure>> perChat = new HashMap<>();
  private final Map<String, Failure> always = new HashMap<>();

  /**
   * The next call of {@code method} for {@code chatId} fails like this ({@code retryAfter} may be
   * null).
   */
  public synchronized void failNext(
      String method, long chatId, int code, String description, Integer retryAfter) {
    ObjectNode parameters = null;
    if (retryAfter != null)
      parameters = ApiReply.JSON.createObjectNode().put("retry_after", retryAfter);
    queue(method, chatId).add(new Failure(code, description, parameters));
  }

  /**
   * The next call of {@code method} for {@code chatId} fails as Telegram's does for a group that
   * became a supergroup.
   */
  public synchronized void failNextMigrated(String method, long chatId, long newChatId) {
    ObjectNode parameters = ApiReply.JSON.createObjectNode().put("migrate_to_chat_id", newChatId);
    queue(method, chatId)
        .add(
            new Failure(
                400, "Bad Request: group chat was upgraded to a supergroup chat", parameters));
  }

  /** Every call of {@code method} fails like this until {@link #recover(String)}. */
  public synchronized void failAlways(String method, int code, String description) {
    always.put(method.toLowerCase(Locale.ROOT), new Failure(code, description, null));
  }

  public synchronized void recover(String method) {
    always.remove(method.toLowerCase(Locale.ROOT));
  }

  @Override
  public ApiReply answer(ApiRequest request, Route next) throws InterruptedException {
    Failure failure;
    synchronized (this) {
      failure = always.get(request.method());
      if (failure == null && request.chatId() != null) {
        Deque<Failure> queue = perChat.get(key(request.method(), request.chatId()));
        failure = queue == null ? null : queue.poll();
      }
    }
    return failure != null ? failure.reply() : next.answer(request);
  }

  private Deque<Failure> queue(String method, long chatId) {
    return perChat.computeIfAbsent(key(method, String.valueOf(chatId)), k -> new ArrayDeque<>());
  }

  private static String key(String method, String chatId) {
    return method.toLowerCase(Locale.ROOT) + ":" + chatId;
  }
}
