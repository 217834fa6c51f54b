package org.peacetalks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every language's phrase file is read and used: its furniture lines and end markers leave the
 * story.
 */
class BoilerplatePhrasesTest {
  private static final String STORY =
      "Negotiators from Kyiv and Washington met in Geneva on Sunday to revise the draft framework.";
  private static final String TEASER =
      "Prices of heating fuel rose again in December, the statistics office said on Friday.";

  /** Per language: a furniture line and an end marker, as its news sites print them. */
  private static final Map<String, List<String>> SAMPLES =
      Map.of(
          "en", List.of("Follow us on Telegram", "More like this"),
          "uk", List.of("Поділитися", "Читайте також"),
          "ru", List.of("Подписывайтесь на наш канал в Telegram", "Читайте также"),
          "de", List.of("Diesen Artikel teilen", "Lesen Sie auch"),
          "fr", List.of("Lire aussi : Les négociations reprennent à Genève", "Sur le même sujet"),
          "es",
              List.of(
                  "Lea también: Las negociaciones se reanudan en Ginebra", "Noticias relacionadas"),
          "pl", List.of("Udostępnij", "Czytaj także"));

  @Test
  void everyLanguageHasAPhraseFile() {
    assertEquals(
        BoilerplatePhrases.LANGUAGES.stream().sorted().toList(),
        SAMPLES.keySet().stream().sorted().toList());
    for (String language : BoilerplatePhrases.LANGUAGES) {
      BoilerplatePhrases own = BoilerplatePhrases.load(List.of(language));
      assertTrue(own.isNoise(SAMPLES.get(language).get(0)), language + " noise");
      assertTrue(own.endsArticle(SAMPLES.get(language).get(1)), language + " end");
    }
  }

  @Test
  void eachLanguagesPhrasesLeaveTheStoryWhenAPageIsCleaned() throws Exception {
    ArticleParser parser = new ArticleParser(100_000);
    for (String language : BoilerplatePhrases.LANGUAGES) {
      List<String> sample = SAMPLES.get(language);
      String html =
          "<body><article><h1>Geneva talks</h1><p>"
              + STORY
              + "</p><p>"
              + sample.get(0)
              + "</p><h2>"
              + sample.get(1)
              + "</h2><p>"
              + TEASER
              + "</p></article></body>";
      List<String> texts =
          parser.parse("p.html", html.getBytes(StandardCharsets.UTF_8)).paragraphs().stream()
              .map(Paragraph::text)
              .toList();
      assertEquals(List.of(STORY), texts, language);
    }
  }

  @Test
  void storySentencesThatStartLikeAPhraseStay() {
    BoilerplatePhrases all = BoilerplatePhrases.ALL;
    assertFalse(
        all.isNoise("Поділитися своїм баченням мирного плану президент не захотів."),
        "a sentence, not a button");
    assertFalse(all.endsArticle("Lesen Sie auch die Erklärung des Kanzlers, sagte der Sprecher."));
    assertTrue(
        all.isNoise("ЧИТАЙТЕ ТАКОЖ: Переговори в Женеві тривали п'ять годин"), "Cyrillic capitals");
  }
}
