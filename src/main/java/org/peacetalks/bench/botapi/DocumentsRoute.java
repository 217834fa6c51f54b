package org.peacetalks.bench.botapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * sendDocument, checked as Telegram checks it: a document is sent (an uploaded file, not empty and
 * at most 50 MB, or the file_id of a file the server knows), its caption parses as HTML when so
 * marked and is at most 1024 characters once the tags are gone. Answers with the Message Telegram
 * would return, whose document can be fetched back with getFile like any file users send.
 * Thread-safe.
 */
public final class DocumentsRoute implements Route {
  /** Telegram's limit on a caption. The fake's own figure, as in {@link MessagesRoute}. */
  private static final int MAX_CAPTION = 1024;

  /** Telegram's limit on a file a bot uploads. */
  private static final int MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

  private final ObjectNode bot;
  private final MessagesRoute messages;
  private final FilesRoute files;
  private final AtomicInteger fileIds = new AtomicInteger();

  /**
   * @param bot the bot's User, as getMe gives it
   * @param messages gives the message ids, so that documents and text messages count up together
   * @param files where sent documents are kept for getFile
   */
  public DocumentsRoute(ObjectNode bot, MessagesRoute messages, FilesRoute files) {
    this.bot = bot.deepCopy();
    this.messages = messages;
    this.files = files;
  }

  @Override
  public ApiReply answer(ApiRequest request) {
    ObjectNode body = request.body();
    String caption = body.path("caption").asText("");
    boolean html = "HTML".equalsIgnoreCase(body.path("parse_mode").asText(""));
    if (html) {
      String problem = TelegramHtml.problem(caption);
      if (problem != null)
        return ApiReply.error(400, "Bad Request: can't parse entities: " + problem);
    }
    if ((html ? TelegramHtml.textLength(caption) : caption.length()) > MAX_CAPTION)
      return ApiReply.error(400, "Bad Request: message caption is too long");

    ObjectNode document = ApiReply.JSON.createObjectNode();
    Upload upload = request.file("document");
    if (upload != null) {
      if (upload.size() == 0) return ApiReply.error(400, "Bad Request: file must be non-empty");
      if (upload.size() > MAX_UPLOAD_BYTES) return ApiReply.error(413, "Request Entity Too Large");
      String fileId = "sent-" + fileIds.incrementAndGet();
      String name =
          upload.fileName() == null || upload.fileName().isBlank() ? "document" : upload.fileName();
      files.put(fileId, "documents/" + fileId + "-" + name, upload.bytes());
      document.put("file_id", fileId).put("file_unique_id", "u" + fileId).put("file_name", name);
      document.put(
          "mime_type",
          upload.contentType() == null ? "application/octet-stream" : upload.contentType());
      document.put("file_size", upload.size());
    } else {
      String fileId = body.path("document").asText("");
      if (fileId.startsWith("attach://"))
        return ApiReply.error(400, "Bad Request: wrong file identifier/HTTP URL specified");
      if (fileId.isEmpty())
        return ApiReply.error(400, "Bad Request: there is no document in the request");
      if (!files.has(fileId))
        return ApiReply.error(400, "Bad Request: wrong file identifier/HTTP URL specified");
      document.put("file_id", fileId).put("file_unique_id", "u" + fileId);
    }

    ObjectNode message = ApiReply.JSON.createObjectNode();
    message.put("message_id", messages.nextMessageId());
    message.put("date", MessagesRoute.DATE);
    message.set("from", bot.deepCopy());
    message.set("chat", MessagesRoute.chat(body.path("chat_id").asLong()));
    message.set("document", document);
    if (!caption.isEmpty())
      message.put("caption", TelegramHtml.plain(caption, body.path("parse_mode").asText("")));
    return ApiReply.ok(message);
  }
}
