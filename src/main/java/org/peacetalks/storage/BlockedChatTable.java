package org.peacetalks.storage;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code blocked_chat} table: chats that answered 403 or "chat not found". Each change is one
 * transaction touching one row. Thread-safe.
 */
public final class BlockedChatTable {
  private final StateDatabase db;

  public BlockedChatTable(StateDatabase db) {
    this.db = Objects.requireNonNull(db, "db == null");
  }

  /** Every blocked chat. */
  public Set<Long> all() throws IOException {
    return db.read(
        c -> {
          Set<Long> out = new HashSet<>();
          try (ResultSet rs =
              c.createStatement().executeQuery("SELECT chat_id FROM blocked_chat")) {
            while (rs.next()) out.add(rs.getLong(1));
          }
          return out;
        });
  }

  /** Records a chat as blocked at {@code at}; a chat already recorded keeps its first time. */
  public void add(long chatId, Instant at) throws IOException {
    db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT OR IGNORE INTO blocked_chat (chat_id, blocked_at) VALUES (?, ?)")) {
            p.setLong(1, chatId);
            p.setLong(2, Micros.of(at));
            return p.executeUpdate();
          }
        });
  }

  public void remove(long chatId) throws IOException {
    db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("DELETE FROM blocked_chat WHERE chat_id = ?")) {
            p.setLong(1, chatId);
            return p.executeUpdate();
          }
        });
  }
}
