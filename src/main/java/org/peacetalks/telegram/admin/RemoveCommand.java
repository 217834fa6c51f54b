package org.peacetalks.telegram.admin;

import java.io.IOException;
import org.peacetalks.admin.ArticleIntake;
import org.peacetalks.admin.ReindexInProgressException;
import org.peacetalks.telegram.Command;
import org.peacetalks.telegram.Conversation;
import org.peacetalks.telegram.Html;
import org.peacetalks.telegram.Sender;
import org.peacetalks.wording.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /remove ID} (bot admins): takes an article out of the index, moves its file aside into the
 * articles folder's {@code .removed/} and tells the digest to forget it.
 */
final class RemoveCommand implements Command {
  private static final Logger log = LoggerFactory.getLogger(RemoveCommand.class);

  private final ArticleIntake intake;
  private final AdminFeature.ArticleRemoved onRemoved;
  private final Sender sender;

  RemoveCommand(ArticleIntake intake, AdminFeature.ArticleRemoved onRemoved, Sender sender) {
    this.intake = intake;
    this.onRemoved = onRemoved;
    this.sender = sender;
  }

  @Override
  public String name() {
    return "remove";
  }

  @Override
  public String description() {
    return Texts.english().get("command.remove");
  }

  @Override
  public Audience audience() {
    return Audience.ADMINS;
  }

  @Override
  public void handle(Conversation where, String args) throws IOException {
    String id = args.strip();
    if (id.isEmpty() || id.contains(" ")) {
      reply(where, where.text("remove.usage"));
      return;
    }
    boolean removed;
    try {
      removed = intake.remove(id);
    } catch (ReindexInProgressException e) {
      reply(where, where.text("remove.reindexRunning"));
      return;
    }
    if (!removed) {
      reply(where, where.text("remove.unknown", "id", Html.escapeWithin(id, 200)));
      return;
    }
    try {
      onRemoved.removed(id);
    } catch (IOException | RuntimeException e) {
      // The article is out of the index and the folder; only the digest's record of it lags.
      log.warn(
          "Removed article {}, but the digest ledger could not forget it: {}", id, e.toString());
    }
    reply(where, where.text("remove.done", "id", Html.escape(id)));
  }

  private void reply(Conversation where, String html) {
    sender.send(where.reply(html).build());
  }
}
