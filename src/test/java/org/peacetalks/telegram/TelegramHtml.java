package org.peacetalks.telegram;

/**
 * The fake Bot API's strict reading of parse_mode HTML, by the short name the telegram tests use.
 */
public final class TelegramHtml {
  private TelegramHtml() {}

  /**
   * Why Telegram would refuse this HTML ("can't parse entities: …"), or {@code null} when it
   * parses.
   */
  public static String problem(String html) {
    return org.peacetalks.bench.botapi.TelegramHtml.problem(html);
  }

  /**
   * The length of the text Telegram would show (tags dropped, entities counted as one character).
   */
  public static int textLength(String html) {
    return org.peacetalks.bench.botapi.TelegramHtml.textLength(html);
  }

  /** The text Telegram would store for a message sent with this parse mode. */
  public static String plain(String text, String parseMode) {
    return org.peacetalks.bench.botapi.TelegramHtml.plain(text, parseMode);
  }
}
