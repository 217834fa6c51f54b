package org.peacetalks.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema, as numbered SQL files on the class path: {@code db/migration/V1__state.sql}, {@code
 * V2__….sql}, … Each not yet applied runs in its own transaction together with its row in {@code
 * schema_version}, so a crash leaves the schema at one version or the next. The list of files is
 * {@link #FILES}: a jar cannot be listed reliably, and a new migration should be a deliberate,
 * reviewed line here.
 */
final class Migrations {
  private static final Logger log = LoggerFactory.getLogger(Migrations.class);

  /** In order; the number in the name is the version. */
  static final List<String> FILES =
      List.of(
          "V1__state.sql",
          "V2__feeds.sql",
          "V3__update_replays.sql",
          "V4__subscription_language.sql");

  private static final String FOLDER = "/db/migration/";

  private Migrations() {}

  /** Applies the migrations the database lacks; refuses a database from a newer version. */
  static void apply(StateDatabase db) throws IOException {
    db.write(
        c -> {
          try (Statement s = c.createStatement()) {
            s.executeUpdate(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)");
          }
          return null;
        });
    int current =
        db.read(
            c -> {
              try (ResultSet rs =
                  c.createStatement()
                      .executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
                return rs.next() ? rs.getInt(1) : 0;
              }
            });
    if (current > FILES.size()) {
      throw new IOException(
          db.file()
              + " has schema version "
              + current
              + ", newer than this version of the bot knows ("
              + FILES.size()
              + "): run the newer version, or restore a backup made by this one");
    }
    for (int v = current + 1; v <= FILES.size(); v++) {
      String name = FILES.get(v - 1);
      List<String> statements = statements(read(name));
      int version = v;
      db.write(
          c -> {
            try (Statement s = c.createStatement()) {
              for (String sql : statements) s.executeUpdate(sql);
            }
            try (PreparedStatement p =
                c.prepareStatement(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
              p.setInt(1, version);
              p.setString(2, name);
              p.setLong(3, Micros.of(java.time.Instant.now()));
              p.executeUpdate();
            }
            return null;
          });
      log.info("State database {}: applied migration {}", db.file(), name);
    }
  }

  private static String read(String name) throws IOException {
    try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) throw new IOException("migration " + name + " is missing from the jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * The statements of a migration file: split at semicolons ending a line; comment lines dropped.
   */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) continue;
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        out.add(current.toString().strip().replaceAll(";$", ""));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) out.add(current.toString().strip());
    return out;
  }
}
