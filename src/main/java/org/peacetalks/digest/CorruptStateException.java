package org.peacetalks.digest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A state file in the data folder could not be read as what it should hold. The file has been
 * moved aside (see {@link #keptAt()}) so that nothing overwrites it; the program must not carry
 * on as if the state were simply empty without an operator seeing this message.
 */
public final class CorruptStateException extends IOException {
  private final Path file;
  private final Path keptAt;

  CorruptStateException(Path file, Path keptAt, String problem, Throwable cause) {
    super(file + " is corrupt (" + problem + "); it was moved aside to " + keptAt
        + " — restore it from there, or delete that copy to start afresh", cause);
    this.file = file;
    this.keptAt = keptAt;
  }

  /** The state file that was corrupt (no longer exists at this path). */
  public Path file() {
    return file;
  }

  /** Where the corrupt file now is, untouched. */
  public Path keptAt() {
    return keptAt;
  }
}
