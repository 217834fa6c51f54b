package org.peacetalks.telegram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.peacetalks.search.Passage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * The buttons under an answer and their callback_data: {@code m:KEY} for more results,
 * {@code c:KEY:RANK} for the context of a passage. KEY points into {@link ButtonStates}; the
 * data stays far below Telegram's 64-byte limit.
 */
final class AnswerKeyboard {
  static final int MAX_CALLBACK_BYTES = 64;

  private AnswerKeyboard() {}

  /** A parsed button press. {@code rank} is 0 for "more". */
  record Press(char action, String key, int rank) {
    static final char MORE = 'm';
    static final char CONTEXT = 'c';

    /** The press encoded in {@code data}, or {@code null} when it is not one of ours. */
    static Press parse(String data) {
      if (data == null) return null;
      String[] parts = data.split(":", -1);
      try {
        if (parts.length == 2 && parts[0].equals("m") && !parts[1].isEmpty()) return new Press(MORE, parts[1], 0);
        if (parts.length == 3 && parts[0].equals("c") && !parts[1].isEmpty()) {
          return new Press(CONTEXT, parts[1], Integer.parseInt(parts[2]));
        }
      } catch (NumberFormatException e) {
        return null;
      }
      return null;
    }
  }

  static InlineKeyboardMarkup of(String key, List<Passage> page, boolean more) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    InlineKeyboardRow context = new InlineKeyboardRow();
    for (Passage p : page) context.add(button("📄 Context " + p.rank(), "c:" + key + ":" + p.rank()));
    if (!context.isEmpty()) rows.add(context);
    if (more) rows.add(new InlineKeyboardRow(button("More results ▶", "m:" + key)));
    return new InlineKeyboardMarkup(rows);
  }

  private static InlineKeyboardButton button(String text, String data) {
    if (data.getBytes(StandardCharsets.UTF_8).length > MAX_CALLBACK_BYTES) {
      throw new IllegalArgumentException("callback_data over 64 bytes: " + data);
    }
    return InlineKeyboardButton.builder().text(text).callbackData(data).build();
  }
}
