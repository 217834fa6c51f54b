package org.peacetalks.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.peacetalks.storage.DurableFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chats that told us to stop writing (403: blocked, kicked, deactivated; 400 chat not found),
 * kept in {@code data/blocked-chats.txt}, one id per line, so a restart remembers them. A chat
 * that writes to the bot again is taken off the list. Thread-safe.
 */
public final class BlockedChats {
  private static final Logger log = LoggerFactory.getLogger(BlockedChats.class);

  private final Path file;
  private final Set<Long> ids = ConcurrentHashMap.newKeySet();

  private BlockedChats(Path file) {
    this.file = file;
  }

  /** Loads the list from {@code file}; a missing file is an empty list. */
  public static BlockedChats load(Path file) throws IOException {
    BlockedChats chats = new BlockedChats(file);
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) continue;
        try {
          chats.ids.add(Long.parseLong(s));
        } catch (NumberFormatException e) {
          log.warn("Ignoring line '{}' of {}: not a chat id", s, file);
        }
      }
    }
    return chats;
  }

  public boolean contains(long chatId) {
    return ids.contains(chatId);
  }

  /** Records a chat we may no longer write to; returns false when it was recorded already. */
  public boolean add(long chatId) {
    if (!ids.add(chatId)) return false;
    save();
    return true;
  }

  /** Forgets a chat (it wrote to us again). */
  public void remove(long chatId) {
    if (ids.remove(chatId)) save();
  }

  public Set<Long> snapshot() {
    return Set.copyOf(ids);
  }

  private synchronized void save() {
    StringBuilder text = new StringBuilder("# chats the bot may not write to (403 / chat not found)\n");
    for (long id : new TreeSet<>(ids)) text.append(id).append('\n');
    try {
      DurableFiles.replace(file, text.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // Kept in memory for this run; the next change tries to save again.
      log.warn("Could not save blocked chats to {}: {}", file, e.toString());
    }
  }
}
