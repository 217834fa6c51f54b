package org.peacetalks.bench.botapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One call of the Bot API: the method in lower case (clients spell it both ways), its parameters as
 * a JSON object, and the files sent with it. A JSON call has no files; a multipart/form-data call
 * (sendDocument and the like) has its text fields in {@code body}, as strings, and its files in
 * {@code files}. A file download is the method {@value #DOWNLOAD} with the body {@code
 * {"file_path":…}}.
 */
public record ApiRequest(String method, ObjectNode body, List<Upload> files) {
  public static final String DOWNLOAD = "download";

  /** How a parameter names the file part that carries its file. */
  private static final String ATTACH = "attach://";

  public ApiRequest {
    files = List.copyOf(files);
  }

  /** A call without files. */
  public ApiRequest(String method, ObjectNode body) {
    this(method, body, List.of());
  }

  /** The {@code chat_id} as sent (a string, as the client library sends it), or null. */
  public String chatId() {
    return body.path("chat_id").asText(null);
  }

  /**
   * The file sent for the parameter {@code field}: the file part of that name, or the one its value
   * points at as {@code attach://<part name>} (the client library sends files that way); null when
   * the parameter is no uploaded file (a file_id, a URL, or absent).
   */
  public Upload file(String field) {
    Upload direct = part(field);
    if (direct != null) return direct;
    String value = body.path(field).asText("");
    return value.startsWith(ATTACH) ? part(value.substring(ATTACH.length())) : null;
  }

  private Upload part(String name) {
    for (Upload u : files) if (u.field().equals(name)) return u;
    return null;
  }
}
