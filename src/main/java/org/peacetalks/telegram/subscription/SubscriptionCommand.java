package org.peacetalks.telegram.subscription;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import org.peacetalks.digest.DigestScheduler;
import org.peacetalks.digest.Subscription;
import org.peacetalks.digest.SubscriptionStore;
import org.peacetalks.telegram.Command;
import org.peacetalks.telegram.Conversation;
import org.peacetalks.telegram.Sender;
import org.peacetalks.wording.Texts;

/**
 * {@code /subscription}: whether this chat gets the daily digest, at what time and when next, in
 * the bot's zone. Anyone may ask: it only shows what the chat's admins set.
 */
final class SubscriptionCommand implements Command {
  private final SubscriptionStore store;
  private final DigestScheduler scheduler;
  private final LocalTime defaultTime;
  private final Sender sender;
  private final Clock clock;

  SubscriptionCommand(
      SubscriptionStore store,
      DigestScheduler scheduler,
      LocalTime defaultTime,
      Sender sender,
      Clock clock) {
    this.store = store;
    this.scheduler = scheduler;
    this.defaultTime = defaultTime;
    this.sender = sender;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "subscription";
  }

  @Override
  public String description() {
    return Texts.english().get("command.subscription");
  }

  @Override
  public void handle(Conversation where, String args) {
    Optional<Subscription> s = store.get(where.chatId());
    Instant now = clock.instant();
    String text =
        s.isPresent()
            ? SubscriptionText.status(
                s.get(),
                scheduler.nextSend(s.get(), now),
                scheduler.isDue(s.get(), now),
                where.texts())
            : SubscriptionText.none(defaultTime, scheduler.zone(), where.texts());
    sender.send(where.reply(text).build());
  }
}
