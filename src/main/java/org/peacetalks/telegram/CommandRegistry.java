package org.peacetalks.telegram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.peacetalks.wording.Texts;

/**
 * The bot's commands by name, in menu order. Built once at start-up; read-only afterwards, so
 * thread-safe once built.
 */
public final class CommandRegistry {
  private final Map<String, Command> commands = new LinkedHashMap<>();

  /** Adds a command; a second command of the same name is a programming error. */
  public CommandRegistry register(Command command) {
    String name = command.name().toLowerCase(Locale.ROOT);
    if (!name.matches("[a-z0-9_]{1,32}"))
      throw new IllegalArgumentException("bad command name: " + name);
    if (commands.putIfAbsent(name, command) != null)
      throw new IllegalArgumentException("command registered twice: /" + name);
    return this;
  }

  Optional<Command> find(String name) {
    return Optional.ofNullable(commands.get(name.toLowerCase(Locale.ROOT)));
  }

  List<Command> forAudience(Command.Audience audience) {
    List<Command> out = new ArrayList<>();
    for (Command c : commands.values()) if (c.audience() == audience) out.add(c);
    return out;
  }

  /** "/name – description" lines of the commands for this audience, for /help. */
  List<String> helpLines(Command.Audience audience) {
    return helpLines(audience, Texts.english());
  }

  /** As {@link #helpLines(Command.Audience)}, in the reader's language. */
  List<String> helpLines(Command.Audience audience, Texts texts) {
    List<String> out = new ArrayList<>();
    for (Command c : forAudience(audience)) out.add(line(c, texts));
    return out;
  }

  /**
   * As {@link #helpLines(Command.Audience)}, only the commands whose group use is (not) for group
   * admins.
   */
  List<String> helpLines(Command.Audience audience, boolean groupAdminsOnly) {
    return helpLines(audience, groupAdminsOnly, Texts.english());
  }

  List<String> helpLines(Command.Audience audience, boolean groupAdminsOnly, Texts texts) {
    List<String> out = new ArrayList<>();
    for (Command c : forAudience(audience)) {
      if (c.groupAdminsOnly() == groupAdminsOnly) out.add(line(c, texts));
    }
    return out;
  }

  private static String line(Command c, Texts texts) {
    return texts.get("help.line", "command", c.name(), "description", description(c, texts));
  }

  /**
   * A command's menu text in the reader's language: the {@code command.NAME} text where there is
   * one, else the command's own (English) description.
   */
  static String description(Command c, Texts texts) {
    String key = "command." + c.name();
    return texts.has(key) ? texts.get(key) : c.description();
  }
}
