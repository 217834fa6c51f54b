package org.peacetalks.telegram;

/**
 * A feature plugged into the bot at start: its commands, and the work it runs while the bot runs (a
 * scheduler, a background reindex). Built outside this package (by {@code RunCommand}) through the
 * feature's public constructor, from services that know nothing of Telegram.
 *
 * <p>Lifecycle: {@link #register} once, before polling starts; {@link #started} once polling runs;
 * {@link #close} when the bot stops, before its threads end.
 */
public interface BotFeature extends AutoCloseable {
  /** Adds this feature's commands to the registry. */
  void register(CommandRegistry registry, BotContext context);

  /** Called once the bot polls; start background work here. */
  default void started(BotContext context) {}

  /** The bot left a chat or was blocked there (a my_chat_member update): forget the chat. */
  default void chatGone(long chatId) {}

  /** A group became a supergroup with a new id: move what is kept under the old one. */
  default void chatMigrated(long oldChatId, long newChatId) {}

  /**
   * What this feature adds to the health check's JSON (say, when the last digest round ran); values
   * are strings, numbers, booleans or {@code null}. Called from the health check's thread.
   */
  default java.util.Map<String, Object> health() {
    return java.util.Map.of();
  }

  /** Stops background work; must not throw. */
  @Override
  default void close() {}
}
