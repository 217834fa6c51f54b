package org.peacetalks.telegram;

import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * What the poller hands updates to. Thin on purpose: records each update in the {@link
 * UpdateLedger}, queues it on its chat's lane and returns at once, so polling goes on while answers
 * are being prepared. Never throws: in TelegramBots 10.2.0 an exception out of {@code consume}
 * silently ends polling for good.
 */
final class UpdateDispatcher implements LongPollingUpdateConsumer {
  private static final Logger log = LoggerFactory.getLogger(UpdateDispatcher.class);

  private final UpdateLedger ledger;
  private final ChatLanes lanes;
  private final Consumer<Update> router;

  UpdateDispatcher(UpdateLedger ledger, ChatLanes lanes, UpdateRouter router) {
    this(ledger, lanes, router::route);
  }

  /**
   * @param router handles one update and catches its own failures (as {@link UpdateRouter#route})
   */
  UpdateDispatcher(UpdateLedger ledger, ChatLanes lanes, Consumer<Update> router) {
    this.ledger = ledger;
    this.lanes = lanes;
    this.router = router;
  }

  @Override
  public void consume(List<Update> updates) {
    List<Update> taken;
    try {
      taken = ledger.takeAll(updates);
    } catch (Throwable t) {
      log.error("Could not record {} updates: {}", updates.size(), t.toString(), t);
      return;
    }
    if (taken.size() < updates.size())
      log.debug("{} updates were handled before: skipped", updates.size() - taken.size());
    for (Update update : taken) {
      try {
        queue(update);
      } catch (Throwable t) {
        log.error("Could not queue update {}: {}", update.getUpdateId(), t.toString(), t);
      }
    }
  }

  /** Nothing to release: {@link TalksBot} owns the lanes and the ledger. */
  @Override
  public void close() {}

  /** Queues updates taken before a restart and not handled then. */
  void replayPending() {
    List<Update> pending = ledger.pending();
    if (!pending.isEmpty())
      log.info("Handling {} updates left over from the last run", pending.size());
    for (Update update : pending) queue(update, true);
  }

  private void queue(Update update) {
    queue(update, false);
  }

  /**
   * @param replay handled before a restart and maybe answered: recorded first, to answer it at most
   *     twice
   */
  private void queue(Update update, boolean replay) {
    lanes.submit(
        laneOf(update),
        () -> {
          if (replay) ledger.replaying(update.getUpdateId());
          router.accept(update); // catches and answers every failure of its own
          // Cut short by a forced stop: not handled; it stays pending and is handled after a
          // restart.
          if (!Thread.currentThread().isInterrupted()) ledger.done(update.getUpdateId());
        });
  }

  /** The chat an update belongs to; inline queries have no chat, so their sender's id stands in. */
  static long laneOf(Update u) {
    if (u.hasMessage()) return u.getMessage().getChatId();
    if (u.hasCallbackQuery()) {
      var q = u.getCallbackQuery();
      if (q.getMessage() != null) return q.getMessage().getChatId();
      return q.getFrom().getId();
    }
    if (u.hasInlineQuery()) return u.getInlineQuery().getFrom().getId();
    if (u.hasEditedMessage()) return u.getEditedMessage().getChatId();
    if (u.hasMyChatMember()) return u.getMyChatMember().getChat().getId();
    return 0;
  }
}
