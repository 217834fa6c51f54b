package org.peacetalks.telegram.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peacetalks.search.Answer;
import org.peacetalks.search.QuestionLanguage;
import org.peacetalks.telegram.TelegramHtml;

/** "Nothing found" for a question asked in Ukrainian or Russian. */
class AnswerFormatterLanguageTest {
  private final AnswerFormatter formatter = new AnswerFormatter();

  @Test
  void noAnswerToAUkrainianQuestionIsInUkrainianWithoutEnglishExamples() {
    String html =
        formatter.noAnswer(
            new Answer(
                "рецепт борщу",
                Answer.Status.NO_ANSWER,
                List.of(),
                Answer.Reason.NOTHING_FOUND,
                QuestionLanguage.UKRAINIAN));
    assertNull(TelegramHtml.problem(html));
    assertTrue(
        html.startsWith("Я нічого не знайшов про це в статтях. Я шукаю в англомовних статтях"),
        html);
    for (String q : AnswerFormatter.EXAMPLES) assertFalse(html.contains(q), html);
  }

  @Test
  void noAnswerToARussianQuestionIsInRussian() {
    String html =
        formatter.noAnswer(
            new Answer(
                "рецепт борща",
                Answer.Status.NO_ANSWER,
                List.of(),
                Answer.Reason.NOTHING_FOUND,
                QuestionLanguage.RUSSIAN));
    assertTrue(html.contains("англоязычных статьях"), html);
  }
}
