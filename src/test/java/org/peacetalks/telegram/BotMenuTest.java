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
  @Test
  void adminCommandsOnlyInEachAdminsChatScope() {
    CommandRegistry registry = new CommandRegistry();
    registry.register(new AskCommand(mock(QuestionAnswerer.class), mock(Sender.class)));
    Command reindex = mock(Command.class);
    when(reindex.name()).thenReturn("reindex");
    when(reindex.description()).thenReturn("Rebuild the index");
    when(reindex.audience()).thenReturn(Command.Audience.ADMINS);
    registry.register(reindex);

    List<SetMyCommands> requests = BotMenu.requests(registry, Set.of(22L, 11L));
    assertEquals(3, requests.size());
    assertEquals(new BotCommandScopeDefault(), requests.get(0).getScope());
    assertEquals(List.of("ask"), requests.get(0).getCommands().stream().map(BotCommand::getCommand).toList());
    assertEquals(new BotCommandScopeChat("11"), requests.get(1).getScope());
    assertEquals(List.of("ask", "reindex"), requests.get(1).getCommands().stream().map(BotCommand::getCommand).toList());
    assertEquals(new BotCommandScopeChat("22"), requests.get(2).getScope());
  }
}
