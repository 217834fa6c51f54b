package org.peacetalks.telegram.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.telegram.AdminTestBed;
import org.peacetalks.telegram.Conversation;
import org.peacetalks.telegram.TelegramHtml;
import org.peacetalks.wording.Texts;

class ReindexCommandTest {
  @TempDir Path dir;
  AdminTestBed bed;

  /** Work handed to the background, run when the test says. */
  final List<Runnable> background = new ArrayList<>();

  ReindexCommand reindex;
  final Conversation admin = AdminTestBed.privateChat(AdminTestBed.ADMIN);

  @BeforeEach
  void setUp() throws Exception {
    bed = new AdminTestBed(dir);
    reindex =
        new ReindexCommand(
            bed.reindexer,
            bed.index,
            bed.sender,
            background::add,
            Clock.systemUTC(),
            Duration.ZERO);
    bed.writeArticle("first.txt", "Talks in Geneva", 3, "Geneva");
    bed.reindexer.rebuild();
  }

  @AfterEach
  void tearDown() throws Exception {
    bed.close();
  }

  private void runBackground() {
    List<Runnable> work = new ArrayList<>(background);
    background.clear();
    work.forEach(Runnable::run);
  }

  @Test
  void runsInTheBackgroundEditsItsProgressMessageIntoTheResult() throws Exception {
    bed.writeArticle("second.txt", "Talks in Riyadh", 100, "Riyadh");
    Files.writeString(bed.articles.resolve("notes.pdf"), "%PDF");
    reindex.handle(admin, "");
    assertEquals(1, background.size(), "the rebuild waits for the background thread");
    assertEquals(List.of(AdminReplies.reindexStarted()), bed.sent());
    assertEquals(1, bed.index.stats().articles(), "nothing rebuilt on the update's thread");

    runBackground();
    List<String> edits = bed.edits();
    assertTrue(edits.contains("⏳ Reindexing… embedding 32/100 paragraphs"), edits.toString());
    String result = edits.get(edits.size() - 1);
    assertTrue(result.startsWith("✅ Reindexed in "), result);
    assertTrue(result.contains("Articles: 2 · paragraphs: 103"), result);
    assertTrue(result.contains("Skipped 1 file:\n• notes.pdf: unsupported file type"), result);
    assertNull(TelegramHtml.problem(result));
    assertEquals(1, bed.sent().size(), "one message, edited");
    assertEquals(2, bed.index.stats().articles());
  }

  @Test
  void aRussianAdminReadsWhyFilesWereSkippedInRussian() throws Exception {
    Files.writeString(bed.articles.resolve("notes.pdf"), "%PDF");
    Files.write(bed.articles.resolve("scan.txt"), new byte[] {'a', 0, 'b'});
    Conversation russian =
        new Conversation(
            AdminTestBed.ADMIN,
            null,
            1,
            AdminTestBed.ADMIN,
            true,
            null,
            Texts.forLanguage("ru"),
            "ru");
    reindex.handle(russian, "");
    runBackground();
    List<String> edits = bed.edits();
    String result = edits.get(edits.size() - 1);
    assertTrue(
        result.contains(
            "Пропущено 2 файла:\n• notes.pdf: неподдерживаемый тип файла «.pdf» (нужен .txt, .md"
                + " или .html)\n• scan.txt: двоичный файл (содержит байты NUL)"),
        result);
    assertNull(TelegramHtml.problem(result));
  }

  @Test
  void aSecondReindexDuringOneIsToldItIsRunning() throws Exception {
    reindex.handle(admin, "");
    reindex.handle(AdminTestBed.privateChat(8), "");
    assertEquals(1, background.size());
    assertEquals(AdminReplies.reindexRunning(), bed.lastSent());
    runBackground();
    reindex.handle(admin, "");
    assertEquals(1, background.size(), "free again once done");
  }

  @Test
  void aFailureHalfwayLeavesTheOldIndexAndSaysWhy() throws Exception {
    bed.writeArticle("second.txt", "Talks in Riyadh", 100, "Riyadh");
    bed.embedder.failAtBatch(2);
    reindex.handle(admin, "");
    runBackground();
    List<String> edits = bed.edits();
    assertTrue(
        edits.contains("⏳ Reindexing… embedding 32/100 paragraphs"), "it got halfway: " + edits);
    assertEquals(
        "❌ Reindex failed: embedding model crashed\nThe previous index is still answering questions.",
        edits.get(edits.size() - 1));
    assertEquals(1, bed.index.stats().articles());
    assertEquals("Talks in Geneva", bed.index.articles().get(0).title());
  }

  @Test
  void progressIsNoLongerReportedAfterTheRun() throws Exception {
    reindex.handle(admin, "");
    runBackground();
    int edits = bed.edits().size();
    bed.writeArticle("later.txt", "Talks in Doha", 70, "Doha");
    bed.intake.addText(
        "Talks in Cairo\nDelegations met in Cairo on Sunday to discuss a ceasefire.");
    bed.reindexer.rebuild();
    assertEquals(edits, bed.edits().size());
    assertFalse(bed.reindexer.isRunning());
  }
}
