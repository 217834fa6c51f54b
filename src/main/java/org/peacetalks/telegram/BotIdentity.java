package org.peacetalks.telegram;

import java.util.Objects;

/** The bot's own account, from getMe: to recognise {@code /cmd@ThisBot} and replies to the bot. */
public record BotIdentity(long id, String username) {
  public BotIdentity {
    Objects.requireNonNull(username, "username == null");
  }
}
