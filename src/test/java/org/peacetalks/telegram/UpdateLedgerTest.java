package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.storage.OpenStates;
import org.peacetalks.storage.StateDatabase;
import org.telegram.telegrambots.meta.api.objects.Update;

class UpdateLedgerTest {
  @TempDir Path data;
  private final OpenStates states = new OpenStates();

  @AfterEach
  void closeStates() throws Exception {
    states.close();
  }

  /** The ledger on a connection of its own: a second call is a restart. */
  private UpdateLedger open() throws Exception {
    return UpdateLedger.open(states.open(data));
  }

  private static Update u(int id) {
    return TestUpdates.parse(TestUpdates.text(id, 5, 5, "q" + id));
  }

  @Test
  void restartSkipsHandledAndReplaysTakenButUnhandled() throws Exception {
    UpdateLedger ledger = open();
    assertTrue(ledger.take(u(10)));
    assertTrue(ledger.take(u(11)));
    assertTrue(ledger.take(u(12)));
    assertFalse(ledger.take(u(11)), "taken twice");
    ledger.done(10);
    ledger.done(12); // out of order: 11 still running
    assertEquals(10, ledger.lastHandledUpdateId());

    UpdateLedger restarted = open();
    assertEquals(10, restarted.lastHandledUpdateId());
    List<Update> pending = restarted.pending();
    assertEquals(1, pending.size());
    assertEquals(11, pending.get(0).getUpdateId());
    assertEquals("q11", pending.get(0).getMessage().getText());
    assertFalse(restarted.take(u(10)), "handled before the restart");
    assertFalse(restarted.take(u(12)), "handled out of order before the restart");
    assertFalse(restarted.take(u(11)), "pending: replayed from the ledger, not taken again");
    assertTrue(restarted.take(u(13)));

    restarted.done(11);
    restarted.done(13);
    assertEquals(13, restarted.lastHandledUpdateId());
    assertTrue(open().pending().isEmpty());
  }

  @Test
  void aPendingUpdateThatNoLongerReadsIsDroppedNotFatal() throws Exception {
    StateDatabase db = states.open(data);
    db.write(
        c ->
            c.createStatement()
                .executeUpdate(
                    "INSERT INTO update_pending (update_id, body) VALUES (7, '{not json')"));
    UpdateLedger ledger = UpdateLedger.open(db);
    assertTrue(ledger.pending().isEmpty());
    assertFalse(ledger.take(u(7)), "not answered after all");
    assertTrue(ledger.take(u(8)));
  }

  @Test
  void pendingCallbacksAndInlineQueriesSurviveTheRoundTrip() throws Exception {
    UpdateLedger ledger = open();
    assertTrue(ledger.take(TestUpdates.parse(TestUpdates.callback(1, -100, 5, 77, "m:abcdefgh"))));
    assertTrue(ledger.take(TestUpdates.parse(TestUpdates.inline(2, 5, "peace plan"))));
    assertTrue(ledger.take(TestUpdates.parse(TestUpdates.topicText(3, -100, 5, 9, "/ask@Bot x"))));
    List<Update> back = open().pending();
    assertEquals("m:abcdefgh", back.get(0).getCallbackQuery().getData());
    assertEquals(77, back.get(0).getCallbackQuery().getMessage().getMessageId());
    assertEquals(-100, UpdateDispatcher.laneOf(back.get(0)));
    assertEquals("peace plan", back.get(1).getInlineQuery().getQuery());
    assertEquals(9, back.get(2).getMessage().getMessageThreadId());
    assertTrue(back.get(2).getMessage().isTopicMessage());
  }

  @Test
  void afterARestartOnlyTheLastBatchComesAgainAndAnythingElseIsANewSequence() throws Exception {
    UpdateLedger ledger = open();
    assertEquals(2, ledger.takeAll(List.of(u(500_000), u(500_001))).size());
    ledger.done(500_000);
    ledger.done(500_001);

    UpdateLedger restarted = open();
    assertTrue(
        restarted.takeAll(List.of(u(500_000), u(500_001))).isEmpty(),
        "the last batch delivered again, as it was: skipped");
    // A week without updates: Telegram picks the next id at random, here far below.
    assertTrue(restarted.take(u(42)));
    restarted.done(42);
    assertFalse(restarted.take(u(42)), "and the new sequence is deduplicated as before");
    assertTrue(restarted.take(u(43)));
    restarted.done(43);

    // A test server started afresh numbers from 1 again: an id seen before, another update.
    UpdateLedger third = open();
    Update another = TestUpdates.parse(TestUpdates.text(43, 5, 5, "a new question"));
    assertEquals(List.of(another), third.takeAll(List.of(another)));
    assertEquals(42, third.lastHandledUpdateId());
  }

  @Test
  void aLedgerWithoutALastBatchKeepsTheWindowBelowTheLastHandledId() throws Exception {
    UpdateLedger ledger = open();
    assertTrue(ledger.take(u(500_000)));
    ledger.done(500_000);
    StateDatabase db = states.open(data);
    db.write(
        c ->
            c.createStatement()
                .executeUpdate("DELETE FROM setting WHERE name = 'last_update_batch'"));
    UpdateLedger upgraded = UpdateLedger.open(db);
    assertFalse(upgraded.take(u(499_000)), "just below the mark: maybe an old update again");
    assertTrue(upgraded.take(u(42)), "far below: a new sequence");
  }
}
