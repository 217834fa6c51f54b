package org.peacetalks.admin;

import java.time.Duration;
import java.util.List;
import org.peacetalks.corpus.SkippedFile;

/** What a rebuild indexed, what it skipped and why, and how long it took. */
public record ReindexReport(
    int articles, int paragraphs, List<SkippedFile> skipped, Duration took) {
  public ReindexReport {
    skipped = List.copyOf(skipped);
  }
}
