package org.peacetalks.feeds;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Proxy;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP client of the feed reader, polite and careful. Every request names the bot in its
 * User-Agent; feeds are asked conditionally (ETag / Last-Modified, so an unchanged feed costs a
 * 304); requests to one site are spaced by a delay; article pages are fetched only where the site's
 * robots.txt allows. Redirects (at most {@link #MAX_REDIRECTS}) are followed by hand so that every
 * hop is checked: http and https only, and never an address {@link AddressGuard} refuses. Connect,
 * read and whole-call timeouts; a body is cut off past {@code maxBytes}, also when it arrives
 * compressed (the limit counts inflated bytes). Thread-safe.
 */
public final class PoliteFetcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PoliteFetcher.class);
  static final int MAX_REDIRECTS = 5;

  /** The product token robots.txt files name. */
  static final String ROBOTS_AGENT = "peacetalksbot";

  /**
   * @param userAgent the User-Agent header
   * @param maxBytes the largest body read (search.maxArticleBytes)
   * @param perHostDelay the least time between two requests to one site
   * @param connectTimeout connecting
   * @param readTimeout between two reads
   * @param callTimeout one request, redirects aside
   * @param allowPrivate whether loopback and private addresses may be fetched (tests)
   */
  public record Settings(
      String userAgent,
      long maxBytes,
      Duration perHostDelay,
      Duration connectTimeout,
      Duration readTimeout,
      Duration callTimeout,
      boolean allowPrivate) {
    /**
     * The production settings: 1 s between requests to a site, 10 s to connect, 20 s to read, 60 s
     * a call.
     */
    public static Settings defaults(String version, long maxBytes, boolean allowPrivate) {
      return new Settings(
          "PeaceTalksBot/"
              + version
              + " (news feed reader of a Telegram bot; robots: "
              + ROBOTS_AGENT
              + ")",
          maxBytes,
          Duration.ofSeconds(1),
          Duration.ofSeconds(10),
          Duration.ofSeconds(20),
          Duration.ofSeconds(60),
          allowPrivate);
    }
  }

  private final Settings settings;
  private final OkHttpClient http;
  private final AddressGuard guard;
  private final RobotsRules robots;
  private final Map<String, Long> nextRequestAt = new ConcurrentHashMap<>();

  public PoliteFetcher(Settings settings, Clock clock) {
    this.settings = settings;
    this.guard = new AddressGuard(settings.allowPrivate());
    this.robots = new RobotsRules(ROBOTS_AGENT, clock);
    this.http =
        new OkHttpClient.Builder()
            .dns(guard)
            .proxy(Proxy.NO_PROXY) // a proxy would resolve names itself, past the guard
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(false)
            .connectTimeout(settings.connectTimeout())
            .readTimeout(settings.readTimeout())
            .callTimeout(settings.callTimeout())
            .build();
  }

  /**
   * A feed, conditionally: {@code etag} and {@code lastModified} as the last fetch gave them, or
   * null.
   */
  public FetchResponse fetchFeed(String url, String etag, String lastModified)
      throws FetchException, InterruptedException {
    return fetch(url, etag, lastModified, false);
  }

  /** An article page, where robots.txt allows it. */
  public FetchResponse fetchPage(String url) throws FetchException, InterruptedException {
    return fetch(url, null, null, true);
  }

  private FetchResponse fetch(String url, String etag, String lastModified, boolean page)
      throws FetchException, InterruptedException {
    String current = url;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      HttpUrl target = checked(current);
      if (page && !robots.allowed(target.uri(), this::readRobots)) {
        throw new FetchException(
            new FeedProblem(FeedProblem.Kind.ROBOTS, target.host(), 0, target.encodedPath()));
      }
      Request.Builder request =
          new Request.Builder()
              .url(target)
              .header("User-Agent", settings.userAgent())
              .header(
                  "Accept",
                  page
                      ? "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
                      : "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5");
      if (hop == 0 && etag != null) request.header("If-None-Match", etag);
      if (hop == 0 && lastModified != null) request.header("If-Modified-Since", lastModified);
      waitTurn(target);
      try (Response response = http.newCall(request.build()).execute()) {
        int code = response.code();
        if (code == 304) {
          return new FetchResponse(true, null, etag, lastModified, target.toString());
        }
        if (code >= 300 && code < 400 && code != 304) {
          String location = response.header("Location");
          if (location == null || location.isBlank())
            throw new FetchException(
                new FeedProblem(FeedProblem.Kind.REDIRECT_WITHOUT_LOCATION, "", code, ""));
          HttpUrl next = target.resolve(location.strip());
          if (next == null)
            throw new FetchException(FeedProblem.of(FeedProblem.Kind.REDIRECT_NOT_HTTP));
          current = next.toString();
          continue;
        }
        if (code != 200)
          throw new FetchException(
              new FeedProblem(FeedProblem.Kind.HTTP_STATUS, target.host(), code, ""));
        byte[] body = capped(response.body());
        return new FetchResponse(
            false,
            body,
            response.header("ETag"),
            response.header("Last-Modified"),
            target.toString());
      } catch (AddressGuard.RefusedAddressException e) {
        throw new FetchException(e.problem());
      } catch (InterruptedIOException e) {
        if (Thread.currentThread().isInterrupted())
          throw new InterruptedException("fetch interrupted");
        throw new FetchException(FeedProblem.atHost(FeedProblem.Kind.TIMED_OUT, target.host()));
      } catch (UnknownHostException e) {
        throw new FetchException(FeedProblem.atHost(FeedProblem.Kind.UNKNOWN_HOST, target.host()));
      } catch (FetchException e) {
        throw e;
      } catch (IOException e) {
        throw new FetchException(
            new FeedProblem(
                FeedProblem.Kind.CANNOT_FETCH,
                target.host(),
                0,
                e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage())));
      }
    }
    throw new FetchException(
        new FeedProblem(FeedProblem.Kind.TOO_MANY_REDIRECTS, "", MAX_REDIRECTS, ""));
  }

  /** The URL if it is http(s) to a host the guard allows. */
  private HttpUrl checked(String url) throws FetchException {
    HttpUrl u = HttpUrl.parse(url);
    if (u == null) {
      String scheme = URI.create(url.replace(" ", "%20")).getScheme();
      throw new FetchException(
          scheme != null && !scheme.toLowerCase(Locale.ROOT).startsWith("http")
              ? FeedProblem.withDetail(FeedProblem.Kind.NOT_HTTP, scheme)
              : FeedProblem.of(FeedProblem.Kind.INVALID_ADDRESS));
    }
    try {
      guard.check(u.host());
    } catch (AddressGuard.RefusedAddressException e) {
      throw new FetchException(e.problem());
    } catch (UnknownHostException e) {
      throw new FetchException(FeedProblem.atHost(FeedProblem.Kind.UNKNOWN_HOST, u.host()));
    }
    return u;
  }

  private byte[] capped(ResponseBody body) throws IOException {
    if (body == null) return new byte[0];
    long max = settings.maxBytes();
    if (body.contentLength() > max) {
      throw new FetchException(new FeedProblem(FeedProblem.Kind.TOO_LARGE, "", max, ""));
    }
    // Counting what the source yields counts inflated bytes: OkHttp unzips gzip transparently.
    BufferedSource source = body.source();
    Buffer buffer = new Buffer();
    while (buffer.size() <= max) {
      if (source.read(buffer, 8192) == -1) return buffer.readByteArray();
    }
    throw new FetchException(new FeedProblem(FeedProblem.Kind.TOO_LARGE_DECOMPRESSED, "", max, ""));
  }

  private RobotsRules.Response readRobots(String robotsUrl) {
    try {
      FetchResponse r = fetch(robotsUrl, null, null, false);
      return new RobotsRules.Response(200, r.body());
    } catch (FetchException e) {
      String m = String.valueOf(e.getMessage());
      if (m.startsWith("HTTP 4")) return new RobotsRules.Response(404, new byte[0]);
      log.debug("robots.txt at {} unreadable: {}", robotsUrl, m);
      return new RobotsRules.Response(-1, new byte[0]);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new RobotsRules.Response(-1, new byte[0]);
    }
  }

  /** Waits until this site may be asked again, and books the next turn. */
  private void waitTurn(HttpUrl target) throws InterruptedException {
    long delay = settings.perHostDelay().toMillis();
    if (delay <= 0) return;
    String site = target.host() + ":" + target.port();
    long now = System.nanoTime();
    long[] wait = new long[1];
    nextRequestAt.compute(
        site,
        (k, next) -> {
          long start = next == null || next < now ? now : next;
          wait[0] = start - now;
          return start + delay * 1_000_000L;
        });
    if (wait[0] > 0) Thread.sleep(wait[0] / 1_000_000L, (int) (wait[0] % 1_000_000L));
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
