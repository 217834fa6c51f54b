package org.peacetalks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peacetalks.admin.ReindexReport;
import org.peacetalks.corpus.SkippedFile;
import org.peacetalks.corpus.UnreadableReason;

class IndexCommandTest {
  @Test
  void printsEachSkippedFileWithItsReasonInEnglish() {
    ReindexReport report =
        new ReindexReport(
            2,
            14,
            List.of(
                new SkippedFile(
                    "notes.pdf",
                    UnreadableReason.of(UnreadableReason.Kind.UNSUPPORTED_TYPE, ".pdf")),
                new SkippedFile("huge.html", UnreadableReason.tooLarge(3_000_000, 2_000_000))),
            Duration.ofMillis(120));
    StringWriter out = new StringWriter();
    IndexCommand.print(report, new PrintWriter(out), "index/articles");
    assertEquals(
        String.join(
            System.lineSeparator(),
            "Indexed 2 articles, 14 paragraphs from index/articles in 120 ms.",
            "Skipped 2 files:",
            "  notes.pdf: unsupported file type '.pdf' (expected .txt, .md or .html)",
            "  huge.html: too large (3000000 bytes; the limit is 2000000)",
            ""),
        out.toString());
  }
}
