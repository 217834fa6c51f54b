package org.peacetalks.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A Bot API server on 127.0.0.1 that behaves like Telegram where it matters to the bot:
 * long-polled getUpdates, strict HTML and length checks on messages (400 as Telegram words it),
 * callback_data ≤ 64 bytes, ≤ 50 inline results, and scripted failures (429, 5xx, 403…) for the
 * next call of a method to a chat. Serves uploaded files like Telegram: getFile, then
 * {@code /file/bot<token>/<file_path>} (recorded as method {@code "download"}). Records every call
 * but getUpdates.
 */
public final class FakeBotApi implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration HOLD = Duration.ofSeconds(1);

  /** One recorded call and how it was answered. */
  public record Call(String method, ObjectNode body, int status, JsonNode result) {
    String chatId() {
      return body.path("chat_id").asText(null);
    }

    String text() {
      return body.path("text").asText(null);
    }

    boolean ok() {
      return status == 200;
    }
  }

  private record Failure(int code, String description, Integer retryAfter, Long migrateTo) {}

  private final String token;
  private final HttpServer server;
  private final ExecutorService executor;
  private final List<Call> calls = new ArrayList<>();
  private final List<ObjectNode> updates = new ArrayList<>();
  private final Map<String, Deque<Failure>> failures = new HashMap<>();
  /** getChatMember answers by "chat:user"; "member" for anyone not set. */
  private final Map<String, String> memberStatus = new HashMap<>();
  private final AtomicInteger messageIds = new AtomicInteger(5000);
  private final AtomicInteger polls = new AtomicInteger();
  private final AtomicInteger pollsInFlight = new AtomicInteger();
  private final Map<String, String> filePaths = new HashMap<>();
  private final Map<String, byte[]> files = new HashMap<>();

  /** Ways a Bot API server may bend the documentation (the telegram-test-api emulator does). */
  enum Quirk {
    /** sendMessage and editMessageText replies carry {@code date} in milliseconds. */
    DATE_IN_MILLIS,
    /** sendMessage replies carry a message_id that is not a number: unreadable for the client. */
    UNREADABLE_MESSAGE,
    /** sendMessage answers 200 with a body that is not JSON at all. */
    NOT_JSON,
    /** getMe's user has no is_bot and no first_name. */
    GETME_WITHOUT_IS_BOT
  }

  private final java.util.Set<Quirk> quirks = java.util.EnumSet.noneOf(Quirk.class);
  /** Every call of a method fails like this until cleared (method in lower case). */
  private final Map<String, Failure> failingMethods = new HashMap<>();
  /** How long a method's answer is held back. */
  private final Map<String, Duration> delays = new HashMap<>();
  /** The first call of this method starts an outage of this length (every call answers 502). */
  private String outageTrigger;
  private Duration outageLength;
  private long outageUntil;

  public FakeBotApi(String token) throws IOException {
    this.token = token;
    this.executor = Executors.newCachedThreadPool(ChatLanes.daemonThreads("fake-api"));
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  int polls() {
    return polls.get();
  }

  /** getUpdates calls being held right now. */
  public int pollsInFlight() {
    return pollsInFlight.get();
  }

  /** Queues an update for getUpdates. */
  public synchronized void push(ObjectNode update) {
    updates.add(update);
    notifyAll();
  }

  /** A file users can send: getFile of {@code fileId} gives {@code filePath}, whose download is {@code content}. */
  public synchronized void putFile(String fileId, String filePath, byte[] content) {
    filePaths.put(fileId, filePath);
    files.put(filePath, content.clone());
  }

  /** The next call of {@code method} for {@code chatId} fails like this. Queued: several calls fail in turn. */
  public synchronized void failNext(String method, long chatId, int code, String description, Integer retryAfter) {
    failures.computeIfAbsent(key(method, String.valueOf(chatId)), k -> new ArrayDeque<>())
        .add(new Failure(code, description, retryAfter, null));
  }

  /** The next call of {@code method} for {@code chatId} fails as Telegram's does for a group that became a supergroup. */
  public synchronized void failNextMigrated(String method, long chatId, long newChatId) {
    failures.computeIfAbsent(key(method, String.valueOf(chatId)), k -> new ArrayDeque<>())
        .add(new Failure(400, "Bad Request: group chat was upgraded to a supergroup chat", null, newChatId));
  }

  /** Bends replies in these ways from now on. */
  synchronized void quirks(Quirk... bent) {
    quirks.clear();
    quirks.addAll(List.of(bent));
  }

  /** Every call of {@code method} fails like this until {@link #recover(String)}. */
  synchronized void failAlways(String method, int code, String description) {
    failingMethods.put(method.toLowerCase(Locale.ROOT), new Failure(code, description, null, null));
  }

  synchronized void recover(String method) {
    failingMethods.remove(method.toLowerCase(Locale.ROOT));
  }

  /** Holds every answer to {@code method} back this long (the call is recorded when it arrives). */
  synchronized void delay(String method, Duration delay) {
    delays.put(method.toLowerCase(Locale.ROOT), delay);
  }

  /**
   * The first call of {@code method} from now on starts an outage: for {@code length}, every
   * request (that one included) is answered 502 with an HTML page, as a proxy in front of a Bot
   * API that is down does.
   */
  synchronized void outageOnFirst(String method, Duration length) {
    outageTrigger = method.toLowerCase(Locale.ROOT);
    outageLength = length;
  }

  /** Ends an outage now. */
  synchronized void endOutage() {
    outageUntil = System.nanoTime();
    notifyAll();
  }

  /** True while an outage lasts. */
  synchronized boolean down() {
    return System.nanoTime() < outageUntil;
  }

  /** True once an outage was started and has ended. */
  synchronized boolean outageOver() {
    return outageTrigger == null && outageUntil != 0 && !down();
  }

  /** What getChatMember says of {@code userId} in {@code chatId}: creator, administrator, member, left… */
  public synchronized void memberStatus(long chatId, long userId, String status) {
    memberStatus.put(chatId + ":" + userId, status);
  }

  public synchronized List<Call> calls(String method, Predicate<Call> filter) {
    List<Call> out = new ArrayList<>();
    for (Call c : calls) if (c.method().equalsIgnoreCase(method) && filter.test(c)) out.add(c);
    return out;
  }

  /** Waits for a call like this, answered with 200. */
  public Call await(String method, Predicate<Call> filter, Duration timeout) throws InterruptedException {
    return awaitAny(method, c -> c.ok() && filter.test(c), timeout);
  }

  /** The first successful {@code method} call to {@code chat} whose text contains {@code containing}. */
  public Call awaitIn(String method, long chat, String containing, Duration timeout) throws InterruptedException {
    return await(method, c -> String.valueOf(chat).equals(c.chatId()) && c.text().contains(containing), timeout);
  }

  /** Waits for a call like this, whatever the answer. */
  synchronized Call awaitAny(String method, Predicate<Call> filter, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<Call> found = calls(method, filter);
      if (!found.isEmpty()) return found.get(0);
      long left = deadline - System.nanoTime();
      if (left <= 0) throw new AssertionError("no " + method + " call like that within " + timeout + "; calls: " + calls);
      wait(Math.max(1, left / 1_000_000));
    }
  }

  private static String key(String method, String chatId) {
    return method.toLowerCase(Locale.ROOT) + ":" + chatId;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String filePrefix = "/file/bot" + token + "/";
      if (path.startsWith(filePrefix)) {
        download(exchange, path.substring(filePrefix.length()));
        return;
      }
      String prefix = "/bot" + token + "/";
      if (!path.startsWith(prefix)) {
        reply(exchange, 401, error(401, "Unauthorized", null));
        return;
      }
      String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
      ObjectNode body;
      try (InputStream in = exchange.getRequestBody()) {
        byte[] bytes = in.readAllBytes();
        body = bytes.length == 0 ? JSON.createObjectNode() : (ObjectNode) JSON.readTree(bytes);
      }
      if (outage(method)) {
        synchronized (this) {
          if (!method.equals("getupdates")) calls.add(new Call(method, body, 502, null));
          notifyAll();
        }
        byte[] page = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>"
            .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(502, page.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(page);
        }
        return;
      }
      Failure pollFailure;
      synchronized (this) {
        pollFailure = method.equals("getupdates") ? failingMethods.get(method) : null;
      }
      if (pollFailure != null) {
        reply(exchange, pollFailure.code(), error(pollFailure.code(), pollFailure.description(), null));
        return;
      }
      if (method.equals("getupdates")) {
        polls.incrementAndGet();
        pollsInFlight.incrementAndGet();
        try {
          reply(exchange, 200, ok(getUpdates(body.path("offset").asInt(0))));
        } finally {
          pollsInFlight.decrementAndGet();
        }
        return;
      }
      ObjectNode response = answer(method, body);
      int status = response.path("ok").asBoolean() ? 200 : response.path("error_code").asInt(500);
      Duration delay;
      boolean notJson;
      synchronized (this) {
        calls.add(new Call(method, body, status, response.get("result")));
        notifyAll();
        delay = delays.get(method);
        notJson = status == 200 && method.equals("sendmessage") && quirks.contains(Quirk.NOT_JSON);
      }
      if (delay != null) Thread.sleep(delay.toMillis()); // a slow server, not a test waiting
      if (notJson) {
        byte[] text = "Message sent".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, text.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(text);
        }
        return;
      }
      reply(exchange, status, response);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether this request falls in an outage; the trigger method starts one. */
  private synchronized boolean outage(String method) {
    if (outageTrigger != null && outageTrigger.equals(method)) {
      outageUntil = System.nanoTime() + outageLength.toNanos();
      outageTrigger = null;
      notifyAll();
    }
    return System.nanoTime() < outageUntil;
  }

  private void download(HttpExchange exchange, String filePath) throws IOException {
    byte[] content;
    synchronized (this) {
      content = files.get(filePath);
      ObjectNode body = JSON.createObjectNode().put("file_path", filePath);
      calls.add(new Call("download", body, content == null ? 404 : 200, null));
      notifyAll();
    }
    if (content == null) {
      exchange.sendResponseHeaders(404, -1);
      return;
    }
    exchange.sendResponseHeaders(200, content.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(content);
    }
  }

  private ArrayNode getUpdates(int offset) throws InterruptedException {
    ArrayNode out = JSON.createArrayNode();
    synchronized (this) {
      updates.removeIf(u -> u.path("update_id").asInt() < offset);
      long deadline = System.nanoTime() + HOLD.toNanos();
      while (updates.isEmpty()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) break;
        wait(Math.max(1, left / 1_000_000));
      }
      for (ObjectNode u : updates) {
        if (out.size() == 100) break;
        out.add(u);
      }
    }
    return out;
  }

  private ObjectNode answer(String method, ObjectNode body) {
    String chatId = body.path("chat_id").asText(null);
    synchronized (this) {
      Failure always = failingMethods.get(method);
      if (always != null) return error(always.code(), always.description(), always.retryAfter());
    }
    if (chatId != null) {
      Failure f;
      synchronized (this) {
        Deque<Failure> queue = failures.get(key(method, chatId));
        f = queue == null ? null : queue.poll();
      }
      if (f != null) {
        ObjectNode e = error(f.code(), f.description(), f.retryAfter());
        if (f.migrateTo() != null) e.putObject("parameters").put("migrate_to_chat_id", f.migrateTo());
        return e;
      }
    }
    switch (method) {
      case "getme": {
        ObjectNode me = TestUpdates.botUser();
        synchronized (this) {
          if (quirks.contains(Quirk.GETME_WITHOUT_IS_BOT)) me.remove(List.of("is_bot", "first_name"));
        }
        return ok(me);
      }
      case "deletewebhook":
      case "setmycommands":
      case "answercallbackquery":
        return ok(JSON.getNodeFactory().booleanNode(true));
      case "sendmessage":
      case "editmessagetext": {
        ObjectNode problem = checkMessage(body);
        if (problem != null) return problem;
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", method.equals("sendmessage") ? messageIds.incrementAndGet() : body.path("message_id").asInt());
        message.put("date", 1_764_000_000);
        message.set("from", TestUpdates.botUser());
        message.set("chat", TestUpdates.chat(Long.parseLong(chatId)));
        message.put("text", TelegramHtml.plain(body.path("text").asText(), body.path("parse_mode").asText("")));
        synchronized (this) {
          if (quirks.contains(Quirk.DATE_IN_MILLIS)) message.put("date", 1_764_000_000_123L);
          if (quirks.contains(Quirk.UNREADABLE_MESSAGE) && method.equals("sendmessage")) {
            message.put("message_id", "m-" + message.path("message_id").asInt());
          }
        }
        return ok(message);
      }
      case "getchatmember": {
        long user = body.path("user_id").asLong();
        String status;
        synchronized (this) {
          status = memberStatus.getOrDefault(chatId + ":" + user, "member");
        }
        ObjectNode member = JSON.createObjectNode();
        member.put("status", status);
        member.set("user", TestUpdates.user(user));
        if (status.equals("administrator")) member.put("can_be_edited", false).put("is_anonymous", false);
        return ok(member);
      }
      case "getfile": {
        String fileId = body.path("file_id").asText();
        String filePath;
        byte[] content;
        synchronized (this) {
          filePath = filePaths.get(fileId);
          content = filePath == null ? null : files.get(filePath);
        }
        if (filePath == null) return error(400, "Bad Request: invalid file_id", null);
        ObjectNode file = JSON.createObjectNode();
        file.put("file_id", fileId).put("file_unique_id", "u" + fileId).put("file_size", content.length)
            .put("file_path", filePath);
        return ok(file);
      }
      case "answerinlinequery": {
        JsonNode results = body.path("results");
        if (results.size() > 50) return error(400, "Bad Request: RESULTS_TOO_MUCH", null);
        for (JsonNode r : results) {
          JsonNode content = r.path("input_message_content");
          if ("HTML".equals(content.path("parse_mode").asText())) {
            String problem = TelegramHtml.problem(content.path("message_text").asText());
            if (problem != null) return error(400, "Bad Request: can't parse entities: " + problem, null);
          }
        }
        return ok(JSON.getNodeFactory().booleanNode(true));
      }
      default:
        return error(404, "Not Found: method not found", null);
    }
  }

  private static ObjectNode checkMessage(ObjectNode body) {
    String text = body.path("text").asText("");
    boolean html = "HTML".equalsIgnoreCase(body.path("parse_mode").asText(""));
    if (html) {
      String problem = TelegramHtml.problem(text);
      if (problem != null) return error(400, "Bad Request: can't parse entities: " + problem, null);
    }
    int length = html ? TelegramHtml.textLength(text) : text.length();
    if (length == 0) return error(400, "Bad Request: message text is empty", null);
    if (length > 4096) return error(400, "Bad Request: message is too long", null);
    for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
      for (JsonNode button : row) {
        String data = button.path("callback_data").asText("");
        if (data.isEmpty() || data.getBytes(StandardCharsets.UTF_8).length > 64) {
          return error(400, "Bad Request: BUTTON_DATA_INVALID", null);
        }
      }
    }
    return null;
  }

  public static ObjectNode ok(JsonNode result) {
    ObjectNode n = JSON.createObjectNode();
    n.put("ok", true);
    n.set("result", result);
    return n;
  }

  static ObjectNode error(int code, String description, Integer retryAfter) {
    ObjectNode n = JSON.createObjectNode();
    n.put("ok", false).put("error_code", code).put("description", description);
    if (retryAfter != null) n.putObject("parameters").put("retry_after", retryAfter);
    return n;
  }

  private static void reply(HttpExchange exchange, int status, ObjectNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Stops, after letting a held getUpdates end (at most {@link #HOLD}), so a stopped bot sees no I/O error. */
  @Override
  public void close() {
    long deadline = System.nanoTime() + HOLD.multipliedBy(2).toNanos();
    synchronized (this) {
      notifyAll();
      while (pollsInFlight.get() > 0 && System.nanoTime() < deadline) {
        try {
          wait(10);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    server.stop(0);
    executor.shutdownNow();
  }
}
