package org.peacetalks.corpus;

import java.util.Objects;

/** A file of the articles folder that was not indexed, and why. */
public record SkippedFile(String fileName, UnreadableReason reason) {
  public SkippedFile {
    Objects.requireNonNull(fileName, "fileName == null");
    Objects.requireNonNull(reason, "reason == null");
  }

  /** For logs and the command line: the name and the English reason. */
  @Override
  public String toString() {
    return fileName + ": " + reason;
  }
}
