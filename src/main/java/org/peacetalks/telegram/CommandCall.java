package org.peacetalks.telegram;

import java.util.Locale;

/**
 * A slash command as typed: {@code /ask@PeaceTalksBot what now?} is name {@code ask}, target {@code
 * PeaceTalksBot}, args {@code what now?}. Parsed from the text itself, not from {@code
 * Message.isCommand()} (unreliable in TelegramBots 10.2.0 until entities are read).
 *
 * @param target the bot named after {@code @}, or {@code null}
 */
record CommandCall(String name, String target, String args) {

  /** The command at the start of {@code text}, or {@code null} when it does not start with one. */
  static CommandCall parse(String text) {
    if (text == null || !text.startsWith("/") || text.length() < 2) return null;
    int end = 1;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
    String word = text.substring(1, end);
    String target = null;
    int at = word.indexOf('@');
    if (at >= 0) {
      target = word.substring(at + 1);
      word = word.substring(0, at);
    }
    if (word.isEmpty() || !word.matches("[A-Za-z0-9_]+")) return null;
    return new CommandCall(word.toLowerCase(Locale.ROOT), target, text.substring(end).strip());
  }

  /**
   * True when the command names no bot or names this one. A bot whose username is unknown (a Bot
   * API server whose getMe gives none) takes every {@code /cmd@name}: with privacy mode on, a group
   * sends it only commands addressed to it anyway.
   */
  boolean addressedTo(String botUsername) {
    return target == null || botUsername.isEmpty() || target.equalsIgnoreCase(botUsername);
  }
}
