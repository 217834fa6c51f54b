package org.peacetalks.bench.botapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files users sent, served as Telegram serves them: getFile gives a {@code file_path}, whose
 * download ({@link ApiRequest#DOWNLOAD}) is the content; 400 for an unknown file_id, 404 for an
 * unknown path. Thread-safe.
 */
public final class FilesRoute implements Route {
  private record StoredFile(String path, byte[] content) {}

  private final Map<String, StoredFile> byId = new ConcurrentHashMap<>();
  private final Map<String, byte[]> byPath = new ConcurrentHashMap<>();

  /**
   * A file users can send: getFile of {@code fileId} gives {@code filePath}, whose download is
   * {@code content}.
   */
  public void put(String fileId, String filePath, byte[] content) {
    byte[] copy = content.clone();
    byId.put(fileId, new StoredFile(filePath, copy));
    byPath.put(filePath, copy);
  }

  /** True when getFile knows {@code fileId}. */
  public boolean has(String fileId) {
    return byId.containsKey(fileId);
  }

  @Override
  public ApiReply answer(ApiRequest request) {
    if (request.method().equals(ApiRequest.DOWNLOAD)) {
      byte[] content = byPath.get(request.body().path("file_path").asText());
      return content == null
          ? ApiReply.empty(404)
          : ApiReply.raw(200, "application/octet-stream", content);
    }
    String fileId = request.body().path("file_id").asText();
    StoredFile file = byId.get(fileId);
    if (file == null) return ApiReply.error(400, "Bad Request: invalid file_id");
    ObjectNode out = ApiReply.JSON.createObjectNode();
    out.put("file_id", fileId)
        .put("file_unique_id", "u" + fileId)
        .put("file_size", file.content().length)
        .put("file_path", file.path());
    return ApiReply.ok(out);
  }
}
