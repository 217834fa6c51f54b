package org.peacetalks.telegram;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.peacetalks.storage.Micros;
import org.peacetalks.storage.StateDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chats that told us to stop writing (403: blocked, kicked, deactivated; 400 chat not found),
 * in the state database's {@code blocked_chat} table, so a restart remembers them; mirrored in
 * memory, since every send asks. A chat that writes to the bot again is taken off the list.
 * Thread-safe.
 */
public final class BlockedChats {
  private static final Logger log = LoggerFactory.getLogger(BlockedChats.class);

  private final StateDatabase db;
  private final Clock clock;
  private final Set<Long> ids = ConcurrentHashMap.newKeySet();

  private BlockedChats(StateDatabase db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Loads the list from the state database. */
  public static BlockedChats load(StateDatabase db, Clock clock) throws IOException {
    BlockedChats chats = new BlockedChats(db, clock);
    db.read(c -> {
      try (ResultSet rs = c.createStatement().executeQuery("SELECT chat_id FROM blocked_chat")) {
        while (rs.next()) chats.ids.add(rs.getLong(1));
      }
      return null;
    });
    return chats;
  }

  public boolean contains(long chatId) {
    return ids.contains(chatId);
  }

  /** Records a chat we may no longer write to; returns false when it was recorded already. */
  public boolean add(long chatId) {
    if (!ids.add(chatId)) return false;
    save("INSERT OR IGNORE INTO blocked_chat (chat_id, blocked_at) VALUES (?, ?)", chatId, true);
    return true;
  }

  /** Forgets a chat (it wrote to us again). */
  public void remove(long chatId) {
    if (ids.remove(chatId)) save("DELETE FROM blocked_chat WHERE chat_id = ?", chatId, false);
  }

  public Set<Long> snapshot() {
    return Set.copyOf(ids);
  }

  private void save(String sql, long chatId, boolean stamped) {
    try {
      db.write(c -> {
        try (PreparedStatement p = c.prepareStatement(sql)) {
          p.setLong(1, chatId);
          if (stamped) p.setLong(2, Micros.of(clock.instant()));
          return p.executeUpdate();
        }
      });
    } catch (IOException e) {
      // Kept in memory for this run; a restart forgets only this change.
      log.warn("Could not record blocked chat {}: {}", chatId, e.toString());
    }
  }
}
