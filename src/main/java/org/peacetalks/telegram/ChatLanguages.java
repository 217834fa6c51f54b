package org.peacetalks.telegram;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.peacetalks.storage.ChatSettings;
import org.peacetalks.wording.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language the bot speaks in a chat: the one chosen there with {@code /language}; else, in a
 * private chat, the user's Telegram language ({@code language_code}: uk, ru; any other is English);
 * else English. Choices are kept in the state database ({@link ChatSettings}) and cached, since
 * every update asks. Thread-safe.
 */
public final class ChatLanguages {
  private static final Logger log = LoggerFactory.getLogger(ChatLanguages.class);

  /** Beyond this many cached chats the cache starts over (it only saves a read). */
  private static final int MAX_CACHED = 100_000;

  private final ChatSettings settings;
  private final Map<Long, Optional<String>> chosen = new ConcurrentHashMap<>();

  /**
   * @param settings where choices are kept; {@code null}: none are (each chat by its user's
   *     language)
   */
  ChatLanguages(ChatSettings settings) {
    this.settings = settings;
  }

  /** No stored choices: private chats by the user's Telegram language, groups in English. */
  public static ChatLanguages unstored() {
    return new ChatLanguages(null);
  }

  /**
   * The texts for a chat; {@code languageCode} is the writer's Telegram language, or {@code null}.
   */
  public Texts of(long chatId, boolean privateChat, String languageCode) {
    Optional<String> choice = chosen(chatId);
    if (choice.isPresent()) return Texts.forLanguage(choice.get());
    return privateChat ? Texts.forLanguage(Texts.languageOf(languageCode)) : Texts.english();
  }

  /**
   * The language chosen in the chat with /language, if any. A state read that fails counts as none.
   */
  public Optional<String> chosen(long chatId) {
    if (settings == null) return Optional.empty();
    Optional<String> cached = chosen.get(chatId);
    if (cached != null) return cached;
    Optional<String> read;
    try {
      read = settings.language(chatId).filter(Texts.LANGUAGES::contains);
    } catch (IOException e) {
      log.warn(
          "Chat {}: its language could not be read ({}); using the default", chatId, e.toString());
      return Optional.empty();
    }
    if (chosen.size() >= MAX_CACHED) chosen.clear();
    chosen.put(chatId, read);
    return read;
  }

  /** Keeps {@code language} (one of {@link Texts#LANGUAGES}) as the chat's. */
  void choose(long chatId, String language) throws IOException {
    if (!Texts.LANGUAGES.contains(language))
      throw new IllegalArgumentException("not a language of the bot: " + language);
    if (settings == null) throw new IOException("chat settings are not kept");
    settings.setLanguage(chatId, language);
    chosen.put(chatId, Optional.of(language));
  }

  /** A group became a supergroup: its choice goes with it. */
  void migrate(long oldChatId, long newChatId) throws IOException {
    Optional<String> choice = chosen(oldChatId);
    if (choice.isPresent()) choose(newChatId, choice.get());
  }
}
