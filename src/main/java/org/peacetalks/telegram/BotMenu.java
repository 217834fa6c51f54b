package org.peacetalks.telegram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.peacetalks.wording.Texts;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

/**
 * The command menus: everyone's commands in the default scope; each admin's private chat gets those
 * plus the admin commands (the most specific scope wins). Each menu in English for everyone and
 * again, translated, for users whose Telegram speaks Ukrainian or Russian ({@code language_code}).
 * Menus are cosmetic: commands check who may use them themselves.
 */
final class BotMenu {
  private BotMenu() {}

  /**
   * The setMyCommands calls for this registry and these admins: default scope first, English before
   * the others.
   */
  static List<SetMyCommands> requests(CommandRegistry registry, Collection<Long> admins) {
    List<SetMyCommands> out = new ArrayList<>();
    for (String language : Texts.LANGUAGES) {
      out.add(request(registry, false, new BotCommandScopeDefault(), language));
    }
    for (long admin : admins.stream().sorted().toList()) {
      for (String language : Texts.LANGUAGES) {
        out.add(request(registry, true, new BotCommandScopeChat(String.valueOf(admin)), language));
      }
    }
    return out;
  }

  /** How many menus {@link #requests} makes for this many admins. */
  static int count(int admins) {
    return Texts.LANGUAGES.size() * (1 + admins);
  }

  /** Sends the menus; a failure is logged by the sender and does not stop the bot. */
  static int publish(Sender sender, CommandRegistry registry, Collection<Long> admins) {
    int ok = 0;
    for (SetMyCommands request : requests(registry, admins)) {
      if (sender.executeWithOutcome(request).outcome().accepted()) ok++;
    }
    return ok;
  }

  /** One menu; English is the menu for every language without its own (no language code). */
  private static SetMyCommands request(
      CommandRegistry registry, boolean forAdmins, BotCommandScope scope, String language) {
    Texts texts = Texts.forLanguage(language);
    List<BotCommand> commands = commands(registry.forAudience(Command.Audience.EVERYONE), texts);
    if (forAdmins) commands.addAll(commands(registry.forAudience(Command.Audience.ADMINS), texts));
    SetMyCommands.SetMyCommandsBuilder<?, ?> b =
        SetMyCommands.builder().commands(commands).scope(scope);
    if (!language.equals("en")) b.languageCode(language);
    return b.build();
  }

  private static List<BotCommand> commands(List<Command> list, Texts texts) {
    List<BotCommand> out = new ArrayList<>();
    for (Command c : list) out.add(new BotCommand(c.name(), CommandRegistry.description(c, texts)));
    return out;
  }
}
