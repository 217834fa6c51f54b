package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacetalks.wording.NoAnswerText;

/** Ukrainian and Russian questions answered from the English seed and dev articles. */
class CrossLanguageSearchTest {
  static SearchIndex index;
  static PassageSearcher searcher;

  @BeforeAll
  static void indexArticles() throws Exception {
    index = SearchIndex.inMemory();
    index.rebuild(Fixtures.load(Fixtures.SEED, Fixtures.DEV));
    searcher = new PassageSearcher(index, Fixtures.synonyms(), SearchTuning.defaults(), 3);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void ukrainianQuestionFindsWhatThePlanDoesWithTheNuclearPlant() throws Exception {
    Answer a = searcher.answer("шо буде з запорізькою аес за планом?");
    assertEquals(Answer.Status.ANSWERED, a.status());
    assertEquals(QuestionLanguage.UKRAINIAN, a.language());
    assertEquals(
        "шо буде з запорізькою аес за планом?", a.question(), "the question is kept as asked");
    assertTrue(
        inTopThree(a, "restarted under IAEA supervision, with its output shared 50/50"), texts(a));
  }

  @Test
  void russianQuestionFindsHowLongPutinMetTheEnvoys() throws Exception {
    Answer a = searcher.answer("сколько длилась встреча путина с уиткоффом и кушнером");
    assertEquals(QuestionLanguage.RUSSIAN, a.language());
    assertTrue(
        inTopThree(a, "Steve Witkoff and Jared Kushner for five hours")
            || inTopThree(a, "during a five-hour meeting at the Kremlin"),
        texts(a));
  }

  @Test
  void inflectedNamesAndATypoStillFindThePassage() throws Exception {
    Answer a = searcher.answer("чому Єрмак пішов у відставку після обшуків? шо казав Зеленскій");
    assertTrue(
        inTopThree(a, "hours after anti-corruption investigators searched his home"), texts(a));
  }

  @Test
  void outOfScopeUkrainianQuestionSaysInUkrainianThatTheArticlesAreEnglish() throws Exception {
    Answer a = searcher.answer("рецепт борщу з пампушками");
    assertEquals(Answer.Status.NO_ANSWER, a.status());
    assertEquals(QuestionLanguage.UKRAINIAN, a.language());
    assertEquals(QuestionLanguage.UKRAINIAN, a.language());
    assertTrue(NoAnswerText.of(a).contains("англомовних статтях"), NoAnswerText.of(a));
  }

  @Test
  void outOfScopeRussianQuestionSaysItInRussian() throws Exception {
    Answer a = searcher.answer("кто выиграл чемпионат мира по футболу");
    assertEquals(Answer.Status.NO_ANSWER, a.status());
    assertEquals(QuestionLanguage.RUSSIAN, a.language());
    assertTrue(NoAnswerText.of(a).contains("англоязычных статьях"), NoAnswerText.of(a));
  }

  @Test
  void smallTalkAndTooLongTextAreAnsweredInTheirLanguage() throws Exception {
    Answer hi = searcher.answer("привіт!");
    assertEquals(Answer.Reason.SMALL_TALK, hi.reason());
    assertEquals(QuestionLanguage.UKRAINIAN, hi.language());
    assertTrue(NoAnswerText.of(hi).startsWith("Я відповідаю на запитання"), NoAnswerText.of(hi));
    Answer thanks = searcher.answer("спасибо");
    assertEquals(QuestionLanguage.RUSSIAN, thanks.language());
    assertTrue(NoAnswerText.of(thanks).startsWith("Я отвечаю на вопросы"), NoAnswerText.of(thanks));
  }

  @Test
  void englishQuestionsAreUntouched() throws Exception {
    Answer a = searcher.answer("What does Russia demand?");
    assertEquals(QuestionLanguage.ENGLISH, a.language());
    assertFalse(a.noAnswer());
    Answer none = searcher.answer("best pizza in Naples");
    assertEquals(Answer.Reason.NOTHING_FOUND, none.reason());
    assertTrue(
        NoAnswerText.of(none).startsWith("I found nothing in the articles"), NoAnswerText.of(none));
  }

  private static boolean inTopThree(Answer a, String expected) {
    return a.passages().stream().limit(3).anyMatch(p -> p.text().contains(expected));
  }

  private static String texts(Answer a) {
    return a.reason() + " " + a.passages().stream().map(Passage::text).toList();
  }
}
