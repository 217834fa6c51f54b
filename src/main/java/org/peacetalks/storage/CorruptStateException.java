package org.peacetalks.storage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * State the bot must not start without could not be read: the database file is damaged, or a JSON
 * file of an earlier version to be imported is. Nothing has been replaced or moved; the message is
 * one line naming the file and what to do.
 */
public final class CorruptStateException extends IOException {
  private final Path file;

  public CorruptStateException(Path file, String problem, String remedy, Throwable cause) {
    super(file + " is corrupt (" + oneLine(problem) + "): " + remedy, cause);
    this.file = file;
  }

  /** The file that could not be read; left where it is, untouched. */
  public Path file() {
    return file;
  }

  private static String oneLine(String s) {
    return s == null ? "unreadable" : s.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
