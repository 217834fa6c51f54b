package org.peacetalks.corpus;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned article. {@code source}, {@code url} and {@code published} are {@code null} when the
 * file does not say; {@code published} is an ISO-8601 date or date-time as written.
 *
 * @param id the file name without its extension; stable across reindexing
 * @param fileName the file in the articles folder
 * @param contentHash SHA-256 of the file's bytes, to refuse the same article twice
 */
public record Article(
    String id,
    String title,
    String source,
    String url,
    String published,
    String fileName,
    String contentHash,
    List<Paragraph> paragraphs) {

  public Article {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(fileName, "fileName == null");
    Objects.requireNonNull(contentHash, "contentHash == null");
    paragraphs = List.copyOf(paragraphs);
  }

  /** The article id for a file name: the name without its extension. */
  public static String idOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
