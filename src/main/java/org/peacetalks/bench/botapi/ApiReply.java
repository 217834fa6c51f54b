package org.peacetalks.bench.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What the server answers: a JSON envelope ({@code json} set), raw bytes (a file, a proxy's HTML
 * error page, a body that is not JSON), or nothing at all ({@link #dropped()}: the connection is
 * closed without a response). {@code hold} delays the answer after it has been recorded, as a slow
 * server does.
 */
public record ApiReply(int status, ObjectNode json, String contentType, byte[] raw, Duration hold) {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final int DROPPED = -1;

  public static ApiReply ok(JsonNode result) {
    ObjectNode n = JSON.createObjectNode();
    n.put("ok", true);
    n.set("result", result);
    return new ApiReply(200, n, null, null, Duration.ZERO);
  }

  /** {@code {"ok":true,"result":true}}, the answer of methods that only acknowledge. */
  public static ApiReply okTrue() {
    return ok(JSON.getNodeFactory().booleanNode(true));
  }

  /** An error as Telegram words it, with the same HTTP status as {@code error_code}. */
  public static ApiReply error(int code, String description) {
    return error(code, description, null);
  }

  /**
   * An error with {@code parameters} ({@code retry_after}, {@code migrate_to_chat_id}), or null for
   * none.
   */
  public static ApiReply error(int code, String description, ObjectNode parameters) {
    ObjectNode n = JSON.createObjectNode();
    n.put("ok", false).put("error_code", code).put("description", description);
    if (parameters != null) n.set("parameters", parameters);
    return new ApiReply(code, n, null, null, Duration.ZERO);
  }

  /** A body that is not the Bot API's envelope. */
  public static ApiReply raw(int status, String contentType, byte[] body) {
    return new ApiReply(status, null, contentType, body.clone(), Duration.ZERO);
  }

  /** An HTML page, as a proxy in front of a Bot API that is down answers. */
  public static ApiReply page(int status, String html) {
    return raw(status, "text/html", html.getBytes(StandardCharsets.UTF_8));
  }

  /** Only a status line (a missing file's 404). */
  public static ApiReply empty(int status) {
    return new ApiReply(status, null, null, null, Duration.ZERO);
  }

  /** No response: the connection is closed, before anything is delivered. */
  public static ApiReply drop() {
    return new ApiReply(DROPPED, null, null, null, Duration.ZERO);
  }

  public boolean ok() {
    return status == 200;
  }

  public boolean dropped() {
    return status == DROPPED;
  }

  /** The {@code result} of a JSON answer, or null. */
  public JsonNode result() {
    return json == null ? null : json.get("result");
  }

  /** The same answer, held back this long after it is recorded. */
  public ApiReply heldFor(Duration delay) {
    return new ApiReply(status, json, contentType, raw, delay);
  }
}
