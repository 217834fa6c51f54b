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
 * is an atomic file replace. Thread-safe.
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
  synchronized boolean take(Update update) {
    return !takeAll(List.of(update)).isEmpty();
  }

  /**
   * Takes a batch from one getUpdates: the ones not handled or taken before, recorded as pending
   * with one write (one fsync per batch rather than per update).
   */
  synchronized List<Update> takeAll(List<Update> updates) {
    List<Update> taken = new ArrayList<>(updates.size());
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
      highestTaken = Math.max(highestTaken, id);
      taken.add(update);
    }
    if (!taken.isEmpty()) save();
    return taken;
  }

  /** Marks an update handled. */
  synchronized void done(long updateId) {
    if (pending.remove(updateId) == null) return;
    handledAbove.add(updateId);
    long floor = pending.isEmpty() ? highestTaken : pending.firstKey() - 1;
    if (floor > lastHandled) lastHandled = floor;
    handledAbove.headSet(lastHandled, true).clear();
    save();
  }

  /** Updates taken before a crash or stop and not handled: to be handled now, oldest first. */
  synchronized List<Update> pending() {
    return new ArrayList<>(pending.values());
  }

  synchronized long lastHandledUpdateId() {
    return lastHandled;
  }

  private void save() {
    ObjectNode root = mapper.createObjectNode();
    root.put("lastHandledUpdateId", lastHandled);
    ArrayNode above = root.putArray("handledAbove");
    handledAbove.forEach(above::add);
    ArrayNode list = root.putArray("pending");
    for (Update u : pending.values()) list.add(mapper.valueToTree(u));
    try {
      DurableFiles.replace(file, mapper.writeValueAsBytes(root));
    } catch (IOException | RuntimeException e) {
      log.warn("Could not save {}: {}", file, e.toString());
    }
  }
}
