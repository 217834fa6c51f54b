package org.peacetalks.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.peacetalks.telegram.BotHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /healthz} for Docker's HEALTHCHECK, systemd or a load balancer: 200 with the bot's
 * state as JSON while it can hear and answer questions, 503 with the reason otherwise. The JDK's
 * own HTTP server on one daemon thread: a probe a few times a minute needs nothing more. Bound to
 * 127.0.0.1 unless {@code health.host} says otherwise.
 */
final class HealthServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(HealthServer.class);
  static final String PATH = "/healthz";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService executor;
  private final Supplier<BotHealth> health;

  private HealthServer(HttpServer server, ExecutorService executor, Supplier<BotHealth> health) {
    this.server = server;
    this.executor = executor;
    this.health = health;
  }

  /**
   * Serves until closed. @throws IOException when the address cannot be bound (in use, not local)
   */
  static HealthServer start(String host, int port, Supplier<BotHealth> health) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
    ExecutorService executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "health");
              t.setDaemon(true);
              return t;
            });
    HealthServer out = new HealthServer(server, executor, health);
    server.createContext(PATH, out::handle);
    server.setExecutor(executor);
    server.start();
    log.info("Health check at http://{}:{}{}", host, out.port(), PATH);
    return out;
  }

  int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("GET")
          && !exchange.getRequestMethod().equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      if (!exchange.getRequestURI().getPath().equals(PATH)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      BotHealth now = health.get();
      byte[] body = JSON.writeValueAsBytes(now.asJson());
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(now.healthy() ? 200 : 503, head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    } catch (RuntimeException e) {
      log.warn("Health check failed: {}", e.toString());
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
