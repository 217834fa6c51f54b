package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peacetalks.telegram.answer.AskCommand;
import org.peacetalks.telegram.answer.QuestionAnswerer;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

class BotMenuTest {
  private static CommandRegistry registry() {
    CommandRegistry registry = new CommandRegistry();
    registry.register(new AskCommand(mock(QuestionAnswerer.class), mock(Sender.class)));
    Command reindex = mock(Command.class);
    when(reindex.name()).thenReturn("reindex");
    when(reindex.description()).thenReturn("Rebuild the index");
    when(reindex.audience()).thenReturn(Command.Audience.ADMINS);
    registry.register(reindex);
    return registry;
  }

  private static List<SetMyCommands> inLanguage(List<SetMyCommands> requests, String language) {
    return requests.stream()
        .filter(r -> java.util.Objects.equals(r.getLanguageCode(), language))
        .toList();
  }

  @Test
  void adminCommandsOnlyInEachAdminsChatScope() {
    List<SetMyCommands> all = BotMenu.requests(registry(), Set.of(22L, 11L));
    assertEquals(BotMenu.count(2), all.size());
    // English is the menu for everyone whose language has none: no language code.
    List<SetMyCommands> requests = inLanguage(all, null);
    assertEquals(3, requests.size());
    assertEquals(new BotCommandScopeDefault(), requests.get(0).getScope());
    assertEquals(
        List.of("ask"),
        requests.get(0).getCommands().stream().map(BotCommand::getCommand).toList());
    assertEquals(new BotCommandScopeChat("11"), requests.get(1).getScope());
    assertEquals(
        List.of("ask", "reindex"),
        requests.get(1).getCommands().stream().map(BotCommand::getCommand).toList());
    assertEquals(new BotCommandScopeChat("22"), requests.get(2).getScope());
  }

  @Test
  void ukrainianAndRussianUsersGetTranslatedMenus() {
    List<SetMyCommands> all = BotMenu.requests(registry(), Set.of(11L));
    assertEquals(9 - 3, all.size());
    SetMyCommands uk = inLanguage(all, "uk").get(0);
    assertEquals(new BotCommandScopeDefault(), uk.getScope());
    assertEquals("Запитати про мирні переговори", uk.getCommands().get(0).getDescription());
    SetMyCommands ru = inLanguage(all, "ru").get(0);
    assertEquals("Спросить о мирных переговорах", ru.getCommands().get(0).getDescription());
    assertEquals(
        "Ask about the peace talks",
        inLanguage(all, null).get(0).getCommands().get(0).getDescription());
    // The Russian admin menu: the admin command has a Russian text where there is one, else its
    // own.
    SetMyCommands ruAdmin = inLanguage(all, "ru").get(1);
    assertEquals(new BotCommandScopeChat("11"), ruAdmin.getScope());
    assertEquals(
        "Перестроить индекс из папки статей", ruAdmin.getCommands().get(1).getDescription());
  }
}
