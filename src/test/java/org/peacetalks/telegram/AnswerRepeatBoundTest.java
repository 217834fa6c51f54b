package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.storage.OpenStates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The bound on repeated answers: a process killed after Telegram accepted an answer but before the
 * ledger settled its update (simulated by a handler that "sends" and then dies; the process's lanes
 * and database connection are abandoned), started again, and killed the same way again. The
 * question is answered at most twice, and an update cut short before its answer went out is
 * answered after the restart, not lost.
 */
class AnswerRepeatBoundTest {
  @TempDir Path data;
  private final OpenStates states = new OpenStates();
  private final List<ExecutorService> pools = new ArrayList<>();

  /** Answers Telegram accepted, by update id, across processes. */
  private final Map<Integer, AtomicInteger> answered = new ConcurrentHashMap<>();

  /** The process dying: the lane's task ends here, and nothing after it runs. */
  static final class Killed extends Error {
    Killed() {
      super("killed", null, false, false);
    }
  }

  enum Then {
    DIE_BEFORE_SEND,
    DIE_AFTER_SEND,
    FINISH
  }

  @AfterEach
  void tearDown() {
    pools.forEach(ExecutorService::shutdownNow);
    states.close();
  }

  /**
   * Starts a process on the state, hands it {@code delivered} from getUpdates (after replaying what
   * the last one left pending), and waits until the {@code handles} updates it handles have ended
   * as {@code then} says.
   */
  private void process(List<Update> delivered, int handles, Then then) throws Exception {
    UpdateLedger ledger = UpdateLedger.open(states.open(data));
    ExecutorService pool = Executors.newSingleThreadExecutor();
    pools.add(pool);
    CountDownLatch handled = new CountDownLatch(handles);
    UpdateDispatcher dispatcher =
        new UpdateDispatcher(
            ledger,
            new ChatLanes(pool),
            update -> {
              try {
                if (then == Then.DIE_BEFORE_SEND) throw new Killed();
                answered
                    .computeIfAbsent(update.getUpdateId(), id -> new AtomicInteger())
                    .incrementAndGet(); // the 200
                if (then == Then.DIE_AFTER_SEND) throw new Killed();
              } finally {
                handled.countDown();
              }
            });
    dispatcher.replayPending();
    dispatcher.consume(delivered);
    assertTrue(handled.await(10, TimeUnit.SECONDS), "handled");
    // Once a lane has run its task, the ledger has recorded what it was going to: a FINISH marks
    // the update done after the handler returns, so wait for the pool to drain.
    pool.shutdown();
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
  }

  private static Update question(int id) {
    return TestUpdates.parse(TestUpdates.text(id, 5, 5, "What does Russia demand?"));
  }

  private int answers(int updateId) {
    AtomicInteger n = answered.get(updateId);
    return n == null ? 0 : n.get();
  }

  @Test
  void killedAfterTheAnswerTwiceInARowAnswersAtMostTwice() throws Exception {
    process(List.of(question(100)), 1, Then.DIE_AFTER_SEND);
    assertEquals(1, answers(100));
    process(
        List.of(question(100)),
        1,
        Then.DIE_AFTER_SEND); // Telegram delivers it again too: not taken twice
    assertEquals(2, answers(100), "replayed once after the restart");
    process(List.of(question(100), question(101)), 1, Then.FINISH);
    assertEquals(2, answers(100), "not a third time");
    assertEquals(1, answers(101));
    UpdateLedger settled = UpdateLedger.open(states.open(data));
    assertEquals(List.of(), settled.pending());
    assertEquals(101, settled.lastHandledUpdateId());
  }

  @Test
  void killedAfterTheAnswerOnceRepeatsItOnce() throws Exception {
    process(List.of(question(200)), 1, Then.DIE_AFTER_SEND);
    process(List.of(), 1, Then.FINISH);
    process(List.of(), 0, Then.FINISH);
    assertEquals(2, answers(200));
  }

  @Test
  void killedBeforeTheAnswerAnswersAfterTheRestart() throws Exception {
    process(List.of(question(300)), 1, Then.DIE_BEFORE_SEND);
    assertEquals(0, answers(300));
    process(List.of(), 1, Then.FINISH);
    assertEquals(1, answers(300), "not lost");
    process(List.of(), 0, Then.FINISH);
    assertEquals(1, answers(300), "settled");
  }
}
