package org.peacetalks.search;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the index folder, and when what is there is damaged (a truncated segment, a deleted {@code
 * .si}, a format this Lucene cannot read) moves it aside and starts an empty index in its place, to
 * be rebuilt from the articles: the index is a cache of the articles folder, and a damaged cache
 * must not stop the bot. The damaged folder is kept, renamed, for a post-mortem. A locked index
 * (another process writes it) or a permission error is not damage: those are thrown as they are.
 */
public final class IndexOpener {
  private static final Logger log = LoggerFactory.getLogger(IndexOpener.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private IndexOpener() {}

  /**
   * What was opened.
   *
   * @param setAside where a damaged index was moved; {@code null} when the folder opened as it was
   * @param damage what was wrong with it, in one line; {@code null} when nothing was
   */
  public record Opened(SearchIndex index, Path setAside, String damage) {
    /** True when the index is new and empty because the old one was damaged: rebuild it. */
    public boolean recovered() {
      return setAside != null;
    }
  }

  public static Opened open(Path folder, PassageEmbedder embedder) throws IOException {
    try {
      return new Opened(SearchIndex.open(folder, embedder), null, null);
    } catch (CorruptIndexException
        | IndexFormatTooOldException
        | IndexFormatTooNewException
        | EOFException
        | NoSuchFileException
        | FileNotFoundException e) {
      String damage = e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
      Path aside =
          folder.resolveSibling(
              folder.getFileName() + ".damaged-" + LocalDateTime.now().format(STAMP));
      Files.move(folder, aside);
      log.error(
          "The index at {} cannot be opened ({}); moved it to {} and rebuilding it from the articles",
          folder,
          damage,
          aside);
      return new Opened(SearchIndex.open(folder, embedder), aside, damage);
    }
  }

  private static String firstLine(String text) {
    if (text == null) return "";
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
