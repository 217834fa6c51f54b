package org.peacetalks.telegram.admin;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.peacetalks.admin.ReindexInProgressException;
import org.peacetalks.admin.ReindexReport;
import org.peacetalks.admin.Reindexer;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.telegram.Command;
import org.peacetalks.telegram.Conversation;
import org.peacetalks.telegram.Sender;
import org.peacetalks.wording.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * {@code /reindex} (bot admins): rebuilds the index from the articles folder on the feature's own
 * thread, never on an update-handling one. Posts one message and edits it as the rebuild goes
 * (embedding progress at most every {@code progressEvery}), then into the result: articles,
 * paragraphs, skipped files with reasons, time. Questions keep being answered from the last commit
 * meanwhile; a failure leaves it serving and says why. One rebuild at a time: a second /reindex is
 * told one is running.
 */
final class ReindexCommand implements Command {
  private static final Logger log = LoggerFactory.getLogger(ReindexCommand.class);
  private static final SearchIndex.EmbeddingProgress NO_PROGRESS = (done, total) -> {};

  private final Reindexer reindexer;
  private final SearchIndex index;
  private final Sender sender;
  private final Executor background;
  private final Clock clock;
  private final Duration progressEvery;
  private final AtomicBoolean running = new AtomicBoolean();

  ReindexCommand(
      Reindexer reindexer,
      SearchIndex index,
      Sender sender,
      Executor background,
      Clock clock,
      Duration progressEvery) {
    this.reindexer = reindexer;
    this.index = index;
    this.sender = sender;
    this.background = background;
    this.clock = clock;
    this.progressEvery = progressEvery;
  }

  @Override
  public String name() {
    return "reindex";
  }

  @Override
  public String description() {
    return Texts.english().get("command.reindex");
  }

  @Override
  public Audience audience() {
    return Audience.ADMINS;
  }

  @Override
  public void handle(Conversation where, String args) {
    if (!running.compareAndSet(false, true)) {
      sender.send(where.reply(AdminReplies.reindexRunning(where.texts())).build());
      return;
    }
    Integer progressId =
        sender
            .send(where.reply(AdminReplies.reindexStarted(where.texts())).build())
            .map(Message::getMessageId)
            .orElse(null);
    try {
      background.execute(() -> run(where, progressId));
    } catch (RejectedExecutionException e) {
      running.set(false);
      show(
          where,
          progressId,
          AdminReplies.reindexFailed(where.text("reindex.stopping"), where.texts()));
    }
  }

  /** On the background thread. */
  private void run(Conversation where, Integer progressId) {
    Progress progress = new Progress(where, progressId);
    String result;
    index.onEmbeddingProgress(progress);
    try {
      ReindexReport report = reindexer.rebuild();
      result = AdminReplies.reindexDone(report, where.texts());
    } catch (ReindexInProgressException e) {
      result = AdminReplies.reindexRunning(where.texts());
    } catch (IOException | RuntimeException | LinkageError e) {
      log.warn(
          "Reindex asked in chat {} by user {} failed; the previous index keeps serving: {}",
          where.chatId(),
          where.userId(),
          e.toString(),
          e);
      result = AdminReplies.reindexFailed(reason(e), where.texts());
    } finally {
      index.onEmbeddingProgress(NO_PROGRESS);
      running.set(false);
    }
    progress.finish();
    show(where, progressId, result);
  }

  private static String reason(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** Edits the progress message into {@code html}, or sends it anew when there is none. */
  private void show(Conversation where, Integer messageId, String html) {
    if (messageId != null && edit(where, messageId, html)) return;
    sender.send(where.reply(html).build());
  }

  private boolean edit(Conversation where, int messageId, String html) {
    return sender.edit(
        EditMessageText.builder()
            .chatId(where.chatId())
            .messageId(messageId)
            .text(html)
            .parseMode("HTML")
            .disableWebPagePreview(true)
            .build());
  }

  /**
   * Edits the progress message, at most once per {@code progressEvery}; the first report at once.
   * The index has one listener slot: an /add that embeds on another thread meanwhile is not this
   * rebuild's progress, so only the rebuild's own thread is reported.
   */
  private final class Progress implements SearchIndex.EmbeddingProgress {
    private final Conversation where;
    private final Integer messageId;
    private final Thread rebuilder = Thread.currentThread();
    private Instant lastEdit;
    private boolean finished;

    Progress(Conversation where, Integer messageId) {
      this.where = where;
      this.messageId = messageId;
    }

    @Override
    public void embedded(int done, int total) {
      if (Thread.currentThread() != rebuilder) return;
      synchronized (this) {
        if (finished || messageId == null) return;
        Instant now = clock.instant();
        if (lastEdit != null
            && done < total
            && Duration.between(lastEdit, now).compareTo(progressEvery) < 0) return;
        lastEdit = now;
      }
      edit(where, messageId, AdminReplies.reindexProgress(done, total, where.texts()));
    }

    synchronized void finish() {
      finished = true;
    }
  }
}
