package org.peacetalks.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDatabaseTest {
  @TempDir Path data;

  private static String one(StateDatabase db, String sql) throws IOException {
    return db.read(
        c -> {
          try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
          }
        });
  }

  @Test
  void opensInWalWithForeignKeysAndTheSchemaAtTheLatestVersion() throws Exception {
    try (StateDatabase db = StateDatabase.open(data)) {
      assertEquals("wal", one(db, "PRAGMA journal_mode"));
      assertEquals("1", one(db, "PRAGMA foreign_keys"));
      assertEquals(
          "1",
          one(db, "PRAGMA synchronous"),
          "NORMAL: in WAL mode consistent through a power loss");
      assertEquals(
          String.valueOf(Migrations.FILES.size()),
          one(db, "SELECT max(version) FROM schema_version"));
    }
    try (StateDatabase again = StateDatabase.open(data)) {
      assertEquals(
          String.valueOf(Migrations.FILES.size()),
          one(again, "SELECT count(*) FROM schema_version"),
          "each migration applied once");
    }
  }

  @Test
  void aFailedTransactionLeavesNothingBehind() throws Exception {
    try (StateDatabase db = StateDatabase.open(data)) {
      assertThrows(
          IOException.class,
          () ->
              db.write(
                  c -> {
                    c.createStatement()
                        .executeUpdate(
                            "INSERT INTO blocked_chat (chat_id, blocked_at) VALUES (1, 0)");
                    return c.createStatement()
                        .executeUpdate("INSERT INTO no_such_table VALUES (1)");
                  }));
      assertEquals("0", one(db, "SELECT count(*) FROM blocked_chat"));
      db.write(
          c ->
              c.createStatement()
                  .executeUpdate("INSERT INTO blocked_chat (chat_id, blocked_at) VALUES (2, 0)"));
      assertEquals("1", one(db, "SELECT count(*) FROM blocked_chat"), "and the connection goes on");
    }
  }

  @Test
  void foreignKeysAreEnforced() throws Exception {
    try (StateDatabase db = StateDatabase.open(data)) {
      assertThrows(
          IOException.class,
          () ->
              db.write(
                  c ->
                      c.createStatement()
                          .executeUpdate(
                              "INSERT INTO feedback_passage (feedback_id, rank, article_id, paragraph) VALUES (99, 1, 'a', 1)")));
    }
  }

  @Test
  void aDamagedFileIsOneLineNamingItAndIsLeftAsItIs() throws Exception {
    Path file = data.resolve(StateDatabase.FILE_NAME);
    byte[] garbage =
        "this is not a database, just some bytes that happen to be here".repeat(100).getBytes();
    Files.write(file, garbage);
    CorruptStateException e =
        assertThrows(CorruptStateException.class, () -> StateDatabase.open(data));
    assertTrue(e.getMessage().startsWith(file + " is corrupt"), e.getMessage());
    assertTrue(e.getMessage().contains("backup"), "says what to do: " + e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    assertArrayEquals(garbage, Files.readAllBytes(file), "never replaced");
  }

  @Test
  void aDatabaseFromANewerVersionIsRefused() throws Exception {
    try (StateDatabase db = StateDatabase.open(data)) {
      db.write(
          c ->
              c.createStatement()
                  .executeUpdate(
                      "INSERT INTO schema_version (version, name, applied_at) VALUES (99, 'V99__future.sql', 0)"));
    }
    IOException e = assertThrows(IOException.class, () -> StateDatabase.open(data));
    assertTrue(e.getMessage().contains("newer"), e.getMessage());
  }

  @Test
  void backupIsAConsistentCopyTakenWhileAnotherConnectionWrites() throws Exception {
    Path copy = data.resolve("copy.db");
    try (StateDatabase bot = StateDatabase.open(data)) {
      for (int i = 0; i < 200; i++) {
        long id = i;
        bot.write(
            c ->
                c.createStatement()
                    .executeUpdate("INSERT INTO blocked_chat VALUES (" + id + ", 0)"));
      }
      CountDownLatch writing = new CountDownLatch(1);
      AtomicReference<Throwable> failed = new AtomicReference<>();
      Thread writer =
          new Thread(
              () -> {
                try {
                  for (int i = 1000; i < 1500; i++) {
                    long id = i;
                    bot.write(
                        c ->
                            c.createStatement()
                                .executeUpdate("INSERT INTO blocked_chat VALUES (" + id + ", 0)"));
                    writing.countDown();
                  }
                } catch (IOException | RuntimeException e) {
                  failed.set(e);
                }
              });
      writer.start();
      assertTrue(writing.await(10, TimeUnit.SECONDS));
      try (StateDatabase tool =
          StateDatabase.openExisting(data)) { // the `backup` command's own connection
        tool.backupTo(copy);
      }
      writer.join(30_000);
      assertEquals(null, failed.get(), "the bot's writes go on during the backup");
    }
    Path restored = Files.createDirectories(data.resolve("restored"));
    Files.copy(copy, restored.resolve(StateDatabase.FILE_NAME));
    try (StateDatabase db = StateDatabase.open(restored)) { // integrity-checked on open
      int rows = Integer.parseInt(one(db, "SELECT count(*) FROM blocked_chat"));
      assertTrue(rows >= 201 && rows <= 700, "a state between the writes: " + rows);
      assertEquals("ok", one(db, "PRAGMA integrity_check"));
    }
  }

  @Test
  void migrationScriptsSplitIntoStatements() {
    assertEquals(
        List.of("CREATE TABLE a (x INTEGER, -- note\n  y TEXT)", "CREATE INDEX b ON a (x)"),
        Migrations.statements(
            "-- header\nCREATE TABLE a (x INTEGER, -- note\n  y TEXT);\n\nCREATE INDEX b ON a (x);\n"));
    assertFalse(Migrations.FILES.isEmpty());
  }
}
