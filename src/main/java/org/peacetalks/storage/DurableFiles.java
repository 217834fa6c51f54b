package org.peacetalks.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that a crash at any instant leaves either the old content or the new, never
 * a torn or empty file: the bytes go to a temporary file beside it ({@code .NAME.*.tmp}, hidden),
 * are forced to disk, the temporary file is renamed over the target in one atomic step, and the
 * folder entry is forced too.
 */
public final class DurableFiles {
  private DurableFiles() {}

  /** The glob of the temporary files {@link #replace} makes for {@code file}. */
  public static String temporaryGlob(Path file) {
    return "." + file.getFileName() + ".*.tmp";
  }

  /**
   * Replaces (or creates) {@code file} with {@code content}.
   *
   * @throws IOException also when the file system cannot rename atomically
   */
  public static void replace(Path file, byte[] content) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
    try {
      try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) out.write(buffer);
        out.force(true); // the content is on disk before the name points at it
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("cannot replace " + file + " atomically on this file system", e);
      }
    } finally {
      Files.deleteIfExists(tmp); // only still there when something failed
    }
    forceDirectory(dir);
  }

  /** Makes a rename durable. Not possible on every platform (Windows): there, best effort. */
  public static void forceDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException e) {
      // the platform cannot open a folder for fsync; the rename itself is still atomic
    }
  }
}
