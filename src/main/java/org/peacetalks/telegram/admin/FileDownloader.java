package org.peacetalks.telegram.admin;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Downloads a file the Bot API holds, by the {@code file_path} getFile gave, from the configured
 * Bot API server ({@code TELEGRAM_API_URL}; TelegramBots' own download methods always use
 * api.telegram.org). Reads at most a limit whatever the sizes reported, so a file bigger than
 * announced costs no more than the limit. A self-hosted server in {@code --local} mode gives
 * absolute paths on its own disk: those are read directly. The URL holds the token: it never
 * appears in a message or a log line. Thread-safe.
 */
public final class FileDownloader {
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** The file is larger than the limit. */
  public static final class TooLargeException extends Exception {
    TooLargeException(long limit) {
      super("larger than " + limit + " bytes");
    }
  }

  private final UnaryOperator<String> fileUrl;
  private final HttpClient http;

  /**
   * @param fileUrl the download URL of a getFile path (BotContext.fileUrl)
   */
  public FileDownloader(UnaryOperator<String> fileUrl) {
    this.fileUrl = fileUrl;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /**
   * The file's bytes.
   *
   * @throws TooLargeException when it has more than {@code maxBytes}
   * @throws IOException when it cannot be fetched (the message never holds the URL)
   */
  public byte[] download(String filePath, long maxBytes)
      throws IOException, InterruptedException, TooLargeException {
    String where = fileUrl.apply(filePath);
    if (where.startsWith("/")) {
      try (InputStream in = Files.newInputStream(Path.of(where))) {
        return capped(in, maxBytes);
      }
    }
    HttpResponse<InputStream> response;
    try {
      // Inside the try: a bad path's IllegalArgumentException names the URL, which holds the token.
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(where)).timeout(TIMEOUT).GET().build();
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      // HttpClient messages do not carry the URL, but be sure: only the kind of failure.
      throw new DownloadFailedException(
          DownloadFailedException.Failure.UNREACHABLE, 0, e.getClass().getSimpleName());
    } catch (IllegalArgumentException e) {
      throw new DownloadFailedException(DownloadFailedException.Failure.BAD_PATH, 0, null);
    }
    try (InputStream in = response.body()) {
      if (response.statusCode() != 200) {
        throw new DownloadFailedException(
            DownloadFailedException.Failure.HTTP_STATUS, response.statusCode(), null);
      }
      long announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (announced > maxBytes) throw new TooLargeException(maxBytes);
      return cappedWithDeadline(in, maxBytes);
    }
  }

  /**
   * The request timeout covers only the wait for headers; a body that stops arriving would hold
   * this chat's queue forever. A watchdog closes the stream at the deadline, which ends the read.
   */
  private static byte[] cappedWithDeadline(InputStream in, long maxBytes)
      throws IOException, TooLargeException {
    Thread watchdog =
        new Thread(
            () -> {
              try {
                Thread.sleep(TIMEOUT.toMillis());
                in.close();
              } catch (InterruptedException | IOException e) {
                // finished in time (interrupted), or the stream was already closed
              }
            },
            "download-deadline");
    watchdog.setDaemon(true);
    watchdog.start();
    try {
      return capped(in, maxBytes);
    } catch (IOException e) {
      throw new DownloadFailedException(
          DownloadFailedException.Failure.BROKE_OFF, TIMEOUT.toSeconds(), null);
    } finally {
      watchdog.interrupt();
    }
  }

  private static byte[] capped(InputStream in, long maxBytes)
      throws IOException, TooLargeException {
    int limit = (int) Math.min(Integer.MAX_VALUE - 16, maxBytes);
    byte[] bytes = in.readNBytes(limit + 1);
    if (bytes.length > limit) throw new TooLargeException(maxBytes);
    return bytes;
  }
}
