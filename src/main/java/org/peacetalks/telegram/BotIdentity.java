package org.peacetalks.telegram;

import java.util.Objects;

/** The bot's own account, from getMe: to recognise {@code /cmd@ThisBot} and replies to the bot. */
record BotIdentity(long id, String username) {
  BotIdentity {
    Objects.requireNonNull(username, "username == null");
  }
}
