package org.peacetalks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleStoreTest {
  @TempDir Path dir;

  @Test
  void skipsBadFilesByNameAndReasonAndIndexesTheRest() throws Exception {
    Files.writeString(
        dir.resolve("good.txt"),
        "A headline\nA real paragraph with enough words in it to count.\n");
    Files.write(dir.resolve("binary.txt"), new byte[] {1, 0, 2});
    Files.writeString(dir.resolve("empty.md"), "");
    Files.writeString(dir.resolve("notes.pdf"), "x");
    Files.writeString(dir.resolve(".hidden.txt"), "ignored");
    CorpusLoad load = new ArticleStore(dir, new ArticleParser(1000)).loadAll();
    assertEquals(List.of("good"), load.articles().stream().map(Article::id).toList());
    assertEquals(
        List.of(
            new SkippedFile("binary.txt", UnreadableReason.of(UnreadableReason.Kind.BINARY)),
            new SkippedFile("empty.md", UnreadableReason.of(UnreadableReason.Kind.EMPTY)),
            new SkippedFile(
                "notes.pdf", UnreadableReason.of(UnreadableReason.Kind.UNSUPPORTED_TYPE, ".pdf"))),
        load.skipped());
    // The English the command line and the log print, unchanged since reasons became typed.
    assertEquals(
        List.of(
            "binary.txt: binary file (contains NUL bytes)",
            "empty.md: empty file",
            "notes.pdf: unsupported file type '.pdf' (expected .txt, .md or .html)"),
        load.skipped().stream().map(SkippedFile::toString).toList());
  }

  @Test
  void writesUnderTheGivenPlainNameAndMovesRemovedFilesAside() throws Exception {
    ArticleStore store = new ArticleStore(dir, new ArticleParser(1000));
    store.write(
        "added_1.txt", "Title here\nA paragraph that is long enough to be kept.\n".getBytes());
    assertTrue(store.find("added_1").isPresent());
    assertThrows(
        IllegalArgumentException.class, () -> store.write("../escape.txt", new byte[] {'x'}));
    assertThrows(IllegalArgumentException.class, () -> store.write("a/b.txt", new byte[] {'x'}));
    Path aside = store.moveAside("added_1").orElseThrow();
    assertTrue(Files.exists(aside));
    assertFalse(Files.exists(dir.resolve("added_1.txt")));
    assertEquals(List.of(), store.loadAll().articles(), "a removed article is not read again");
  }
}
