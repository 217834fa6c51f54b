package org.peacetalks.bench.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of a fake Bot API on a free loopback port: {@code POST /bot<token>/<method>} with a
 * JSON body or, for calls that send files, a multipart/form-data one ({@link MultipartForm}), and
 * {@code GET /file/bot<token>/<file_path>} (the method {@code download}). Calls go through the
 * filters, outermost first, to the route registered for their method; a wrong token is 401, an
 * unknown method 404, as Telegram answers. Configure, then {@link #start()}. Thread-safe once
 * started.
 */
public final class BotApiServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BotApiServer.class);

  /** Connections waiting to be accepted: a burst of bench questions opens many at once. */
  private static final int BACKLOG = 128;

  /** How long closing waits for held getUpdates calls to be answered. */
  private static final Duration DRAIN = Duration.ofSeconds(1);

  private final String apiPrefix;
  private final String filePrefix;
  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final List<Filter> filters = new ArrayList<>();
  private final List<UpdatesRoute> pollRoutes = new ArrayList<>();
  private final List<BiConsumer<ApiRequest, ApiReply>> watchers = new ArrayList<>();
  private final Map<String, AtomicLong> arrivals = new ConcurrentHashMap<>();
  private volatile Route chain;

  public BotApiServer(String token) throws IOException {
    this.apiPrefix = "/bot" + token + "/";
    this.filePrefix = "/file/bot" + token + "/";
    this.executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "fake-bot-api");
              t.setDaemon(true);
              return t;
            });
    this.server = LoopbackHttp.create(BACKLOG);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
  }

  /** Answers these methods (any case) with {@code route}. */
  public BotApiServer route(Route route, String... methods) {
    for (String m : methods) routes.put(m.toLowerCase(Locale.ROOT), route);
    if (route instanceof UpdatesRoute updates) pollRoutes.add(updates);
    return this;
  }

  /** Puts {@code filter} in front of every route, inside the filters added before it. */
  public BotApiServer filter(Filter filter) {
    filters.add(filter);
    return this;
  }

  /** Is told of every call and its answer, before the answer is written. */
  public BotApiServer watch(BiConsumer<ApiRequest, ApiReply> watcher) {
    watchers.add(watcher);
    return this;
  }

  public BotApiServer start() {
    Route inner =
        request -> {
          Route route = routes.get(request.method());
          return route == null
              ? ApiReply.error(404, "Not Found: method not found")
              : route.answer(request);
        };
    for (int i = filters.size() - 1; i >= 0; i--) {
      Filter filter = filters.get(i);
      Route next = inner;
      inner = request -> filter.answer(request, next);
    }
    chain = inner;
    server.start();
    return this;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The server's address, for {@code TELEGRAM_API_URL}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + port());
  }

  /** Calls of {@code method} that arrived so far, answered or not. */
  public long arrivals(String method) {
    AtomicLong n = arrivals.get(method.toLowerCase(Locale.ROOT));
    return n == null ? 0 : n.get();
  }

  private void handle(HttpExchange exchange) {
    try (exchange) {
      ApiRequest request;
      try {
        request = request(exchange);
      } catch (MultipartForm.MalformedException e) {
        write(exchange, ApiReply.error(400, "Bad Request: " + e.getMessage()));
        return;
      }
      if (request == null) {
        write(exchange, ApiReply.error(401, "Unauthorized"));
        return;
      }
      arrivals.computeIfAbsent(request.method(), m -> new AtomicLong()).incrementAndGet();
      ApiReply reply = chain.answer(request);
      for (BiConsumer<ApiRequest, ApiReply> w : watchers) w.accept(request, reply);
      if (reply.dropped()) return; // no response headers: the JDK server closes the connection
      if (!reply.hold().isZero())
        Thread.sleep(reply.hold().toMillis()); // a slow server, not a test waiting
      write(exchange, reply);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      log.debug(
          "Fake Bot API exchange ended: {}",
          e.toString()); // the client went; it must survive that anyway
    } catch (RuntimeException e) {
      log.warn(
          "Fake Bot API route failed", e); // a bug in a route: answered by a dropped connection
    }
  }

  /** The call, or null when the path is not this token's. */
  private ApiRequest request(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (path.startsWith(filePrefix)) {
      ObjectNode body =
          ApiReply.JSON.createObjectNode().put("file_path", path.substring(filePrefix.length()));
      return new ApiRequest(ApiRequest.DOWNLOAD, body);
    }
    if (!path.startsWith(apiPrefix)) return null;
    String method = path.substring(apiPrefix.length()).toLowerCase(Locale.ROOT);
    byte[] bytes;
    try (InputStream in = exchange.getRequestBody()) {
      bytes = in.readAllBytes();
    }
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (MultipartForm.isMultipart(contentType)) {
      // Files go as multipart/form-data: the text fields become the body, as strings (as the
      // client sends chat_id in JSON too), the files ride along.
      MultipartForm form = MultipartForm.parse(contentType, bytes);
      ObjectNode body = ApiReply.JSON.createObjectNode();
      form.fields().forEach(body::put);
      return new ApiRequest(method, body, form.files());
    }
    JsonNode body =
        bytes.length == 0 ? ApiReply.JSON.createObjectNode() : ApiReply.JSON.readTree(bytes);
    return new ApiRequest(
        method, body instanceof ObjectNode o ? o : ApiReply.JSON.createObjectNode());
  }

  private static void write(HttpExchange exchange, ApiReply reply) throws IOException {
    byte[] body;
    if (reply.json() != null) {
      body = ApiReply.JSON.writeValueAsBytes(reply.json());
      exchange.getResponseHeaders().set("Content-Type", "application/json");
    } else {
      body = reply.raw();
      if (reply.contentType() != null)
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
    }
    if (body == null) {
      exchange.sendResponseHeaders(reply.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(reply.status(), body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /**
   * Stops: held getUpdates calls are answered (empty) first, so that a bot stopped before the
   * server sees no I/O error; then the server goes, whatever is still in flight.
   */
  @Override
  public void close() {
    for (UpdatesRoute updates : pollRoutes) updates.release(DRAIN);
    server.stop(0);
    executor.shutdownNow();
  }
}
