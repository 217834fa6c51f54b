package org.peacetalks.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Bot API server on 127.0.0.1 for the bench and the soak run, small and fast: getUpdates long
 * polling with held requests, and deleteWebhook, getMe, setMyCommands and sendMessage. It
 * offers questions as updates and pairs every delivered sendMessage with the question it answers
 * (by {@code reply_to_message_id} in groups, else the chat's oldest unanswered question: a chat's
 * updates are handled in order), so it can tell lost and repeated answers, and the time from
 * offer to delivery. Optionally it misbehaves, per {@link Faults}. Thread-safe.
 */
public final class LoopbackBotApi implements AutoCloseable {
  static {
    // The JDK server writes headers and body apart; with Nagle's algorithm on, the client's
    // delayed ACK then holds every reply ~40 ms, which would be measured as the bot's latency.
    // Read once, when the JDK's server classes load: set before the first server is made.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long BOT_ID = 999;
  private static final String BOT_NAME = "PeaceTalksBenchBot";

  /**
   * Misbehaviour injected into sendMessage and getUpdates calls, each chance per call: 429 with
   * {@code retry_after} 1, 500, a reply delayed by up to {@code slowMax}, and a dropped
   * connection (closed without a response, before anything is delivered).
   */
  public record Faults(double tooManyRequests, double serverError, double slow, double dropped, Duration slowMax) {
    public static final Faults NONE = new Faults(0, 0, 0, 0, Duration.ZERO);

    public Faults {
      if (tooManyRequests + serverError + slow + dropped > 1) throw new IllegalArgumentException("chances add up over 1");
    }
  }

  /** What went wrong, on purpose, so far. */
  public record FaultCounts(int tooManyRequests, int serverErrors, int slow, int dropped) {}

  private record Question(int updateId, long chatId, long offeredNanos) {}

  private final String prefix;
  private final Faults faults;
  private final Duration hold;
  private final HttpServer server;
  private final ExecutorService executor;

  // Guarded by this.
  private final List<String> updates = new ArrayList<>();
  private final List<Integer> updateIds = new ArrayList<>();
  private final Map<Integer, Question> unanswered = new HashMap<>();
  private final Map<Long, ArrayDeque<Question>> unansweredByChat = new HashMap<>();
  private final Map<Integer, Integer> answers = new HashMap<>();
  private LatencySample latency = new LatencySample(1024);
  private int nextUpdateId = 1;
  private int delivered;
  private int repeated;
  private int unmatched;
  private long lastDeliveryNanos;
  private long polls;
  private long firstPollNanos;
  private int pollsHeld;
  private boolean closing;
  /** An outage armed by {@link #outageOnNextSend}: its length, and when a started one ends. */
  private Duration outageLength;
  private long outageUntil;
  private int outageRefused;

  private final AtomicInteger messageIds = new AtomicInteger(1_000_000);
  private final AtomicInteger fault429 = new AtomicInteger();
  private final AtomicInteger fault500 = new AtomicInteger();
  private final AtomicInteger faultSlow = new AtomicInteger();
  private final AtomicInteger faultDropped = new AtomicInteger();

  /**
   * Starts listening on a free loopback port.
   *
   * @param hold how long a getUpdates with nothing to return is held (Telegram holds up to its
   *     {@code timeout}; short here so that stopping is quick)
   */
  public LoopbackBotApi(String token, Faults faults, Duration hold) throws IOException {
    this.prefix = "/bot" + token + "/";
    this.faults = faults;
    this.hold = hold;
    this.executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "loopback-bot-api");
      t.setDaemon(true);
      return t;
    });
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** The server's address, for {@code TELEGRAM_API_URL}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /**
   * Offers a question as a text message update: from user {@code chatId} in a private chat
   * ({@code chatId > 0}), or from user 1 in a supergroup ({@code chatId < 0}; ask with
   * {@code /ask} there). Returns its update id, which is also its message id.
   */
  public synchronized int offer(long chatId, String text) {
    int id = nextUpdateId++;
    long user = chatId > 0 ? chatId : 1;
    ObjectNode update = JSON.createObjectNode();
    update.put("update_id", id);
    ObjectNode m = update.putObject("message");
    m.put("message_id", id).put("date", 1_764_000_000);
    m.putObject("from").put("id", user).put("is_bot", false).put("first_name", "User" + user);
    ObjectNode chat = m.putObject("chat").put("id", chatId).put("type", chatId > 0 ? "private" : "supergroup");
    if (chatId < 0) chat.put("title", "Group " + chatId);
    m.put("text", text);
    if (text.startsWith("/")) {
      int end = text.indexOf(' ');
      m.putArray("entities").addObject().put("type", "bot_command").put("offset", 0)
          .put("length", end < 0 ? text.length() : end);
    }
    updates.add(update.toString());
    updateIds.add(id);
    Question q = new Question(id, chatId, System.nanoTime());
    unanswered.put(id, q);
    unansweredByChat.computeIfAbsent(chatId, c -> new ArrayDeque<>()).add(q);
    notifyAll();
    return id;
  }

  /** Answers delivered (sendMessage answered with 200), repeats included. */
  public synchronized int delivered() {
    return delivered;
  }

  /** Questions offered and not answered yet. */
  public synchronized int unanswered() {
    return unanswered.size();
  }

  /** Answers delivered for a question that had been answered already. */
  public synchronized int repeated() {
    return repeated;
  }

  /** Messages delivered that answer no question offered. */
  public synchronized int unmatched() {
    return unmatched;
  }

  /** How many answers each question offered got (0 for none yet). */
  public synchronized int answersTo(int updateId) {
    return answers.getOrDefault(updateId, 0);
  }

  /** When the last answer arrived ({@link System#nanoTime()}). */
  public synchronized long lastDeliveryNanos() {
    return lastDeliveryNanos;
  }

  /** getUpdates calls so far, failed ones included. */
  public synchronized long polls() {
    return polls;
  }

  /** When the first getUpdates arrived ({@link System#nanoTime()}), 0 before. */
  public synchronized long firstPollNanos() {
    return firstPollNanos;
  }

  /** Offer-to-delivery times since the last call, and starts a new sample. */
  public synchronized LatencySample takeLatency() {
    LatencySample out = latency;
    latency = new LatencySample(1024);
    return out;
  }

  public FaultCounts faultCounts() {
    return new FaultCounts(fault429.get(), fault500.get(), faultSlow.get(), faultDropped.get());
  }

  /**
   * The next sendMessage starts an outage: for {@code length}, every request (that one included)
   * is answered 502 with an HTML page, as a proxy in front of a Bot API that is down does.
   */
  public synchronized void outageOnNextSend(Duration length) {
    outageLength = length;
  }

  /** Requests refused during outages so far. */
  public synchronized int outageRefused() {
    return outageRefused;
  }

  /** Whether this request falls in an outage; an armed one starts at the next sendMessage. */
  private synchronized boolean inOutage(String method) {
    if (outageLength != null && method.equals("sendmessage")) {
      outageUntil = System.nanoTime() + outageLength.toNanos();
      outageLength = null;
    }
    boolean down = System.nanoTime() < outageUntil;
    if (down) outageRefused++;
    return down;
  }

  /** Waits until every question offered is answered; false on timeout. */
  public synchronized boolean awaitAllAnswered(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!unanswered.isEmpty()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) return false;
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }

  /** Waits until the first getUpdates arrives; false on timeout. */
  public synchronized boolean awaitFirstPoll(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (firstPollNanos == 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) return false;
      wait(Math.max(1, Math.min(left / 1_000_000, 5)));
    }
    return true;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getPath();
      if (!path.startsWith(prefix)) {
        reply(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        return;
      }
      String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
      JsonNode body;
      try (InputStream in = exchange.getRequestBody()) {
        byte[] bytes = in.readAllBytes();
        body = bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
      }
      if (inOutage(method)) {
        reply(exchange, 502, "<html><head><title>502 Bad Gateway</title></head><body>502 Bad Gateway</body></html>");
        return;
      }
      boolean faulty = method.equals("getupdates") || method.equals("sendmessage");
      if (method.equals("getupdates")) {
        synchronized (this) {
          polls++;
          if (firstPollNanos == 0) firstPollNanos = System.nanoTime();
          notifyAll();
        }
      }
      if (faulty && misbehave(exchange)) return;
      switch (method) {
        case "getupdates" -> reply(exchange, 200, ok(getUpdates(body.path("offset").asInt(0))));
        case "sendmessage" -> reply(exchange, 200, ok(sendMessage(body)));
        case "getme" -> reply(exchange, 200, ok("{\"id\":" + BOT_ID + ",\"is_bot\":true,\"first_name\":\"Bench\","
            + "\"username\":\"" + BOT_NAME + "\"}"));
        case "deletewebhook", "setmycommands", "answercallbackquery" -> reply(exchange, 200, ok("true"));
        default -> reply(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method not found\"}");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.close();
    } catch (IOException | RuntimeException e) {
      exchange.close(); // the client sees a dropped connection, which it must survive anyway
    }
  }

  /** Injects a fault, maybe; true when the call has been answered (or dropped) by it. */
  private boolean misbehave(HttpExchange exchange) throws IOException, InterruptedException {
    if (faults == Faults.NONE) return false;
    double roll = ThreadLocalRandom.current().nextDouble();
    if ((roll -= faults.tooManyRequests()) < 0) {
      fault429.incrementAndGet();
      reply(exchange, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
          + "\"parameters\":{\"retry_after\":1}}");
      return true;
    }
    if ((roll -= faults.serverError()) < 0) {
      fault500.incrementAndGet();
      reply(exchange, 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
      return true;
    }
    if ((roll -= faults.dropped()) < 0) {
      faultDropped.incrementAndGet();
      exchange.close(); // no response headers: the JDK server closes the connection
      return true;
    }
    if ((roll -= faults.slow()) < 0) {
      faultSlow.incrementAndGet();
      Thread.sleep(ThreadLocalRandom.current().nextLong(Math.max(1, faults.slowMax().toMillis())));
    }
    return false;
  }

  private String getUpdates(int offset) throws InterruptedException {
    StringBuilder out = new StringBuilder("[");
    synchronized (this) {
      int drop = 0;
      while (drop < updateIds.size() && updateIds.get(drop) < offset) drop++;
      if (drop > 0) {
        updates.subList(0, drop).clear();
        updateIds.subList(0, drop).clear();
      }
      long deadline = System.nanoTime() + hold.toNanos();
      pollsHeld++;
      try {
        while (updates.isEmpty() && !closing) {
          long left = deadline - System.nanoTime();
          if (left <= 0) break;
          wait(Math.max(1, left / 1_000_000));
        }
      } finally {
        pollsHeld--;
        notifyAll();
      }
      for (int i = 0; i < updates.size() && i < 100; i++) {
        if (i > 0) out.append(',');
        out.append(updates.get(i));
      }
    }
    return out.append(']').toString();
  }

  private String sendMessage(JsonNode body) {
    long arrived = System.nanoTime();
    long chatId = body.path("chat_id").asLong();
    JsonNode replyTo = body.path("reply_to_message_id");
    if (replyTo.isMissingNode()) replyTo = body.path("reply_parameters").path("message_id");
    synchronized (this) {
      delivered++;
      lastDeliveryNanos = arrived;
      Question q;
      if (replyTo.canConvertToInt() && replyTo.asInt() > 0) {
        int id = replyTo.asInt();
        q = unanswered.remove(id);
        if (q != null) unansweredByChat.get(q.chatId()).remove(q);
        if (q != null || answers.containsKey(id)) {
          if (q == null) repeated++;
          answers.merge(id, 1, Integer::sum);
        } else {
          unmatched++;
        }
      } else {
        ArrayDeque<Question> open = unansweredByChat.get(chatId);
        q = open == null ? null : open.poll();
        if (q != null) {
          unanswered.remove(q.updateId());
          answers.merge(q.updateId(), 1, Integer::sum);
        } else {
          unmatched++; // in a private chat a repeat cannot be told from an unasked answer
        }
      }
      if (q != null) latency.add(arrived - q.offeredNanos());
      notifyAll();
    }
    long chat = chatId;
    return "{\"message_id\":" + messageIds.incrementAndGet() + ",\"date\":1764000000,"
        + "\"from\":{\"id\":" + BOT_ID + ",\"is_bot\":true,\"first_name\":\"Bench\"},"
        + "\"chat\":{\"id\":" + chat + ",\"type\":\"" + (chat > 0 ? "private" : "supergroup") + "\"},"
        + "\"text\":\"ok\"}";
  }

  private static String ok(String result) {
    return "{\"ok\":true,\"result\":" + result + "}";
  }

  private static void reply(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /**
   * Stops: polls being held are answered (empty) first, so that a bot stopped before the server
   * sees no I/O error; then the server goes, whatever is still in flight.
   */
  @Override
  public void close() {
    synchronized (this) {
      closing = true;
      notifyAll();
      long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
      while (pollsHeld > 0 && System.nanoTime() < deadline) {
        try {
          wait(10);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    server.stop(1);
    executor.shutdownNow();
  }
}
