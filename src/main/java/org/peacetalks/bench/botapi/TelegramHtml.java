package org.peacetalks.bench.botapi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks text the way Telegram parses parse_mode HTML, strictly: for the fake Bot API and tests.
 */
public final class TelegramHtml {
  private static final Set<String> TAGS =
      Set.of(
          "b",
          "strong",
          "i",
          "em",
          "u",
          "ins",
          "s",
          "strike",
          "del",
          "a",
          "code",
          "pre",
          "tg-spoiler",
          "span",
          "blockquote",
          "tg-emoji");
  private static final Pattern ENTITY =
      Pattern.compile("&(lt|gt|amp|quot|#\\d{1,7}|#x[0-9a-fA-F]{1,6});");

  private TelegramHtml() {}

  /**
   * Why Telegram would refuse this HTML ("can't parse entities: …"), or {@code null} when it
   * parses.
   */
  public static String problem(String html) {
    Deque<String> open = new ArrayDeque<>();
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        int end = html.indexOf('>', i);
        if (end < 0) return "Unclosed start tag at byte offset " + i;
        String tag = html.substring(i + 1, end).strip();
        if (tag.startsWith("/")) {
          String name = tag.substring(1).strip().toLowerCase(Locale.ROOT);
          if (open.isEmpty() || !open.peek().equals(name))
            return "Unexpected end tag at byte offset " + i;
          open.pop();
        } else {
          String name = tag.split("[\\s]", 2)[0].toLowerCase(Locale.ROOT);
          if (!TAGS.contains(name))
            return "Unsupported start tag \"" + name + "\" at byte offset " + i;
          if (name.equals("a") && !tag.matches("a\\s+href=\"[^\"<>]*\""))
            return "Bad a tag at byte offset " + i;
          open.push(name);
        }
        i = end + 1;
      } else if (c == '&') {
        Matcher m = ENTITY.matcher(html).region(i, html.length());
        if (!m.lookingAt()) return "Unsupported entity at byte offset " + i;
        i = m.end();
      } else if (c == '>') {
        return "Unexpected > at byte offset " + i;
      } else {
        i++;
      }
    }
    return open.isEmpty()
        ? null
        : "Can't find end tag corresponding to start tag \"" + open.peek() + "\"";
  }

  /**
   * The length of the text Telegram would show (tags dropped, entities counted as one character).
   */
  public static int textLength(String html) {
    String text = html.replaceAll("<[^>]*>", "");
    return ENTITY.matcher(text).replaceAll("x").length();
  }

  /** The text Telegram would store for a message sent with this parse mode. */
  public static String plain(String text, String parseMode) {
    if (!"HTML".equalsIgnoreCase(parseMode)) return text;
    return text.replaceAll("<[^>]*>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }
}
