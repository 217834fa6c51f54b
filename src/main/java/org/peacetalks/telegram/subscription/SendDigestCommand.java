package org.peacetalks.telegram.subscription;

import org.peacetalks.digest.DigestRunner;
import org.peacetalks.digest.SubscriptionStore;
import org.peacetalks.telegram.Command;
import org.peacetalks.telegram.Conversation;
import org.peacetalks.telegram.Sender;
import org.peacetalks.wording.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /senddigest} (bot admins): the digest to every subscriber now, in the background within
 * the broadcast limits; counts as each chat's digest for today. Replies when the round is done.
 */
final class SendDigestCommand implements Command {
  private static final Logger log = LoggerFactory.getLogger(SendDigestCommand.class);

  private final DigestRunner runner;
  private final SubscriptionStore store;
  private final Sender sender;

  SendDigestCommand(DigestRunner runner, SubscriptionStore store, Sender sender) {
    this.runner = runner;
    this.store = store;
    this.sender = sender;
  }

  @Override
  public String name() {
    return "senddigest";
  }

  @Override
  public String description() {
    return Texts.english().get("command.senddigest");
  }

  @Override
  public Audience audience() {
    return Audience.ADMINS;
  }

  @Override
  public void handle(Conversation where, String args) {
    sender.send(where.reply(SubscriptionText.sendingToAll(store.size(), where.texts())).build());
    runner
        .sendToAllInBackground()
        .whenComplete(
            (report, error) -> {
              if (error != null) {
                log.warn("/senddigest from user {} failed: {}", where.userId(), error.toString());
                // The exception's text is for the log (English, class names, paths): the admin is
                // told whether the bot is stopping, else where to look.
                boolean stopping = error instanceof InterruptedException;
                sender.send(
                    where
                        .reply(
                            where.text(
                                "subscription.roundFailed", "stopping", stopping ? "yes" : "no"))
                        .build());
              } else {
                sender.send(where.reply(SubscriptionText.sentToAll(report, where.texts())).build());
              }
            });
  }
}
