package org.peacetalks.storage;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The Telegram update ledger's rows: the last handled update id (a {@link Settings} value), updates
 * handled out of order above it ({@code update_handled_above}), and updates taken and not yet
 * handled ({@code update_pending}, with the update's JSON). The telegram feature keeps the same
 * state in memory and decides; this class only stores. Each method is one transaction. Thread-safe.
 */
public final class UpdateTable {
  /** A pending update as stored. */
  public record Pending(long updateId, String body, boolean replayed) {}

  /**
   * Everything stored, read at start-up.
   *
   * @param lastBatch the last batch taken as the ledger wrote it; {@code null} when none was
   */
  public record Loaded(
      long lastHandled, TreeSet<Long> handledAbove, List<Pending> pending, String lastBatch) {}

  private final StateDatabase db;

  public UpdateTable(StateDatabase db) {
    this.db = Objects.requireNonNull(db, "db == null");
  }

  public Loaded load() throws IOException {
    return db.read(
        c -> {
          String last = Settings.get(c, Settings.LAST_HANDLED_UPDATE);
          TreeSet<Long> above = new TreeSet<>();
          try (ResultSet rs =
              c.createStatement().executeQuery("SELECT update_id FROM update_handled_above")) {
            while (rs.next()) above.add(rs.getLong(1));
          }
          List<Pending> pending = new ArrayList<>();
          try (ResultSet rs =
              c.createStatement()
                  .executeQuery(
                      "SELECT update_id, body, replayed FROM update_pending ORDER BY update_id")) {
            while (rs.next())
              pending.add(new Pending(rs.getLong(1), rs.getString(2), rs.getInt(3) != 0));
          }
          return new Loaded(
              last == null ? 0 : Long.parseLong(last),
              above,
              pending,
              Settings.get(c, Settings.LAST_UPDATE_BATCH));
        });
  }

  /**
   * Records updates taken, in one transaction.
   *
   * @param restartedBelow when Telegram numbered updates anew: the new last handled id, and the ids
   *     handled above the old one are forgotten; {@code null} otherwise
   * @param batch the batch as the ledger keeps it, to tell a redelivery after a restart
   */
  public void take(List<Pending> taken, Long restartedBelow, String batch) throws IOException {
    db.write(
        c -> {
          Settings.put(c, Settings.LAST_UPDATE_BATCH, batch);
          if (restartedBelow != null) {
            c.createStatement().executeUpdate("DELETE FROM update_handled_above");
            Settings.put(c, Settings.LAST_HANDLED_UPDATE, String.valueOf(restartedBelow));
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT OR REPLACE INTO update_pending (update_id, body) VALUES (?, ?)")) {
            for (Pending u : taken) {
              p.setLong(1, u.updateId());
              p.setString(2, u.body());
              p.executeUpdate();
            }
          }
          return null;
        });
  }

  /** Marks a pending update as being handled again after a restart. */
  public void markReplayed(long updateId) throws IOException {
    db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("UPDATE update_pending SET replayed = 1 WHERE update_id = ?")) {
            p.setLong(1, updateId);
            return p.executeUpdate();
          }
        });
  }

  /**
   * Records an update handled, in one transaction.
   *
   * @param above whether it is above the last handled id (kept as handled out of order)
   * @param newLastHandled the new last handled id when it moved, else {@code null}: ids at or below
   *     it are no longer kept
   */
  public void done(long updateId, boolean above, Long newLastHandled) throws IOException {
    db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("DELETE FROM update_pending WHERE update_id = ?")) {
            p.setLong(1, updateId);
            p.executeUpdate();
          }
          if (above) {
            try (PreparedStatement p =
                c.prepareStatement(
                    "INSERT OR IGNORE INTO update_handled_above (update_id) VALUES (?)")) {
              p.setLong(1, updateId);
              p.executeUpdate();
            }
          }
          if (newLastHandled != null) {
            Settings.put(c, Settings.LAST_HANDLED_UPDATE, String.valueOf(newLastHandled));
            try (PreparedStatement p =
                c.prepareStatement("DELETE FROM update_handled_above WHERE update_id <= ?")) {
              p.setLong(1, newLastHandled);
              p.executeUpdate();
            }
          }
          return null;
        });
  }
}
