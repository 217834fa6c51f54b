package org.peacetalks.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyStateImportTest {
  static final Path BEFORE = Path.of("src/test/resources/state/data-before-database");

  @TempDir Path data;

  private void copyEarlierVersionsFolder() throws Exception {
    try (Stream<Path> files = Files.list(BEFORE)) {
      for (Path f : files.toList()) Files.copy(f, data.resolve(f.getFileName()));
    }
  }

  private static long count(StateDatabase db, String table) throws Exception {
    return db.read(
        c -> {
          try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  @Test
  void aCorruptFileStopsTheImportOfAllAndNamesIt() throws Exception {
    copyEarlierVersionsFolder();
    Path updates = data.resolve("telegram-updates.json");
    Files.writeString(updates, "{\"lastHandledUpdateId\":10,\"pending\":[");
    CorruptStateException e =
        assertThrows(CorruptStateException.class, () -> StateDatabase.open(data));
    assertTrue(e.getMessage().startsWith(updates + " is corrupt"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
    assertTrue(Files.exists(data.resolve("subscriptions.json")), "nothing renamed");
    Files.copy(
        BEFORE.resolve("telegram-updates.json"),
        updates,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    try (StateDatabase db = StateDatabase.open(data)) {
      assertEquals(2, count(db, "subscription"), "nothing was half imported before");
      assertEquals(2, count(db, "update_pending"));
    }
  }

  @Test
  void aBadValueInsideAFileNamesThatFileToo() throws Exception {
    Path subscriptions = data.resolve("subscriptions.json");
    Files.writeString(
        subscriptions,
        "{\"version\":1,\"subscriptions\":[{\"chatId\":5,\"time\":\"25:99\","
            + "\"subscribedAt\":\"2026-11-22T10:00:00Z\"}]}");
    CorruptStateException e =
        assertThrows(CorruptStateException.class, () -> StateDatabase.open(data));
    assertTrue(e.getMessage().startsWith(subscriptions + " is corrupt"), e.getMessage());
  }

  @Test
  void filesLeftByACrashAfterTheImportAreRenamedNotImportedAgain() throws Exception {
    copyEarlierVersionsFolder();
    try (StateDatabase db = StateDatabase.open(data)) {
      db.write(
          c -> c.createStatement().executeUpdate("DELETE FROM subscription WHERE chat_id = 555"));
    }
    // As if the process died between the import's commit and the renames.
    Files.copy(BEFORE.resolve("subscriptions.json"), data.resolve("subscriptions.json"));
    try (StateDatabase db = StateDatabase.open(data)) {
      assertEquals(1, count(db, "subscription"), "the unsubscribe after the import stands");
    }
    assertFalse(Files.exists(data.resolve("subscriptions.json")));
    assertTrue(Files.exists(data.resolve("subscriptions.json.imported")));
  }
}
