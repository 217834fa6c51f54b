package org.peacetalks.telegram.admin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.telegram.TelegramEndpoint;
import org.peacetalks.wording.Texts;
import org.telegram.telegrambots.meta.TelegramUrl;

class FileDownloaderTest {
  static final String TOKEN = "123:secret-token-value";
  static final long LIMIT = 1000;
  static HttpServer server;
  static FileDownloader downloader;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/file/bot" + TOKEN + "/documents/ok.txt",
        ex -> {
          byte[] body = "Title\n\nText.\n".getBytes(StandardCharsets.UTF_8);
          ex.sendResponseHeaders(200, body.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
          }
        });
    // Announces nothing (chunked) and sends 10 MB: only the cap stops it.
    server.createContext(
        "/file/bot" + TOKEN + "/documents/endless.txt",
        ex -> {
          ex.sendResponseHeaders(200, 0);
          byte[] chunk = new byte[64 * 1024];
          java.util.Arrays.fill(chunk, (byte) 'a');
          try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < 160; i++) {
              out.write(chunk);
            }
          } catch (IOException e) {
            // the client stopped reading: expected
          }
        });
    server.createContext(
        "/",
        ex -> {
          ex.sendResponseHeaders(404, -1);
          ex.close();
        });
    server.start();
    TelegramUrl url =
        TelegramEndpoint.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    downloader = new FileDownloader(path -> TelegramEndpoint.fileUrl(url, TOKEN, path));
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @Test
  void downloadsFromTheConfiguredServer() throws Exception {
    assertArrayEquals(
        "Title\n\nText.\n".getBytes(StandardCharsets.UTF_8),
        downloader.download("documents/ok.txt", LIMIT));
  }

  @Test
  void readsNoMoreThanTheLimitWhateverIsSent() {
    assertThrows(
        FileDownloader.TooLargeException.class,
        () -> downloader.download("documents/endless.txt", LIMIT));
  }

  @Test
  void anHttpErrorSaysSoWithoutTheTokenOrUrl() {
    IOException e =
        assertThrows(IOException.class, () -> downloader.download("documents/missing.txt", LIMIT));
    assertEquals("the Bot API server answered the download with HTTP 404", e.getMessage());
    assertEquals(
        "сервер Bot API відповів на завантаження кодом HTTP 404",
        ((DownloadFailedException) e).words(Texts.forLanguage("uk")));
    assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
  }

  @Test
  void anAbsolutePathOfALocalServerIsReadFromDiskCapped(@TempDir Path dir) throws Exception {
    Path small = Files.writeString(dir.resolve("small.txt"), "x");
    assertArrayEquals(new byte[] {'x'}, downloader.download(small.toString(), LIMIT));
    Path big = Files.write(dir.resolve("big.txt"), new byte[(int) LIMIT + 1]);
    assertThrows(
        FileDownloader.TooLargeException.class, () -> downloader.download(big.toString(), LIMIT));
  }
}
