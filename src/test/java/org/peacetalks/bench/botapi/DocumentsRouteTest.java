package org.peacetalks.bench.botapi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** sendDocument from the real client library, as multipart/form-data, against the fake server. */
class DocumentsRouteTest {
  private static final String TOKEN = "123456:TEST-documents_abcdefghijklmnopqrstu";

  private final List<ApiRequest> seen = new CopyOnWriteArrayList<>();
  private BotApiServer server;
  private OkHttpTelegramClient client;

  @BeforeEach
  void start() throws Exception {
    ObjectNode bot =
        ApiReply.JSON.createObjectNode().put("id", 42).put("is_bot", true).put("first_name", "B");
    MessagesRoute messages = new MessagesRoute(bot, 100);
    FilesRoute files = new FilesRoute();
    server =
        new BotApiServer(TOKEN)
            .route(messages, "sendMessage")
            .route(new DocumentsRoute(bot, messages, files), "sendDocument")
            .route(files, "getFile", ApiRequest.DOWNLOAD)
            .watch((request, reply) -> seen.add(request))
            .start();
    client =
        new OkHttpTelegramClient(TOKEN, new TelegramUrl("http", "127.0.0.1", server.port(), false));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static SendDocument document(String name, byte[] bytes, String caption) {
    return SendDocument.builder()
        .chatId(-1001234L)
        .document(new InputFile(new ByteArrayInputStream(bytes), name))
        .caption(caption)
        .build();
  }

  @Test
  void theFileItsNameAndCaptionAreRecordedAndComeBackThroughGetFile() throws Exception {
    byte[] opml =
        "<?xml version=\"1.0\"?><opml version=\"2.0\"><body/></opml>"
            .getBytes(StandardCharsets.UTF_8);
    Message sent = client.execute(document("peacetalks-feeds.opml", opml, "News feeds, 0 (OPML)"));

    assertEquals("peacetalks-feeds.opml", sent.getDocument().getFileName());
    assertEquals(opml.length, sent.getDocument().getFileSize());
    assertEquals("News feeds, 0 (OPML)", sent.getCaption());
    assertEquals(-1001234L, sent.getChatId());
    assertEquals(101, sent.getMessageId(), "counted with sendMessage's ids");

    ApiRequest call = seen.get(0);
    assertEquals("senddocument", call.method());
    assertEquals("-1001234", call.chatId());
    assertEquals("News feeds, 0 (OPML)", call.body().path("caption").asText());
    assertEquals("attach://peacetalks-feeds.opml", call.body().path("document").asText());
    assertEquals("peacetalks-feeds.opml", call.file("document").fileName());
    assertArrayEquals(opml, call.file("document").bytes());

    var file = client.execute(GetFile.builder().fileId(sent.getDocument().getFileId()).build());
    HttpResponse<byte[]> download =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(server.url() + "/file/bot" + TOKEN + "/" + file.getFilePath()))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, download.statusCode());
    assertArrayEquals(opml, download.body());
  }

  @Test
  void anEmptyFileOrACaptionOverTheLimitIsRefusedAsTelegramRefusesIt() {
    TelegramApiRequestException empty =
        assertThrows(
            TelegramApiRequestException.class,
            () -> client.execute(document("empty.opml", new byte[0], "x")));
    assertEquals(400, empty.getErrorCode());
    assertTrue(empty.getApiResponse().contains("non-empty"), empty.getApiResponse());

    TelegramApiRequestException longCaption =
        assertThrows(
            TelegramApiRequestException.class,
            () -> client.execute(document("a.opml", new byte[] {1}, "c".repeat(1025))));
    assertTrue(longCaption.getApiResponse().contains("caption is too long"));
  }

  @Test
  void aMultipartBodyCutShortIsA400() throws Exception {
    HttpResponse<String> reply =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.url() + "/bot" + TOKEN + "/sendDocument"))
                    .header("Content-Type", "multipart/form-data; boundary=b1")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "--b1\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n1\r\n"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(400, reply.statusCode());
    assertTrue(reply.body().contains("\"ok\":false"), reply.body());
  }
}
