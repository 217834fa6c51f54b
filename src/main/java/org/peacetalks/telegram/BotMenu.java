package org.peacetalks.telegram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

/**
 * The command menus: everyone's commands in the default scope; each admin's private chat gets
 * those plus the admin commands (the most specific scope wins). Menus are cosmetic: commands
 * check who may use them themselves.
 */
final class BotMenu {
  private BotMenu() {}

  /** The setMyCommands calls for this registry and these admins, default scope first. */
  static List<SetMyCommands> requests(CommandRegistry registry, Collection<Long> admins) {
    List<BotCommand> everyone = commands(registry.forAudience(Command.Audience.EVERYONE));
    List<BotCommand> forAdmins = new ArrayList<>(everyone);
    forAdmins.addAll(commands(registry.forAudience(Command.Audience.ADMINS)));
    List<SetMyCommands> out = new ArrayList<>();
    out.add(SetMyCommands.builder().commands(everyone).scope(new BotCommandScopeDefault()).build());
    for (long admin : admins.stream().sorted().toList()) {
      out.add(SetMyCommands.builder().commands(forAdmins).scope(new BotCommandScopeChat(String.valueOf(admin))).build());
    }
    return out;
  }

  /** Sends the menus; a failure is logged by the sender and does not stop the bot. */
  static int publish(Sender sender, CommandRegistry registry, Collection<Long> admins) {
    int ok = 0;
    for (SetMyCommands request : requests(registry, admins)) {
      if (sender.executeWithOutcome(request).outcome().accepted()) ok++;
    }
    return ok;
  }

  private static List<BotCommand> commands(List<Command> list) {
    List<BotCommand> out = new ArrayList<>();
    for (Command c : list) out.add(new BotCommand(c.name(), c.description()));
    return out;
  }
}
