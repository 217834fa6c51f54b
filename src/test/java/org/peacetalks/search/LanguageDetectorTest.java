package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
  private final LanguageDetector detector = new LanguageDetector();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "What does Russia demand? | en",
        "Did Putin meet Witkoff in Москва? | en",
        "Що пропонує план США щодо Донбасу? | uk",
        "хто очолює делегацію | uk",
        "Єрмак | uk",
        "перемир'я з росією буде? | uk",
        "Что требует Россия? | ru",
        "крым признают российским? | ru",
        "Что с Донбассом? | ru",
        "рецепт борщу з пампушками | uk",
        "шо там по переговорах | uk",
        "как дела с переговорами | ru",
        "Путин | ru",
        "NATO и Украина: что дальше? | ru",
        "'' | en"
      })
  void tellsTheLanguageByLettersThenWords(String question, String code) {
    assertEquals(code, detector.detect(question).code());
  }
}
