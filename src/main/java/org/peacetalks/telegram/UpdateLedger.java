package org.peacetalks.telegram;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.peacetalks.storage.StateDatabase;
import org.peacetalks.storage.UpdateTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Which updates the bot has taken and handled, in the state database ({@code update_pending},
 * {@code update_handled_above} and the {@code last_handled_update_id} setting), so that a restart
 * neither answers an update twice nor loses one.
 *
 * <p>Telegram counts an update as delivered as soon as the next getUpdates asks past it, which
 * TelegramBots does right after handing a batch over, before our lanes have handled it. So an
 * update is written here (as pending, in full) before it is queued, and moved to handled when done.
 * The last handled id is the one below which everything is handled; updates handled out of order
 * above it are rows of {@code update_handled_above}. On start, pending updates are handled again,
 * and what Telegram delivers again is skipped: only the last batch taken can come again (each
 * getUpdates confirms the batch before), with the same ids and content, so its ids and fingerprints
 * are kept too; an id seen before that is not in it is a new numbering, not a repeat.
 *
 * <p><b>At most one repeat.</b> An answer goes out before its update is marked done, so a crash
 * between Telegram's 200 and that mark answers the update again after the restart. Each such replay
 * is recorded ({@link #replaying}) before it starts; an update a later start still finds pending
 * after a replay has possibly been answered twice and is dropped with a WARN rather than answered a
 * third time. So an answer is sent at most twice whatever the crashes, and is lost only when two
 * processes in a row die while handling that same update. Every change is committed before {@link
 * #takeAll} or {@link #done} returns: one transaction per batch taken and per update done, touching
 * only those rows (stored through {@link UpdateTable}). The same state is mirrored in memory for
 * the checks. Thread-safe.
 */
final class UpdateLedger {
  private static final Logger log = LoggerFactory.getLogger(UpdateLedger.class);

  /**
   * Telegram delivers again only updates it has not seen confirmed: the last batch (at most 100)
   * above the last confirmed offset. An id further below what was handled is a new numbering, when
   * the ledger holds no last batch to compare with (one written before it kept them).
   */
  static final long RESTART_WINDOW = 10_000;

  private final UpdateTable table;
  private final ObjectMapper mapper;
  private long lastHandled;
  private long highestTaken;
  private final TreeSet<Long> handledAbove = new TreeSet<>();
  private final TreeMap<Long, Update> pending = new TreeMap<>();

  /**
   * The last batch taken, id to fingerprint: the only updates Telegram can deliver again after a
   * restart, and then exactly as they were. {@code null} when unknown (a ledger from before).
   */
  private Map<Long, String> lastBatch;

  private UpdateLedger(UpdateTable table, ObjectMapper mapper) {
    this.table = table;
    this.mapper = mapper;
  }

  static ObjectMapper mapper() {
    return new ObjectMapper()
        .setSerializationInclusion(JsonInclude.Include.NON_NULL)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  }

  /**
   * Reads the ledger. A pending update that no longer parses (a library upgrade changed its shape)
   * is logged and dropped rather than stopping the bot.
   */
  static UpdateLedger open(StateDatabase db) throws IOException {
    UpdateLedger ledger = new UpdateLedger(new UpdateTable(db), mapper());
    UpdateTable.Loaded loaded = ledger.table.load();
    ledger.lastHandled = loaded.lastHandled();
    ledger.lastBatch = loaded.lastBatch() == null ? null : batchOf(loaded.lastBatch());
    ledger.handledAbove.addAll(loaded.handledAbove());
    ledger.highestTaken =
        Math.max(
            ledger.lastHandled, ledger.handledAbove.isEmpty() ? 0 : ledger.handledAbove.last());
    List<Long> replayedBefore = new ArrayList<>();
    for (UpdateTable.Pending row : loaded.pending()) {
      try {
        ledger.pending.put(row.updateId(), ledger.mapper.readValue(row.body(), Update.class));
        ledger.highestTaken = Math.max(ledger.highestTaken, row.updateId());
        if (row.replayed()) replayedBefore.add(row.updateId());
      } catch (IOException | RuntimeException bad) {
        log.warn(
            "Pending update {} cannot be read back ({}); it is dropped",
            row.updateId(),
            bad.toString());
        ledger.handledAbove.add(row.updateId());
      }
    }
    for (long id : replayedBefore) {
      log.warn(
          "Update {} was handled again after a restart and the process stopped before it was done: "
              + "dropped, so that its answer does not go out a third time",
          id);
      ledger.done(id);
    }
    return ledger;
  }

  /**
   * Records that a pending update from an earlier run is about to be handled again; returns once
   * that is committed (a failure is logged, and the update is handled all the same).
   */
  synchronized void replaying(long updateId) {
    if (!pending.containsKey(updateId)) return;
    persist(() -> table.markReplayed(updateId));
  }

  /**
   * Takes an update for handling: false when it was handled or taken before (a redelivery after a
   * restart); otherwise records it as pending and returns true.
   */
  boolean take(Update update) {
    return !takeAll(List.of(update)).isEmpty();
  }

  /**
   * Takes a batch from one getUpdates: the ones not handled or taken before, recorded as pending in
   * one transaction.
   */
  synchronized List<Update> takeAll(List<Update> updates) {
    List<Update> taken = new ArrayList<>(updates.size());
    List<UpdateTable.Pending> rows = new ArrayList<>(updates.size());
    Map<Long, String> batch = new LinkedHashMap<>();
    boolean renumbered = false;
    for (Update update : updates) {
      if (update == null || update.getUpdateId() == null) continue;
      long id = update.getUpdateId();
      String json = json(update);
      batch.put(id, fingerprint(json));
      boolean seen = id <= lastHandled || handledAbove.contains(id);
      if (seen && pending.isEmpty() && !redelivery(id, batch.get(id))) {
        // Not what Telegram could deliver again: after a week without updates Telegram starts
        // numbering anew at a random id, and a test server started afresh numbers from 1 again.
        log.info("Update ids restarted at {} (last handled {}): a new sequence", id, lastHandled);
        lastHandled = id - 1;
        highestTaken = lastHandled;
        handledAbove.clear();
        renumbered = true;
      }
      if (id <= lastHandled || handledAbove.contains(id) || pending.containsKey(id)) continue;
      pending.put(id, update);
      highestTaken = Math.max(highestTaken, id);
      taken.add(update);
      rows.add(new UpdateTable.Pending(id, json, false));
    }
    if (taken.isEmpty() && !renumbered) return taken;
    lastBatch = batch;
    Long restartedBelow = renumbered ? lastHandled : null;
    String stored = words(batch);
    persist(() -> table.take(rows, restartedBelow, stored));
    return taken;
  }

  /**
   * Whether an update with an id already seen is Telegram delivering the last batch again: the same
   * id with the same content. Without a batch to compare with, any id near the last handled one.
   */
  private boolean redelivery(long id, String fingerprint) {
    if (lastBatch == null) return id >= lastHandled - RESTART_WINDOW;
    return fingerprint.equals(lastBatch.get(id));
  }

  private static String fingerprint(String json) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static String words(Map<Long, String> batch) {
    StringBuilder out = new StringBuilder();
    batch.forEach(
        (id, fp) -> out.append(out.length() == 0 ? "" : " ").append(id).append(':').append(fp));
    return out.toString();
  }

  private static Map<Long, String> batchOf(String words) {
    Map<Long, String> batch = new LinkedHashMap<>();
    for (String word : words.split(" ")) {
      int colon = word.indexOf(':');
      if (colon > 0) batch.put(Long.parseLong(word.substring(0, colon)), word.substring(colon + 1));
    }
    return batch;
  }

  /** Marks an update handled; returns once that is committed. */
  synchronized void done(long updateId) {
    if (pending.remove(updateId) == null) return;
    handledAbove.add(updateId);
    long floor = pending.isEmpty() ? highestTaken : pending.firstKey() - 1;
    boolean moved = floor > lastHandled;
    if (moved) lastHandled = floor;
    handledAbove.headSet(lastHandled, true).clear();
    boolean above = updateId > lastHandled;
    Long newLast = moved ? lastHandled : null;
    persist(() -> table.done(updateId, above, newLast));
  }

  /** Updates taken before a crash or stop and not handled: to be handled now, oldest first. */
  synchronized List<Update> pending() {
    return new ArrayList<>(pending.values());
  }

  synchronized long lastHandledUpdateId() {
    return lastHandled;
  }

  private interface Change {
    void apply() throws IOException;
  }

  /** One transaction; a failure is logged (the update is still handled in this process). */
  private void persist(Change change) {
    try {
      change.apply();
    } catch (IOException | RuntimeException e) {
      log.warn("Could not record handled updates in the state database: {}", e.toString());
    }
  }

  private String json(Update update) {
    try {
      return mapper.writeValueAsString(update);
    } catch (IOException e) {
      throw new IllegalStateException("a parsed update always serialises", e);
    }
  }
}
