package org.peacetalks.telegram;

import java.time.Duration;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The HTTP clients of the poller and the sender, both watched by one {@link BotApiWatch}.
 *
 * <p>The sender's timeout is raised from OkHttp's 10 s to {@link TalksBot.Tuning#sendTimeout()} (a
 * minute): a slow Bot API then answers within it, and a send that still times out may or may not
 * have arrived, so the sender resends it once, after a longer wait, and never again.
 */
final class BotApiClients {
  /** Connecting is quick or does not happen: nothing has gone out when it fails. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private BotApiClients() {}

  /** The client that sends messages and makes every other call but getUpdates. */
  static OkHttpTelegramClient sender(
      String token, TelegramUrl url, BotApiWatch watch, Duration sendTimeout) {
    OkHttpClient http =
        new OkHttpClient.Builder()
            .connectTimeout(CONNECT_TIMEOUT)
            .readTimeout(sendTimeout)
            .writeTimeout(sendTimeout)
            .addInterceptor(watch)
            .build();
    return new OkHttpTelegramClient(http, token, url);
  }

  /** The poller's client: TelegramBots' own (timeouts above the 50 s long poll), watched. */
  static Supplier<OkHttpClient> poller(BotApiWatch watch) {
    return () ->
        new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator()
            .get()
            .newBuilder()
            .addInterceptor(watch)
            .build();
  }
}
