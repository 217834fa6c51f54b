package org.peacetalks.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The articles folder: what must be kept, as opposed to the index, which can be rebuilt from it.
 * Reads every article file, writes new ones under names the bot makes, and moves removed ones aside
 * into {@code .removed/} rather than deleting them.
 */
public final class ArticleStore {
  private static final String REMOVED_DIR = ".removed";

  /** Files parsed ahead of the indexer: enough to keep it busy, few enough to hold in memory. */
  private static final int FEED_LOOKAHEAD = 64;

  private final Path folder;
  private final ArticleParser parser;

  public ArticleStore(Path folder, ArticleParser parser) {
    this.folder = Objects.requireNonNull(folder, "folder == null");
    this.parser = Objects.requireNonNull(parser, "parser == null");
  }

  public Path folder() {
    return folder;
  }

  public ArticleParser parser() {
    return parser;
  }

  /**
   * Reads every article file of the folder, in name order; unreadable files are skipped with their
   * reason.
   */
  public CorpusLoad loadAll() throws IOException {
    try (ArticleFeed feed = feed()) {
      List<Article> articles = new ArrayList<>();
      for (Article a : feed) articles.add(a);
      return new CorpusLoad(articles, feed.skipped());
    }
  }

  /**
   * The folder's articles in name order, parsed ahead on background threads (cleaning is CPU work)
   * while the caller takes them, e.g. to index one while the next are parsed.
   */
  public ArticleFeed feed() throws IOException {
    return new ArticleFeed(files(), this::loadOrSkip, ArticleFeed.parsingThreads(), FEED_LOOKAHEAD);
  }

  private ArticleFeed.Outcome loadOrSkip(Path file) {
    String name = file.getFileName().toString();
    try {
      return new ArticleFeed.Outcome(load(file), null);
    } catch (UnreadableArticleException e) {
      return new ArticleFeed.Outcome(null, new SkippedFile(name, e.reason()));
    } catch (IOException e) {
      return new ArticleFeed.Outcome(
          null,
          new SkippedFile(
              name, UnreadableReason.of(UnreadableReason.Kind.CANNOT_READ, e.getMessage())));
    } catch (RuntimeException e) {
      // A page shaped beyond what the readers handle is one bad file: skipped with its name, never
      // the end of the rebuild.
      return new ArticleFeed.Outcome(
          null,
          new SkippedFile(
              name, UnreadableReason.of(UnreadableReason.Kind.PARSE_FAILED, e.toString())));
    }
  }

  /** Reads one article by id, if its file is in the folder. */
  public Optional<Article> find(String articleId) throws IOException, UnreadableArticleException {
    Optional<Path> file = fileOf(articleId);
    return file.isPresent() ? Optional.of(load(file.get())) : Optional.empty();
  }

  /** Regular, visible files of the folder in name order (subfolders are not articles). */
  public List<Path> files() throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException("articles folder " + folder + " does not exist");
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
      for (Path p : dir) {
        String name = p.getFileName().toString();
        if (!name.startsWith(".") && Files.isRegularFile(p)) files.add(p);
      }
    }
    files.sort(null);
    return files;
  }

  private Article load(Path file) throws IOException, UnreadableArticleException {
    String name = file.getFileName().toString();
    if (!ArticleParser.EXTENSIONS.contains(ArticleParser.extensionOf(name))) {
      return parser.parse(name, new byte[0]); // throws "unsupported file type" without reading
    }
    long size = Files.size(file);
    if (size > parser.maxBytes()) {
      throw new UnreadableArticleException(UnreadableReason.tooLarge(size, parser.maxBytes()));
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) parser.maxBytes() + 1);
    }
    return parser.parse(name, bytes);
  }

  /** The file of an article id, whatever its extension. */
  public Optional<Path> fileOf(String articleId) throws IOException {
    for (Path p : files()) {
      if (Article.idOf(p.getFileName().toString()).equals(articleId)) return Optional.of(p);
    }
    return Optional.empty();
  }

  /**
   * Writes a new article file durably and atomically, so a crash never leaves half an article (or
   * an empty file) in the folder. {@code fileName} must be one the bot made, never a user's.
   */
  public Path write(String fileName, byte[] bytes) throws IOException {
    if (fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
      throw new IllegalArgumentException("not a plain file name: " + fileName);
    }
    Path target = folder.resolve(fileName);
    replaceDurably(target, bytes);
    return target;
  }

  /** Whether a file of this name is in the folder. */
  public boolean exists(String fileName) {
    return !fileName.contains("/")
        && !fileName.contains("\\")
        && Files.isRegularFile(folder.resolve(fileName));
  }

  /** Reads one file of the folder by name, as {@link #loadAll} would. */
  public Article read(String fileName) throws IOException, UnreadableArticleException {
    return load(folder.resolve(fileName));
  }

  /**
   * Crash-safe replace: the bytes go to a hidden temporary file beside the target, are forced to
   * disk, and the temporary file is renamed over the target in one atomic step; the folder entry is
   * forced too. A crash at any instant leaves the old file or the new one, never a torn one.
   */
  private static void replaceDurably(Path file, byte[] content) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
    try {
      try (FileChannel out =
          FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) out.write(buffer);
        out.force(true); // the content is on disk before the name points at it
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException(
            "cannot replace " + file.getFileName() + " atomically on this file system", e);
      }
    } finally {
      Files.deleteIfExists(tmp); // only still there when something failed
    }
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true); // makes the rename durable
    } catch (IOException e) {
      // the platform cannot open a folder for fsync (Windows); the rename itself is still atomic
    }
  }

  /** Moves an article's file into {@code .removed/}; returns where it went. */
  public Optional<Path> moveAside(String articleId) throws IOException {
    Optional<Path> file = fileOf(articleId);
    if (file.isEmpty()) return Optional.empty();
    Path removed = folder.resolve(REMOVED_DIR);
    Files.createDirectories(removed);
    Path target = removed.resolve(file.get().getFileName().toString());
    for (int n = 1; Files.exists(target); n++) {
      target = removed.resolve(file.get().getFileName() + "." + n);
    }
    moveAtomically(file.get(), target);
    return Optional.of(target);
  }

  private static void moveAtomically(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
