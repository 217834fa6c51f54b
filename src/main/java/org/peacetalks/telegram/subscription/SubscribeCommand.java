package org.peacetalks.telegram.subscription;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import org.peacetalks.digest.DigestScheduler;
import org.peacetalks.digest.SubscribeTime;
import org.peacetalks.digest.Subscription;
import org.peacetalks.digest.SubscriptionStore;
import org.peacetalks.telegram.Command;
import org.peacetalks.telegram.Conversation;
import org.peacetalks.telegram.Permissions;
import org.peacetalks.telegram.Sender;
import org.peacetalks.wording.Texts;

/**
 * {@code /subscribe [HH:MM]}: the daily digest in this chat (and forum topic) at that time in the
 * bot's zone, or the default time; again, it changes the time or topic. Groups: admins only.
 */
final class SubscribeCommand implements Command {
  private final SubscriptionStore store;
  private final DigestScheduler scheduler;
  private final LocalTime defaultTime;
  private final Permissions permissions;
  private final Sender sender;
  private final Clock clock;

  SubscribeCommand(
      SubscriptionStore store,
      DigestScheduler scheduler,
      LocalTime defaultTime,
      Permissions permissions,
      Sender sender,
      Clock clock) {
    this.store = store;
    this.scheduler = scheduler;
    this.defaultTime = defaultTime;
    this.permissions = permissions;
    this.sender = sender;
    this.clock = clock;
  }

  @Override
  public boolean groupAdminsOnly() {
    return true;
  }

  @Override
  public String name() {
    return "subscribe";
  }

  @Override
  public String description() {
    return Texts.english().get("command.subscribe");
  }

  @Override
  public void handle(Conversation where, String args) throws IOException {
    if (!permissions.admit(where, "subscription.refused")) return;
    LocalTime time;
    try {
      time = args.isEmpty() ? defaultTime : SubscribeTime.parse(args);
    } catch (SubscribeTime.InvalidTimeException e) {
      sender.send(where.reply(SubscriptionText.invalidTime(e, where.texts())).build());
      return;
    }
    boolean changed = store.get(where.chatId()).isPresent();
    // The digest comes in the language the chat is spoken to in now: a group's choice wins later.
    Subscription s =
        store.subscribe(where.chatId(), where.threadId(), time, where.texts().language());
    Instant now = clock.instant();
    String text =
        SubscriptionText.subscribed(
            s, changed, scheduler.nextSend(s, now), scheduler.isDue(s, now), where.texts());
    sender.send(where.reply(text).build());
  }
}
