package org.peacetalks.telegram;

/**
 * The bot cannot start and retrying will not help, e.g. Telegram rejects the token. Never contains
 * the token.
 */
public final class BotStartException extends Exception {
  public BotStartException(String message) {
    super(message);
  }
}
