package org.peacetalks.telegram.subscription;

import java.io.IOException;
import org.peacetalks.digest.SubscriptionStore;
import org.peacetalks.telegram.Command;
import org.peacetalks.telegram.Conversation;
import org.peacetalks.telegram.Permissions;
import org.peacetalks.telegram.Sender;
import org.peacetalks.wording.Texts;

/** {@code /unsubscribe}: no more daily digests in this chat. Groups: admins only. */
final class UnsubscribeCommand implements Command {
  private final SubscriptionStore store;
  private final Permissions permissions;
  private final Sender sender;

  UnsubscribeCommand(SubscriptionStore store, Permissions permissions, Sender sender) {
    this.store = store;
    this.permissions = permissions;
    this.sender = sender;
  }

  @Override
  public boolean groupAdminsOnly() {
    return true;
  }

  @Override
  public String name() {
    return "unsubscribe";
  }

  @Override
  public String description() {
    return Texts.english().get("command.unsubscribe");
  }

  @Override
  public void handle(Conversation where, String args) throws IOException {
    if (store.get(where.chatId()).isEmpty()) {
      sender.send(where.reply(where.text("subscription.notSubscribed")).build());
      return;
    }
    if (!permissions.admit(where, "subscription.refused")) return;
    boolean removed = store.unsubscribe(where.chatId());
    sender.send(
        where
            .reply(where.text(removed ? "subscription.unsubscribed" : "subscription.notSubscribed"))
            .build());
  }
}
