package org.peacetalks.telegram;

import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.peacetalks.storage.BlockedChatTable;
import org.peacetalks.storage.StateDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chats that told us to stop writing (403: blocked, kicked, deactivated; 400 chat not found), in
 * the state database's {@code blocked_chat} table, so a restart remembers them; mirrored in memory,
 * since every send asks. A chat that writes to the bot again is taken off the list. Thread-safe.
 */
public final class BlockedChats {
  private static final Logger log = LoggerFactory.getLogger(BlockedChats.class);

  private final BlockedChatTable table;
  private final Clock clock;
  private final Set<Long> ids = ConcurrentHashMap.newKeySet();

  private BlockedChats(BlockedChatTable table, Clock clock) {
    this.table = table;
    this.clock = clock;
  }

  /** Loads the list from the state database. */
  public static BlockedChats load(StateDatabase db, Clock clock) throws IOException {
    BlockedChats chats = new BlockedChats(new BlockedChatTable(db), clock);
    chats.ids.addAll(chats.table.all());
    return chats;
  }

  public boolean contains(long chatId) {
    return ids.contains(chatId);
  }

  /** Records a chat we may no longer write to; returns false when it was recorded already. */
  public boolean add(long chatId) {
    if (!ids.add(chatId)) return false;
    save(chatId, () -> table.add(chatId, clock.instant()));
    return true;
  }

  /** Forgets a chat (it wrote to us again). */
  public void remove(long chatId) {
    if (ids.remove(chatId)) save(chatId, () -> table.remove(chatId));
  }

  public Set<Long> snapshot() {
    return Set.copyOf(ids);
  }

  private interface Change {
    void apply() throws IOException;
  }

  private static void save(long chatId, Change change) {
    try {
      change.apply();
    } catch (IOException e) {
      // Kept in memory for this run; a restart forgets only this change.
      log.warn("Could not record blocked chat {}: {}", chatId, e.toString());
    }
  }
}
