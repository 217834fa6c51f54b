package org.peacetalks.telegram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The bot's commands by name, in menu order. Built once at start-up; read-only afterwards, so
 * thread-safe once built.
 */
public final class CommandRegistry {
  private final Map<String, Command> commands = new LinkedHashMap<>();

  /** Adds a command; a second command of the same name is a programming error. */
  public CommandRegistry register(Command command) {
    String name = command.name().toLowerCase(Locale.ROOT);
    if (!name.matches("[a-z0-9_]{1,32}")) throw new IllegalArgumentException("bad command name: " + name);
    if (commands.putIfAbsent(name, command) != null) throw new IllegalArgumentException("command registered twice: /" + name);
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
    List<String> out = new ArrayList<>();
    for (Command c : forAudience(audience)) out.add("/" + c.name() + " – " + c.description());
    return out;
  }

  /** As {@link #helpLines(Command.Audience)}, only the commands whose group use is (not) for group admins. */
  List<String> helpLines(Command.Audience audience, boolean groupAdminsOnly) {
    List<String> out = new ArrayList<>();
    for (Command c : forAudience(audience)) {
      if (c.groupAdminsOnly() == groupAdminsOnly) out.add("/" + c.name() + " – " + c.description());
    }
    return out;
  }
}
