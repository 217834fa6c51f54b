package org.peacetalks.storage;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-chat settings in the state database's {@code chat_setting} table: for now the bot's language
 * in a chat, as chosen with {@code /language} (absent: the user's Telegram language). Thread-safe.
 */
public final class ChatSettings {
  private final StateDatabase db;

  public ChatSettings(StateDatabase db) {
    this.db = Objects.requireNonNull(db, "db == null");
  }

  /** The language chosen for the chat (such as {@code uk}, {@code ru}, {@code en}), if any. */
  public Optional<String> language(long chatId) throws IOException {
    return db.read(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement("SELECT language FROM chat_setting WHERE chat_id = ?")) {
            p.setLong(1, chatId);
            try (ResultSet rs = p.executeQuery()) {
              return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
          }
        });
  }

  /** Sets the chat's language; {@code null} goes back to the user's Telegram language. */
  public void setLanguage(long chatId, String language) throws IOException {
    db.write(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO chat_setting (chat_id, language) VALUES (?, ?) "
                      + "ON CONFLICT (chat_id) DO UPDATE SET language = excluded.language")) {
            p.setLong(1, chatId);
            p.setString(2, language);
            return p.executeUpdate();
          }
        });
  }
}
