package org.peacetalks.telegram.subscription;

import java.io.IOException;
import java.time.Clock;
import org.peacetalks.digest.DigestBuilder;
import org.peacetalks.digest.DigestFormatter;
import org.peacetalks.telegram.Command;
import org.peacetalks.telegram.Conversation;
import org.peacetalks.telegram.Sender;
import org.peacetalks.wording.Texts;

/**
 * {@code /digest}: the articles added in the last 24 hours, now, in this chat, for anyone. Not
 * recorded as the chat's digest: a subscriber's next daily digest still lists them.
 */
final class DigestNowCommand implements Command {
  private final DigestBuilder builder;
  private final DigestFormatter formatter;
  private final Sender sender;
  private final Clock clock;

  DigestNowCommand(DigestBuilder builder, DigestFormatter formatter, Sender sender, Clock clock) {
    this.builder = builder;
    this.formatter = formatter;
    this.sender = sender;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "digest";
  }

  @Override
  public String description() {
    return Texts.english().get("command.digest");
  }

  @Override
  public void handle(Conversation where, String args) throws IOException {
    sender.send(
        where.reply(formatter.html(builder.lastDay(clock.instant()), where.texts())).build());
  }
}
