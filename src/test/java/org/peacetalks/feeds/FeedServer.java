package org.peacetalks.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Feeds and pages on 127.0.0.1 for tests: a route per path (query aside), changeable while the test
 * runs; every request is recorded with its headers. Unknown paths get a 404.
 */
public final class FeedServer implements AutoCloseable {
  /** Answers one request. */
  @FunctionalInterface
  public interface Route {
    void handle(HttpExchange exchange) throws IOException;
  }

  /** A request as received. */
  public record Request(String path, String query, Map<String, List<String>> headers) {
    public String header(String name) {
      for (var e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) return e.getValue().get(0);
      }
      return null;
    }
  }

  private final String host;
  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(8);
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final List<Request> requests = new ArrayList<>();

  public FeedServer() throws IOException {
    this("127.0.0.1");
  }

  /** A server on another loopback address (127.0.0.2, …): another site to the fetcher. */
  public FeedServer(String host) throws IOException {
    this.host = host;
    server = HttpServer.create(new InetSocketAddress(host, 0), 0);
    server.setExecutor(pool);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            String path = exchange.getRequestURI().getPath();
            synchronized (requests) {
              requests.add(
                  new Request(
                      path,
                      exchange.getRequestURI().getRawQuery(),
                      Map.copyOf(exchange.getRequestHeaders())));
            }
            Route route = routes.get(path);
            if (route == null) {
              send(exchange, 404, "text/html", "<html><body>Not found</body></html>");
            } else {
              route.handle(exchange);
            }
          }
        });
    server.start();
  }

  public String url(String path) {
    return "http://" + host + ":" + server.getAddress().getPort() + path;
  }

  public void route(String path, Route route) {
    routes.put(path, route);
  }

  public void serve(String path, String contentType, String body) {
    route(path, ex -> send(ex, 200, contentType, body));
  }

  public List<Request> requests(String path) {
    synchronized (requests) {
      return requests.stream().filter(r -> r.path().equals(path)).toList();
    }
  }

  public static void send(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** An RSS 2.0 feed of items: {link, title, description(, pubDate RFC 1123)}. */
  public static String rss(String title, List<String[]> items) {
    StringBuilder s =
        new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
                    + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>")
            .append(title)
            .append("</title><link>http://example.org/</link><description>d</description>\n");
    for (String[] i : items) {
      s.append("<item><link>")
          .append(i[0].replace("&", "&amp;"))
          .append("</link><title>")
          .append(i[1])
          .append("</title><description><![CDATA[")
          .append(i[2])
          .append("]]></description>");
      if (i.length > 3) s.append("<pubDate>").append(i[3]).append("</pubDate>");
      s.append("</item>\n");
    }
    return s.append("</channel></rss>\n").toString();
  }

  /** A news page with an outlet name and paragraphs. */
  public static String page(String site, String title, String... paragraphs) {
    StringBuilder s =
        new StringBuilder("<!DOCTYPE html><html><head><title>")
            .append(title)
            .append(" | ")
            .append(site)
            .append("</title><meta property=\"og:site_name\" content=\"")
            .append(site)
            .append("\"></head><body>")
            .append("<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>")
            .append(title)
            .append("</h1>");
    for (String p : paragraphs) s.append("<p>").append(p).append("</p>");
    return s.append("</article><footer>© ")
        .append(site)
        .append("</footer></body></html>")
        .toString();
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
