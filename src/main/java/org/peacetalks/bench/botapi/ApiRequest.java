package org.peacetalks.bench.botapi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One call of the Bot API: the method in lower case (clients spell it both ways) and its JSON body.
 * A file download is the method {@value #DOWNLOAD} with the body {@code {"file_path":…}}.
 */
public record ApiRequest(String method, ObjectNode body) {
  public static final String DOWNLOAD = "download";

  /** The {@code chat_id} as sent (a string, as the client library sends it), or null. */
  public String chatId() {
    return body.path("chat_id").asText(null);
  }
}
