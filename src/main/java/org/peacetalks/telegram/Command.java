package org.peacetalks.telegram;

import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * One slash command. Implementations are small classes registered in a {@link CommandRegistry};
 * admin and subscription commands are added the same way.
 */
public interface Command {
  /** Who may use a command, and so which menu shows it. */
  enum Audience {
    EVERYONE,
    /** Bot admins (BOT_ADMIN_IDS): shown only in their chats' menus, refused to others. */
    ADMINS
  }

  /** The name without slash, lower case, as in {@code /ask}. */
  String name();

  /** The menu text (3–256 characters). */
  String description();

  default Audience audience() {
    return Audience.EVERYONE;
  }

  /** Whether, in a group, only that group's administrators may use it (listed apart in /help). */
  default boolean groupAdminsOnly() {
    return false;
  }

  /**
   * Handles one use of the command.
   *
   * @param args the text after the command, stripped; empty when there is none
   */
  void handle(Conversation where, String args) throws Exception;

  /**
   * Handles one use of the command with the whole message at hand, for commands that need more than
   * its text (the document of {@code /add}, or the message it replies to). The command's text may
   * be a document's caption. By default, the same as {@link #handle(Conversation, String)}.
   */
  default void handle(Conversation where, String args, Message message) throws Exception {
    handle(where, args);
  }
}
