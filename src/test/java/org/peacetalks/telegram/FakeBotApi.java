package org.peacetalks.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.peacetalks.bench.botapi.ApiReply;
import org.peacetalks.bench.botapi.ApiRequest;
import org.peacetalks.bench.botapi.BotApiServer;
import org.peacetalks.bench.botapi.Delays;
import org.peacetalks.bench.botapi.DocumentsRoute;
import org.peacetalks.bench.botapi.FilesRoute;
import org.peacetalks.bench.botapi.InlineRoute;
import org.peacetalks.bench.botapi.MembersRoute;
import org.peacetalks.bench.botapi.MessagesRoute;
import org.peacetalks.bench.botapi.Outage;
import org.peacetalks.bench.botapi.ScriptedFailures;
import org.peacetalks.bench.botapi.UpdatesRoute;
import org.peacetalks.bench.botapi.Upload;

/**
 * The fake Bot API ({@link BotApiServer} with every route) as the telegram tests drive it:
 * long-polled getUpdates, strict HTML and length checks on messages (400 as Telegram words it),
 * callback_data ≤ 64 bytes, ≤ 50 inline results, sendDocument as multipart/form-data (the file
 * recorded with its name and bytes, the caption checked), and scripted failures (429, 5xx, 403…)
 * for the next call of a method to a chat. Serves uploaded files like Telegram: getFile, then
 * {@code /file/bot<token>/<file_path>} (recorded as method {@code "download"}). Records every call
 * but getUpdates, and lets a test wait for one.
 */
final class FakeBotApi implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  /** How long an empty getUpdates is held: short, so that a stopped bot's last poll ends soon. */
  private static final Duration HOLD = Duration.ofSeconds(1);

  /** Message ids of sent messages start above those of the fixtures' updates. */
  private static final int FIRST_MESSAGE_ID = 5000;

  /** One recorded call, the files sent with it, and how it was answered. */
  record Call(String method, ObjectNode body, List<Upload> files, int status, JsonNode result) {
    String chatId() {
      return body.path("chat_id").asText(null);
    }

    String text() {
      return body.path("text").asText(null);
    }

    boolean ok() {
      return status == 200;
    }

    /** The file sent for the parameter {@code field} (sendDocument's is "document"), or null. */
    Upload file(String field) {
      return new ApiRequest(method, body, files).file(field);
    }
  }

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

  private final BotApiServer server;
  private final UpdatesRoute updates = new UpdatesRoute(HOLD);
  private final FilesRoute files = new FilesRoute();
  private final MembersRoute members = new MembersRoute();
  private final ScriptedFailures failures = new ScriptedFailures();
  private final Outage outage = new Outage();
  private final Delays delays = new Delays();
  // Guarded by this.
  private final List<Call> calls = new ArrayList<>();
  private final Set<Quirk> quirks = EnumSet.noneOf(Quirk.class);

  FakeBotApi(String token) throws IOException {
    ObjectNode bot = TestUpdates.botUser();
    MessagesRoute messages = new MessagesRoute(bot, FIRST_MESSAGE_ID);
    server =
        new BotApiServer(token)
            .filter(outage)
            .filter(delays)
            .filter(failures)
            .filter((request, next) -> bend(request, next.answer(request)))
            .route(updates, "getUpdates")
            .route(request -> ApiReply.ok(bot), "getMe")
            .route(
                request -> ApiReply.okTrue(),
                "deleteWebhook",
                "setMyCommands",
                "answerCallbackQuery")
            .route(messages, "sendMessage", "editMessageText")
            .route(new DocumentsRoute(bot, messages, files), "sendDocument")
            .route(members, "getChatMember")
            .route(files, "getFile", ApiRequest.DOWNLOAD)
            .route(new InlineRoute(), "answerInlineQuery")
            .watch(this::record)
            .start();
  }

  int port() {
    return server.port();
  }

  /** The server's address, for {@code TELEGRAM_API_URL}. */
  URI url() {
    return server.url();
  }

  /** getUpdates calls so far, failed ones included. */
  int polls() {
    return (int) server.arrivals("getupdates");
  }

  /** getUpdates calls being held right now. */
  int pollsInFlight() {
    return updates.inFlight();
  }

  /** Queues an update for getUpdates. */
  void push(ObjectNode update) {
    updates.push(update);
  }

  /**
   * A file users can send: getFile of {@code fileId} gives {@code filePath}, whose download is
   * {@code content}.
   */
  void putFile(String fileId, String filePath, byte[] content) {
    files.put(fileId, filePath, content);
  }

  /**
   * The next call of {@code method} for {@code chatId} fails like this. Queued: several calls fail
   * in turn.
   */
  void failNext(String method, long chatId, int code, String description, Integer retryAfter) {
    failures.failNext(method, chatId, code, description, retryAfter);
  }

  /**
   * The next call of {@code method} for {@code chatId} fails as Telegram's does for a group that
   * became a supergroup.
   */
  void failNextMigrated(String method, long chatId, long newChatId) {
    failures.failNextMigrated(method, chatId, newChatId);
  }

  /** Bends replies in these ways from now on. */
  synchronized void quirks(Quirk... bent) {
    quirks.clear();
    quirks.addAll(List.of(bent));
  }

  /** Every call of {@code method} fails like this until {@link #recover(String)}. */
  void failAlways(String method, int code, String description) {
    failures.failAlways(method, code, description);
  }

  void recover(String method) {
    failures.recover(method);
  }

  /** Holds every answer to {@code method} back this long (the call is recorded when it arrives). */
  void delay(String method, Duration delay) {
    delays.delay(method, delay);
  }

  /**
   * The first call of {@code method} from now on starts an outage: for {@code length}, every
   * request (that one included) is answered 502 with an HTML page, as a proxy in front of a Bot API
   * that is down does.
   */
  void outageOnFirst(String method, Duration length) {
    outage.armOnNext(method, length);
  }

  /** Ends an outage now. */
  synchronized void endOutage() {
    outage.end();
    notifyAll();
  }

  /** True while an outage lasts. */
  boolean down() {
    return outage.down();
  }

  /** True once an outage was started and has ended. */
  boolean outageOver() {
    return outage.over();
  }

  /**
   * What getChatMember says of {@code userId} in {@code chatId}: creator, administrator, member,
   * left…
   */
  void memberStatus(long chatId, long userId, String status) {
    members.status(chatId, userId, status);
  }

  synchronized List<Call> calls(String method, Predicate<Call> filter) {
    List<Call> out = new ArrayList<>();
    for (Call c : calls) if (c.method().equalsIgnoreCase(method) && filter.test(c)) out.add(c);
    return out;
  }

  /** Waits for a call like this, answered with 200. */
  Call await(String method, Predicate<Call> filter, Duration timeout) throws InterruptedException {
    return awaitAny(method, c -> c.ok() && filter.test(c), timeout);
  }

  /**
   * The first successful {@code method} call to {@code chat} whose text contains {@code
   * containing}.
   */
  Call awaitIn(String method, long chat, String containing, Duration timeout)
      throws InterruptedException {
    return await(
        method,
        c -> String.valueOf(chat).equals(c.chatId()) && c.text().contains(containing),
        timeout);
  }

  /** Waits for a call like this, whatever the answer. */
  synchronized Call awaitAny(String method, Predicate<Call> filter, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<Call> found = calls(method, filter);
      if (!found.isEmpty()) return found.get(0);
      long left = deadline - System.nanoTime();
      if (left <= 0)
        throw new AssertionError(
            "no " + method + " call like that within " + timeout + "; calls: " + calls);
      wait(Math.max(1, left / 1_000_000));
    }
  }

  /** Telegram's error envelope, for tests that stage replies by hand. */
  static ObjectNode error(int code, String description, Integer retryAfter) {
    ObjectNode parameters =
        retryAfter == null ? null : JSON.createObjectNode().put("retry_after", retryAfter);
    return ApiReply.error(code, description, parameters).json();
  }

  /** Telegram's success envelope around {@code result}. */
  static ObjectNode ok(JsonNode result) {
    return ApiReply.ok(result).json();
  }

  private synchronized void record(ApiRequest request, ApiReply reply) {
    if (request.method().equals("getupdates")) return;
    calls.add(
        new Call(
            request.method(), request.body(), request.files(), reply.status(), reply.result()));
    notifyAll();
  }

  /** The reply as a server with the quirks set would give it. */
  private ApiReply bend(ApiRequest request, ApiReply reply) {
    Set<Quirk> bent;
    synchronized (this) {
      if (quirks.isEmpty() || !reply.ok()) return reply;
      bent = EnumSet.copyOf(quirks);
    }
    String method = request.method();
    if (method.equals("getme") && bent.contains(Quirk.GETME_WITHOUT_IS_BOT)) {
      ObjectNode me = ((ObjectNode) reply.result()).deepCopy();
      me.remove(List.of("is_bot", "first_name"));
      return ApiReply.ok(me);
    }
    if (!method.equals("sendmessage") && !method.equals("editmessagetext")) return reply;
    if (method.equals("sendmessage") && bent.contains(Quirk.NOT_JSON)) {
      return ApiReply.raw(200, null, "Message sent".getBytes(StandardCharsets.UTF_8));
    }
    ObjectNode message = (ObjectNode) reply.result();
    if (bent.contains(Quirk.DATE_IN_MILLIS)) message.put("date", 1_764_000_000_123L);
    if (bent.contains(Quirk.UNREADABLE_MESSAGE) && method.equals("sendmessage")) {
      message.put("message_id", "m-" + message.path("message_id").asInt());
    }
    return reply;
  }

  /** Stops, after answering a held getUpdates, so a stopped bot sees no I/O error. */
  @Override
  public void close() {
    server.close();
  }
}
