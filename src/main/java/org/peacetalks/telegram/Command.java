package org.peacetalks.telegram;

/**
 * One slash command. Implementations are small classes registered in a {@link CommandRegistry};
 * admin and subscription commands are added the same way.
 */
interface Command {
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

  /**
   * Handles one use of the command.
   *
   * @param args the text after the command, stripped; empty when there is none
   */
  void handle(Conversation where, String args) throws Exception;
}
