package org.peacetalks.bench.botapi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;

/**
 * A multipart/form-data body read into its text fields and its files. The parts are split by
 * OkHttp's {@link MultipartReader} (OkHttp is what the client library writes them with, so the two
 * agree on the format); only the Content-Disposition header of each part is read here: a part with
 * a {@code filename} is a file, any other a text field in UTF-8.
 */
public record MultipartForm(Map<String, String> fields, List<Upload> files) {
  public MultipartForm {
    fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    files = List.copyOf(files);
  }

  /** A body that is not the multipart/form-data it says it is: Telegram answers such a call 400. */
  public static final class MalformedException extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** True for a Content-Type of multipart/form-data (any parameters). */
  public static boolean isMultipart(String contentType) {
    return contentType != null
        && contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }

  /**
   * Reads {@code body}, sent with {@code contentType} (which names the boundary).
   *
   * @throws MalformedException when the type has no boundary, a part has no name, or the body is
   *     cut short
   */
  public static MultipartForm parse(String contentType, byte[] body) throws MalformedException {
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    String boundary = type == null ? null : type.parameter("boundary");
    if (boundary == null || boundary.isEmpty())
      throw new MalformedException("multipart body without a boundary: " + contentType, null);
    Map<String, String> fields = new LinkedHashMap<>();
    List<Upload> files = new ArrayList<>();
    try (MultipartReader reader = new MultipartReader(new Buffer().write(body), boundary)) {
      MultipartReader.Part next;
      while ((next = reader.nextPart()) != null) {
        try (MultipartReader.Part part = next) {
          String disposition = part.headers().get("Content-Disposition");
          Map<String, String> params = dispositionParameters(disposition);
          String name = params.get("name");
          if (name == null)
            throw new MalformedException("a part without a name: " + disposition, null);
          byte[] bytes = part.body().readByteArray();
          if (params.containsKey("filename")) {
            files.add(
                new Upload(
                    name, params.get("filename"), part.headers().get("Content-Type"), bytes));
          } else {
            fields.put(name, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
          }
        }
      }
    } catch (MalformedException e) {
      throw e;
    } catch (IOException e) {
      // EOFException (cut short), ProtocolException (no closing boundary, bad part headers).
      throw new MalformedException("malformed multipart body: " + e.getMessage(), e);
    }
    return new MultipartForm(fields, files);
  }

  /**
   * The parameters of {@code form-data; name="x"; filename="y"}, names in lower case, quotes
   * removed and backslash escapes undone. Semicolons inside quotes belong to the value.
   */
  static Map<String, String> dispositionParameters(String disposition) {
    Map<String, String> out = new LinkedHashMap<>();
    if (disposition == null) return out;
    int i = disposition.indexOf(';');
    while (i >= 0 && i < disposition.length()) {
      int eq = disposition.indexOf('=', i + 1);
      if (eq < 0) break;
      String key = disposition.substring(i + 1, eq).strip().toLowerCase(Locale.ROOT);
      StringBuilder value = new StringBuilder();
      int j = eq + 1;
      while (j < disposition.length() && disposition.charAt(j) == ' ') j++;
      if (j < disposition.length() && disposition.charAt(j) == '"') {
        j++;
        while (j < disposition.length() && disposition.charAt(j) != '"') {
          char c = disposition.charAt(j);
          if (c == '\\' && j + 1 < disposition.length()) c = disposition.charAt(++j);
          value.append(c);
          j++;
        }
        j++; // the closing quote
        i = disposition.indexOf(';', Math.min(j, disposition.length()));
      } else {
        int end = disposition.indexOf(';', j);
        value.append(disposition, j, end < 0 ? disposition.length() : end);
        i = end;
      }
      out.putIfAbsent(key, value.toString().strip());
    }
    return out;
  }
}
