package org.peacetalks.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Named single values in the {@code setting} table, read and written inside a caller's transaction.
 */
public final class Settings {
  /** When the article ledger started (micros): articles seen before are the initial import. */
  public static final String LEDGER_STARTED = "article_ledger_started_at";

  /** The update id below which every update is handled. */
  public static final String LAST_HANDLED_UPDATE = "last_handled_update_id";

  /** The last batch of updates taken, as {@code id:fingerprint} words: what may come again. */
  public static final String LAST_UPDATE_BATCH = "last_update_batch";

  private Settings() {}

  /** The value, or null when unset. */
  public static String get(Connection c, String name) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT value FROM setting WHERE name = ?")) {
      p.setString(1, name);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  public static void put(Connection c, String name, String value) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO setting (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
      p.setString(1, name);
      p.setString(2, value);
      p.executeUpdate();
    }
  }

  public static void remove(Connection c, String name) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("DELETE FROM setting WHERE name = ?")) {
      p.setString(1, name);
      p.executeUpdate();
    }
  }
}
