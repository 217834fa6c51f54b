package org.peacetalks.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatSettingsTest {
  @TempDir Path data;

  @Test
  void theLanguageOfAChatIsKeptAcrossRestartsAndCanBeCleared() throws Exception {
    try (OpenStates states = new OpenStates()) {
      ChatSettings settings = new ChatSettings(states.open(data));
      assertEquals(Optional.empty(), settings.language(-100));
      settings.setLanguage(-100, "uk");
      settings.setLanguage(7, "ru");
      settings.setLanguage(-100, "en");
      ChatSettings restarted = new ChatSettings(states.open(data));
      assertEquals(Optional.of("en"), restarted.language(-100));
      assertEquals(Optional.of("ru"), restarted.language(7));
      restarted.setLanguage(7, null);
      assertEquals(Optional.empty(), restarted.language(7));
    }
  }
}
