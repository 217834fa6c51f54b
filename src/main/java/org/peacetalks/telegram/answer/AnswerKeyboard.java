package org.peacetalks.telegram.answer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.peacetalks.search.Passage;
import org.peacetalks.wording.Texts;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * The buttons under an answer and their callback_data: {@code p:KEY:PAGE} shows a page of passages
 * (0 is the first message), {@code c:KEY:RANK} the context of a passage, {@code f:KEY:u} / {@code
 * f:KEY:d} a 👍 / 👎, {@code q:N} asks example question N (under /start) and {@code l:CODE} sets
 * the chat's language (under /language). KEY points into {@link ButtonStates}; the data stays far
 * below Telegram's 64-byte limit.
 */
public final class AnswerKeyboard {
  static final int MAX_CALLBACK_BYTES = 64;

  private AnswerKeyboard() {}

  /** A parsed button press; {@code number} is the page, rank or example, and 1/-1 for a vote. */
  record Press(char action, String key, int number) {
    static final char PAGE = 'p';
    static final char CONTEXT = 'c';
    static final char VOTE = 'f';
    static final char EXAMPLE = 'q';
    static final char LANGUAGE = 'l';

    /** The press encoded in {@code data}, or {@code null} when it is not one of ours. */
    static Press parse(String data) {
      if (data == null) return null;
      String[] parts = data.split(":", -1);
      try {
        if (parts.length == 2 && parts[0].equals("q"))
          return new Press(EXAMPLE, "", Integer.parseInt(parts[1]));
        if (parts.length == 2 && parts[0].equals("l")) {
          return Texts.LANGUAGES.contains(parts[1]) ? new Press(LANGUAGE, parts[1], 0) : null;
        }
        if (parts.length != 3 || parts[1].isEmpty()) return null;
        return switch (parts[0]) {
          case "p" -> new Press(PAGE, parts[1], nonNegative(parts[2]));
          case "c" -> new Press(CONTEXT, parts[1], nonNegative(parts[2]));
          case "f" ->
              parts[2].equals("u")
                  ? new Press(VOTE, parts[1], 1)
                  : parts[2].equals("d") ? new Press(VOTE, parts[1], -1) : null;
          default -> null;
        };
      } catch (NumberFormatException e) {
        return null;
      }
    }

    private static int nonNegative(String s) {
      int n = Integer.parseInt(s);
      if (n < 0) throw new NumberFormatException("negative: " + s);
      return n;
    }
  }

  /**
   * The buttons under page {@code page} of an answer: the context of each passage, back and more
   * (each only where there is somewhere to go), and the feedback pair.
   */
  public static InlineKeyboardMarkup of(String key, List<Passage> shown, int page, boolean more) {
    return of(key, shown, page, more, Texts.english());
  }

  /** As {@link #of(String, List, int, boolean)}, the buttons in the reader's language. */
  public static InlineKeyboardMarkup of(
      String key, List<Passage> shown, int page, boolean more, Texts texts) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    InlineKeyboardRow context = new InlineKeyboardRow();
    for (Passage p : shown) {
      context.add(
          button(texts.get("button.context", "rank", p.rank()), "c:" + key + ":" + p.rank()));
    }
    if (!context.isEmpty()) rows.add(context);
    InlineKeyboardRow paging = new InlineKeyboardRow();
    if (page > 0) paging.add(button(texts.get("button.back"), "p:" + key + ":" + (page - 1)));
    if (more) paging.add(button(texts.get("button.more"), "p:" + key + ":" + (page + 1)));
    if (!paging.isEmpty()) rows.add(paging);
    rows.add(
        new InlineKeyboardRow(button("👍", "f:" + key + ":u"), button("👎", "f:" + key + ":d")));
    return new InlineKeyboardMarkup(rows);
  }

  /** Under the context of a passage: back to the page it was on. */
  static InlineKeyboardMarkup backTo(String key, int page) {
    return backTo(key, page, Texts.english());
  }

  static InlineKeyboardMarkup backTo(String key, int page, Texts texts) {
    return new InlineKeyboardMarkup(
        List.of(new InlineKeyboardRow(button(texts.get("button.back"), "p:" + key + ":" + page))));
  }

  /** One button per language the bot speaks, each named in its own language; {@code l:CODE}. */
  public static InlineKeyboardMarkup languages() {
    InlineKeyboardRow row = new InlineKeyboardRow();
    for (String language : Texts.LANGUAGES) {
      row.add(button(Texts.forLanguage(language).get("language.name"), "l:" + language));
    }
    return new InlineKeyboardMarkup(List.of(row));
  }

  /** One button per example question, each asking it. */
  public static InlineKeyboardMarkup examples(List<String> questions) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++)
      rows.add(new InlineKeyboardRow(button(questions.get(i), "q:" + i)));
    return new InlineKeyboardMarkup(rows);
  }

  private static InlineKeyboardButton button(String text, String data) {
    if (data.getBytes(StandardCharsets.UTF_8).length > MAX_CALLBACK_BYTES) {
      throw new IllegalArgumentException("callback_data over 64 bytes: " + data);
    }
    return InlineKeyboardButton.builder().text(text).callbackData(data).build();
  }
}
