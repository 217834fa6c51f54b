package org.peacetalks.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The state database, {@code data/bot.db}, on one JDBC connection. SQLite allows one writer at a
 * time anyway; one connection shared under a lock makes that explicit in the process and keeps
 * every statement on the page cache it warmed. Each {@link #write} is one short transaction ({@code
 * BEGIN IMMEDIATE}, so a second process, such as the {@code index} command beside a running bot,
 * waits its turn for up to the busy timeout instead of failing half way).
 *
 * <p>Settings: WAL journal (readers never block the writer; a kill -9 at any instant leaves the
 * last committed transaction), {@code synchronous=NORMAL} (in WAL mode a commit needs no fsync: the
 * database stays consistent through a power loss, which can roll back only the last transactions
 * before a checkpoint; one fsync per commit would cost 4 ms typical, 40 ms at p99 on a shared disk,
 * per marked digest), foreign keys on, busy timeout 5 s.
 *
 * <p>Opening runs {@code PRAGMA integrity_check}, then the migrations, then the one-time import of
 * earlier versions' JSON files. A damaged file is reported as {@link CorruptStateException} and
 * left as it is: never replaced, never moved. Thread-safe.
 */
public final class StateDatabase implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(StateDatabase.class);

  /** The file name in the data folder. */
  public static final String FILE_NAME = "bot.db";

  static final int BUSY_TIMEOUT_MS = 5_000;

  private final Path file;
  private final Connection connection;
  private final ReentrantLock lock = new ReentrantLock();
  private boolean closed;

  private StateDatabase(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /**
   * Opens (or creates) {@code bot.db} in {@code dataDir}: checks it, brings its schema up to date
   * and imports the JSON state files an earlier version left there.
   *
   * @throws CorruptStateException when the database or a JSON file to import is damaged
   */
  public static StateDatabase open(Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    StateDatabase db = openFile(dataDir.resolve(FILE_NAME));
    try {
      db.checkIntegrity();
      Migrations.apply(db);
      LegacyStateImport.run(db, dataDir);
    } catch (IOException | RuntimeException e) {
      db.close();
      throw e;
    }
    return db;
  }

  /**
   * Opens an existing database as it is, without migrating or importing: for {@code backup} and
   * {@code feedback} beside a running bot.
   */
  public static StateDatabase openExisting(Path dataDir) throws IOException {
    Path file = dataDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) throw new IOException("no state database at " + file);
    StateDatabase db = openFile(file);
    try {
      db.read(c -> c.createStatement().executeQuery("PRAGMA schema_version").next());
    } catch (IOException | RuntimeException e) {
      db.close();
      throw e;
    }
    return db;
  }

  private static StateDatabase openFile(Path file) throws IOException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    try {
      // Auto-commit on, transactions begun and ended by hand: the driver's own transaction
      // handling begins the next one at once after a commit, which would hold the write lock
      // between transactions and keep every other process out.
      Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
      return new StateDatabase(file, c);
    } catch (SQLException e) {
      throw failure(file, e);
    }
  }

  /** The database file. */
  public Path file() {
    return file;
  }

  /** Runs {@code work} in one transaction and commits it; on any failure, nothing of it stays. */
  public <T> T write(SqlWork<T> work) throws IOException {
    return inTransaction("BEGIN IMMEDIATE", work);
  }

  /** Runs {@code work} (queries) in one transaction, so that it reads one consistent state. */
  public <T> T read(SqlWork<T> work) throws IOException {
    return inTransaction("BEGIN DEFERRED", work);
  }

  /**
   * @param begin IMMEDIATE for writes: the write lock is taken at the start (waiting up to the busy
   *     timeout for another process), so a transaction never fails half way for want of it
   */
  private <T> T inTransaction(String begin, SqlWork<T> work) throws IOException {
    lock.lock();
    try {
      if (closed) throw new IOException("the state database " + file + " is closed");
      boolean begun = false;
      try (Statement s = connection.createStatement()) {
        s.execute(begin);
        begun = true;
        T result = work.apply(connection);
        s.execute("COMMIT");
        return result;
      } catch (SQLException | RuntimeException e) {
        if (begun) rollback();
        if (e instanceof SQLException sql) throw failure(file, sql);
        throw (RuntimeException) e;
      }
    } finally {
      lock.unlock();
    }
  }

  private void rollback() {
    try (Statement s = connection.createStatement()) {
      s.execute("ROLLBACK");
    } catch (SQLException e) {
      // SQLite may have rolled back by itself (some errors end the transaction): nothing left to
      // undo
      if (!String.valueOf(e.getMessage()).contains("no transaction is active")) {
        log.warn("Rolling back a transaction on {} failed: {}", file, e.getMessage());
      }
    }
  }

  /**
   * Writes a consistent copy of the database to {@code target} with SQLite's online backup, while
   * other connections (the running bot) go on writing.
   */
  public void backupTo(Path target) throws IOException {
    String name = target.toAbsolutePath().toString();
    if (name.contains("\""))
      throw new IOException("a backup file name cannot contain a double quote");
    lock.lock();
    try {
      try (Statement s = connection.createStatement()) {
        s.executeUpdate("backup to \"" + name + "\"");
      }
    } catch (SQLException e) {
      throw new IOException("backup to " + target + " failed: " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * {@code PRAGMA integrity_check}: "ok", or the problems found; a file that is no database fails
   * here too.
   */
  private void checkIntegrity() throws IOException {
    List<String> problems =
        read(
            c -> {
              List<String> out = new ArrayList<>();
              try (ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) out.add(rs.getString(1));
              }
              return out;
            });
    if (!problems.equals(List.of("ok"))) {
      throw new CorruptStateException(
          file, String.join("; ", problems.subList(0, Math.min(3, problems.size()))), REMEDY, null);
    }
  }

  private static final String REMEDY =
      "it was left as it is; restore it from a backup (the `backup` command) or move it away to start afresh";

  /** A SQL failure as an IOException; a damaged file as a {@link CorruptStateException}. */
  static IOException failure(Path file, SQLException e) {
    if (e instanceof SQLiteException s) {
      int primary =
          s.getResultCode().code
              & 0xff; // extended codes (SQLITE_CORRUPT_INDEX …) keep it in the low byte
      if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code
          || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
        return new CorruptStateException(file, e.getMessage(), REMEDY, e);
      }
    }
    return new IOException("state database " + file + ": " + e.getMessage(), e);
  }

  @Override
  public void close() {
    lock.lock();
    try {
      if (closed) return;
      closed = true;
      connection.close();
    } catch (SQLException e) {
      log.warn("Closing {}: {}", file, e.getMessage());
    } finally {
      lock.unlock();
    }
  }
}
