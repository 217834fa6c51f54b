package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peacetalks.search.Answer;
import org.peacetalks.search.QuestionLanguage;

/** "Nothing found" for a question asked in Ukrainian or Russian. */
class AnswerFormatterLanguageTest {
  private final AnswerFormatter formatter = new AnswerFormatter();

  @Test
  void noAnswerToAUkrainianQuestionIsTheEnginesUkrainianTextWithoutEnglishExamples() {
    String reason = "Я нічого не знайшов про це в статтях. Я шукаю в англомовних статтях <і> тільки.";
    String html = formatter.noAnswer(new Answer("рецепт борщу", Answer.Status.NO_ANSWER, List.of(), reason,
        QuestionLanguage.UKRAINIAN));
    assertNull(TelegramHtml.problem(html));
    assertEquals("Я нічого не знайшов про це в статтях. Я шукаю в англомовних статтях &lt;і&gt; тільки.", html);
    for (String q : AnswerFormatter.EXAMPLES) assertFalse(html.contains(q), html);
  }
}
