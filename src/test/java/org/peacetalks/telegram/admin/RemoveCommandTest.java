package org.peacetalks.telegram.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.admin.IntakeResult;
import org.peacetalks.telegram.AdminTestBed;
import org.peacetalks.telegram.Conversation;

class RemoveCommandTest {
  @TempDir Path dir;
  AdminTestBed bed;
  final Conversation admin = AdminTestBed.privateChat(AdminTestBed.ADMIN);

  @BeforeEach
  void setUp() throws Exception {
    bed = new AdminTestBed(dir);
  }

  @AfterEach
  void tearDown() throws Exception {
    bed.close();
  }

  @Test
  void removesFromTheIndexMovesTheFileAsideAndTheDigestForgetsIt() throws Exception {
    IntakeResult added = bed.intake.addFile("a.txt", AdminTestBed.ARTICLE);
    new RemoveCommand(bed.intake, bed.forgotten::add, bed.sender)
        .handle(admin, " " + added.articleId() + " ");
    assertTrue(
        bed.lastSent().startsWith("🗑 Removed <code>" + added.articleId() + "</code>"),
        bed.lastSent());
    assertEquals(0, bed.index.articles().size());
    assertTrue(Files.exists(bed.articles.resolve(".removed").resolve(added.articleId() + ".txt")));
    assertEquals(List.of(added.articleId()), bed.forgotten);
  }

  @Test
  void anUnknownIdOrNoneIsExplained() throws Exception {
    RemoveCommand remove = new RemoveCommand(bed.intake, bed.forgotten::add, bed.sender);
    remove.handle(admin, "<nope>");
    assertEquals(
        "There is no article <code>&lt;nope&gt;</code>. /sources lists the ids.", bed.lastSent());
    remove.handle(admin, "");
    assertTrue(bed.lastSent().startsWith("Send /remove ID"), bed.lastSent());
    remove.handle(admin, "../etc");
    assertTrue(bed.lastSent().startsWith("There is no article"), bed.lastSent());
    assertEquals(List.of(), bed.forgotten);
  }

  @Test
  void aLedgerFailureDoesNotUndoTheRemoval() throws Exception {
    IntakeResult added = bed.intake.addFile("a.txt", AdminTestBed.ARTICLE);
    new RemoveCommand(
            bed.intake,
            id -> {
              throw new IOException("disk full");
            },
            bed.sender)
        .handle(admin, added.articleId());
    assertTrue(bed.lastSent().startsWith("🗑 Removed"), bed.lastSent());
    assertEquals(0, bed.index.articles().size());
  }
}
