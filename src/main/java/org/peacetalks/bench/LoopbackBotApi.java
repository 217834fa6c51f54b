package org.peacetalks.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.peacetalks.bench.botapi.ApiReply;
import org.peacetalks.bench.botapi.ApiRequest;
import org.peacetalks.bench.botapi.BotApiServer;
import org.peacetalks.bench.botapi.MessagesRoute;
import org.peacetalks.bench.botapi.Outage;
import org.peacetalks.bench.botapi.RandomFaults;
import org.peacetalks.bench.botapi.Route;
import org.peacetalks.bench.botapi.UpdatesRoute;

/**
 * The fake Bot API as the bench and the soak run use it: it offers questions as updates and pairs
 * every delivered sendMessage with the question it answers (by {@code reply_to_message_id} in
 * groups, else the chat's oldest unanswered question: a chat's updates are handled in order), so it
 * can tell lost and repeated answers, and the time from offer to delivery. Optionally it
 * misbehaves, per {@link RandomFaults.Chances}, on getUpdates and sendMessage. Thread-safe.
 */
public final class LoopbackBotApi implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long BOT_ID = 999;
  private static final String BOT_NAME = "PeaceTalksBenchBot";

  /** Latency samples are sized for a burst of questions; they grow past it. */
  private static final int SAMPLE_SIZE = 1024;

  private record Question(int updateId, long chatId, long offeredNanos) {}

  private final BotApiServer server;
  private final UpdatesRoute updates;
  private final Outage outage = new Outage();
  private final RandomFaults faults;

  // Guarded by this.
  private final Map<Integer, Question> unanswered = new HashMap<>();
  private final Map<Long, ArrayDeque<Question>> unansweredByChat = new HashMap<>();
  private final Map<Integer, Integer> answers = new HashMap<>();
  private LatencySample latency = new LatencySample(SAMPLE_SIZE);
  private int nextUpdateId = 1;
  private int delivered;
  private int repeated;
  private int unmatched;
  private long lastDeliveryNanos;

  /**
   * Starts listening on a free loopback port.
   *
   * @param hold how long a getUpdates with nothing to return is held (Telegram holds up to its
   *     {@code timeout}; short here so that stopping is quick)
   */
  public LoopbackBotApi(String token, RandomFaults.Chances chances, Duration hold)
      throws IOException {
    ObjectNode bot =
        JSON.createObjectNode()
            .put("id", BOT_ID)
            .put("is_bot", true)
            .put("first_name", "Bench")
            .put("username", BOT_NAME);
    this.updates = new UpdatesRoute(hold);
    this.faults = new RandomFaults(chances, Set.of("getupdates", "sendmessage"));
    MessagesRoute messages = new MessagesRoute(bot, 1_000_000);
    Route answered = request -> delivered(request, messages.answer(request));
    this.server =
        new BotApiServer(token)
            .filter(outage)
            .filter(faults)
            .route(updates, "getUpdates")
            .route(answered, "sendMessage")
            .route(request -> ApiReply.ok(bot), "getMe")
            .route(
                request -> ApiReply.okTrue(),
                "deleteWebhook",
                "setMyCommands",
                "answerCallbackQuery")
            .start();
  }

  /** The server's address, for {@code TELEGRAM_API_URL}. */
  public URI url() {
    return server.url();
  }

  /**
   * Offers a question as a text message update: from user {@code chatId} in a private chat ({@code
   * chatId > 0}), or from user 1 in a supergroup ({@code chatId < 0}; ask with {@code /ask} there).
   * Returns its update id, which is also its message id.
   */
  public synchronized int offer(long chatId, String text) {
    // Ids are given and pushed under one lock so that they reach the queue in order: the queue
    // forgets ids below a poll's offset, as Telegram does.
    int id = nextUpdateId++;
    long user = chatId > 0 ? chatId : 1;
    ObjectNode update = JSON.createObjectNode();
    update.put("update_id", id);
    ObjectNode m = update.putObject("message");
    m.put("message_id", id).put("date", 1_764_000_000);
    m.putObject("from").put("id", user).put("is_bot", false).put("first_name", "User" + user);
    ObjectNode chat =
        m.putObject("chat").put("id", chatId).put("type", chatId > 0 ? "private" : "supergroup");
    if (chatId < 0) chat.put("title", "Group " + chatId);
    m.put("text", text);
    if (text.startsWith("/")) {
      int end = text.indexOf(' ');
      m.putArray("entities")
          .addObject()
          .put("type", "bot_command")
          .put("offset", 0)
          .put("length", end < 0 ? text.length() : end);
    }
    Question q = new Question(id, chatId, System.nanoTime());
    unanswered.put(id, q);
    unansweredByChat.computeIfAbsent(chatId, c -> new ArrayDeque<>()).add(q);
    updates.push(update);
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
  public long polls() {
    return server.arrivals("getupdates");
  }

  /** Offer-to-delivery times since the last call, and starts a new sample. */
  public synchronized LatencySample takeLatency() {
    LatencySample out = latency;
    latency = new LatencySample(SAMPLE_SIZE);
    return out;
  }

  public RandomFaults.Counts faultCounts() {
    return faults.counts();
  }

  /**
   * The next sendMessage starts an outage: for {@code length}, every request (that one included) is
   * answered 502 with an HTML page, as a proxy in front of a Bot API that is down does.
   */
  public void outageOnNextSend(Duration length) {
    outage.armOnNext("sendmessage", length);
  }

  /** Requests refused during outages so far. */
  public int outageRefused() {
    return outage.refused();
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
  public boolean awaitFirstPoll(Duration timeout) throws InterruptedException {
    return updates.awaitFirstPoll(timeout);
  }

  /** When the first getUpdates arrived ({@link System#nanoTime()}), 0 before. */
  public long firstPollNanos() {
    return updates.firstPollNanos();
  }

  /** Pairs a delivered answer with its question. */
  private ApiReply delivered(ApiRequest request, ApiReply reply) {
    if (!reply.ok()) return reply;
    long arrived = System.nanoTime();
    JsonNode body = request.body();
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
    return reply;
  }

  @Override
  public void close() {
    server.close();
  }
}
