package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.storage.ChatSettings;
import org.peacetalks.storage.OpenStates;

class ChatLanguagesTest {
  @TempDir Path data;
  private final OpenStates states = new OpenStates();

  @AfterEach
  void close() {
    states.close();
  }

  private ChatLanguages open() throws Exception {
    return new ChatLanguages(new ChatSettings(states.open(data)));
  }

  @Test
  void privateChatsFollowTheTelegramLanguageAndGroupsAreEnglish() throws Exception {
    ChatLanguages languages = open();
    assertEquals("uk", languages.of(1, true, "uk").language());
    assertEquals("ru", languages.of(1, true, "ru-RU").language());
    assertEquals("en", languages.of(1, true, "be").language());
    assertEquals("en", languages.of(1, true, null).language());
    assertEquals("en", languages.of(-5, false, "uk").language());
  }

  @Test
  void aChosenLanguageWinsSurvivesARestartAndMovesWithAnUpgradedGroup() throws Exception {
    ChatLanguages languages = open();
    languages.choose(-5, "ru");
    languages.choose(2, "en");
    assertEquals("ru", languages.of(-5, false, "uk").language());
    assertEquals("en", languages.of(2, true, "uk").language());

    ChatLanguages restarted = open();
    assertEquals(Optional.of("ru"), restarted.chosen(-5));
    restarted.migrate(-5, -1005);
    assertEquals("ru", restarted.of(-1005, false, null).language());
    assertThrows(IllegalArgumentException.class, () -> restarted.choose(3, "de"));
  }

  @Test
  void aStoredLanguageTheBotNoLongerSpeaksCountsAsNone() throws Exception {
    new ChatSettings(states.open(data)).setLanguage(7, "de");
    assertEquals("uk", open().of(7, true, "uk").language());
  }
}
