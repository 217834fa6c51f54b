package org.peacetalks.telegram;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.peacetalks.storage.DurableFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Which updates the bot has taken and handled, in {@code data/telegram-updates.json}, so that a
 * restart neither answers an update twice nor loses one.
 *
 * <p>Telegram counts an update as delivered as soon as the next getUpdates asks past it, which
 * TelegramBots does right after handing a batch over, before our lanes have handled it. So an
 * update is written here (as {@code pending}, in full) before it is queued, and moved to handled
 * when done. {@code lastHandledUpdateId} is the id below which everything is handled; updates
 * handled out of order above it are listed in {@code handledAbove}. On start, pending updates are
 * handled again, and anything Telegram delivers again that is known here is skipped. Every change
 * is on disk (an atomic file replace) before {@link #takeAll} or {@link #done} returns; changes
 * made at the same moment share one write. Thread-safe.
 */
final class UpdateLedger {
  private static final Logger log = LoggerFactory.getLogger(UpdateLedger.class);

  /**
   * Telegram delivers again only updates it has not seen confirmed: the last batch (at most 100)
   * above the last confirmed offset. An id further below what was handled is a new numbering.
   */
  static final long RESTART_WINDOW = 10_000;

  private final Path file;
  private final ObjectMapper mapper;
  private long lastHandled;
  private long highestTaken;
  private final TreeSet<Long> handledAbove = new TreeSet<>();
  private final TreeMap<Long, Update> pending = new TreeMap<>();
  private final TreeMap<Long, JsonNode> pendingJson = new TreeMap<>();
  /** Changes made (under this) and changes on disk (under {@link #writing}). */
  private long changes;
  private long saved;
  private final Object writing = new Object();

  private UpdateLedger(Path file, ObjectMapper mapper) {
    this.file = file;
    this.mapper = mapper;
  }

  static ObjectMapper mapper() {
    return new ObjectMapper()
        .setSerializationInclusion(JsonInclude.Include.NON_NULL)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  }

  /** Reads the ledger; a missing file is a fresh one. An unreadable one is set aside and started afresh. */
  static UpdateLedger open(Path file) {
    UpdateLedger ledger = new UpdateLedger(file, mapper());
    if (!Files.exists(file)) return ledger;
    try {
      JsonNode root = ledger.mapper.readTree(file.toFile());
      ledger.lastHandled = root.path("lastHandledUpdateId").asLong(0);
      ledger.highestTaken = ledger.lastHandled;
      for (JsonNode id : root.path("handledAbove")) {
        ledger.handledAbove.add(id.asLong());
        ledger.highestTaken = Math.max(ledger.highestTaken, id.asLong());
      }
      for (JsonNode u : root.path("pending")) {
        Update update = ledger.mapper.treeToValue(u, Update.class);
        ledger.pending.put(update.getUpdateId().longValue(), update);
        ledger.pendingJson.put(update.getUpdateId().longValue(), u);
        ledger.highestTaken = Math.max(ledger.highestTaken, update.getUpdateId());
      }
    } catch (IOException | RuntimeException e) {
      Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
      log.warn("Could not read {} ({}): moved to {}, starting with no record of handled updates",
          file, e.toString(), aside);
      try {
        Files.move(file, aside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException moveFailed) {
        log.warn("Could not move {} aside: {}", file, moveFailed.toString());
      }
      return new UpdateLedger(file, ledger.mapper);
    }
    return ledger;
  }

  /**
   * Takes an update for handling: false when it was handled or taken before (a redelivery after
   * a restart); otherwise records it as pending and returns true.
   */
  boolean take(Update update) {
    return !takeAll(List.of(update)).isEmpty();
  }

  /**
   * Takes a batch from one getUpdates: the ones not handled or taken before, recorded as pending
   * with one write (one fsync per batch rather than per update).
   */
  List<Update> takeAll(List<Update> updates) {
    List<Update> taken = new ArrayList<>(updates.size());
    long version;
    synchronized (this) {
      version = record(updates, taken);
    }
    if (!taken.isEmpty()) persist(version);
    return taken;
  }

  /** Records the new updates of a batch in memory; returns the change number to persist. */
  private long record(List<Update> updates, List<Update> taken) {
    for (Update update : updates) {
      if (update == null || update.getUpdateId() == null) continue;
      long id = update.getUpdateId();
      if (id < lastHandled - RESTART_WINDOW && pending.isEmpty()) {
        // Far below anything Telegram could deliver again: after a week without updates Telegram
        // starts numbering anew at a random id. A new sequence, not a redelivery.
        log.info("Update ids restarted at {} (last handled {}): a new sequence", id, lastHandled);
        lastHandled = id - 1;
        highestTaken = lastHandled;
        handledAbove.clear();
      }
      if (id <= lastHandled || handledAbove.contains(id) || pending.containsKey(id)) continue;
      pending.put(id, update);
      pendingJson.put(id, mapper.valueToTree(update)); // serialised once, not on every save
      highestTaken = Math.max(highestTaken, id);
      taken.add(update);
    }
    return taken.isEmpty() ? changes : ++changes;
  }

  /** Marks an update handled; returns once that is on disk. */
  void done(long updateId) {
    long version;
    synchronized (this) {
      if (pending.remove(updateId) == null) return;
      pendingJson.remove(updateId);
      handledAbove.add(updateId);
      long floor = pending.isEmpty() ? highestTaken : pending.firstKey() - 1;
      if (floor > lastHandled) lastHandled = floor;
      handledAbove.headSet(lastHandled, true).clear();
      version = ++changes;
    }
    persist(version);
  }

  /** Updates taken before a crash or stop and not handled: to be handled now, oldest first. */
  synchronized List<Update> pending() {
    return new ArrayList<>(pending.values());
  }

  synchronized long lastHandledUpdateId() {
    return lastHandled;
  }

  /**
   * Writes the ledger as of change {@code version} or later. Group commit: threads finishing
   * together wait for one write, and whoever writes takes everyone's changes along, so
   * concurrent chats share an fsync instead of queueing for one each.
   */
  private void persist(long version) {
    synchronized (writing) {
      if (saved >= version) return; // a write that began after our change covered it
      byte[] bytes;
      long upTo;
      synchronized (this) {
        upTo = changes;
        bytes = serialise();
      }
      try {
        DurableFiles.replace(file, bytes);
        saved = upTo;
      } catch (IOException | RuntimeException e) {
        log.warn("Could not save {}: {}", file, e.toString());
      }
    }
  }

  private byte[] serialise() {
    ObjectNode root = mapper.createObjectNode();
    root.put("lastHandledUpdateId", lastHandled);
    ArrayNode above = root.putArray("handledAbove");
    handledAbove.forEach(above::add);
    ArrayNode list = root.putArray("pending");
    pendingJson.values().forEach(list::add);
    try {
      return mapper.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new IllegalStateException("a tree of numbers and parsed updates always serialises", e);
    }
  }
}
