package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The watch on every Bot API call, against a server on 127.0.0.1 that answers at once. */
class BotApiWatchTest {
  HttpServer server;
  volatile String reply = "{\"ok\":true,\"result\":[]}";
  final List<Duration> pauses = new CopyOnWriteArrayList<>();
  final ApiReachability reachability = new ApiReachability(Clock.systemUTC());
  OkHttpClient client;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = reply.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    BotApiWatch watch = new BotApiWatch(reachability, pauses::add);
    client = new OkHttpClient.Builder().addInterceptor(watch).build();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  String call(String method) throws Exception {
    Request request =
        new Request.Builder()
            .url("http://127.0.0.1:" + server.getAddress().getPort() + "/bot1:x/" + method)
            .post(RequestBody.create("{}", MediaType.get("application/json")))
            .build();
    try (Response response = client.newCall(request).execute()) {
      return response.body().string();
    }
  }

  @Test
  void anEmptyPollAnsweredAtOnceIsFollowedByAPauseSoThatPollingDoesNotSpin() throws Exception {
    call("getUpdates");
    assertEquals(1, pauses.size());
    Duration pause = pauses.get(0);
    assertTrue(
        !pause.isNegative() && pause.compareTo(BotApiWatch.EMPTY_POLL_GAP) <= 0, pause.toString());
  }

  @Test
  void aStoppingBotsLastPollIsNotHeldBack() throws Exception {
    reachability.stopping();
    call("getUpdates");
    assertTrue(pauses.isEmpty(), pauses.toString());
  }

  @Test
  void aPollThatBringsUpdatesOrAnyOtherCallIsNotHeldBack() throws Exception {
    call("sendMessage");
    reply =
        "{\"ok\":true,\"result\":[{\"update_id\":1,\"message\":{\"message_id\":1,"
            + "\"date\":1764000000,\"chat\":{\"id\":5,\"type\":\"private\"},\"text\":\"hi\"}}]}";
    call("getUpdates");
    assertTrue(pauses.isEmpty(), pauses.toString());
  }
}
