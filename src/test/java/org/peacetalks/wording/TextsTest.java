package org.peacetalks.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TextsTest {
  final Texts en = Texts.english();
  final Texts uk = Texts.forLanguage("uk");
  final Texts ru = Texts.forLanguage("ru");

  @Test
  void everyLanguageHasEveryKeyWithTheSameArguments() {
    List<String> problems = new ArrayList<>();
    Set<String> all = new TreeSet<>();
    for (String language : Texts.LANGUAGES) all.addAll(Texts.read(language).keySet());
    for (String language : Texts.LANGUAGES) {
      Set<String> keys = Texts.read(language).keySet();
      for (String key : all) {
        if (!keys.contains(key)) {
          problems.add(language + " lacks " + key);
        } else if (!Texts.forLanguage(language).argumentNames(key).equals(en.argumentNames(key))) {
          problems.add(
              language
                  + " "
                  + key
                  + " takes "
                  + Texts.forLanguage(language).argumentNames(key)
                  + ", English "
                  + en.argumentNames(key));
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyPatternParsesAndDatePatternsFormat() {
    for (String language : Texts.LANGUAGES) {
      Texts t = Texts.forLanguage(language);
      for (String key : t.keys()) {
        if (key.startsWith("format.")) {
          assertFalse(
              t.date(key, Instant.parse("2025-12-03T07:00:00Z"), ZoneId.of("Europe/Kyiv"))
                  .isBlank(),
              key);
        } else {
          t.argumentNames(key); // throws on a broken pattern
        }
      }
    }
  }

  @Test
  void ukrainianAndRussianCountWithThreePluralForms() {
    assertEquals(
        "1 нова стаття з 3 грудня", uk.get("digest.count", "count", 1, "since", "3 грудня"));
    assertEquals(
        "2 нові статті з 3 грудня", uk.get("digest.count", "count", 2, "since", "3 грудня"));
    assertEquals(
        "5 нових статей з 3 грудня", uk.get("digest.count", "count", 5, "since", "3 грудня"));
    assertEquals(
        "21 нова стаття з 3 грудня", uk.get("digest.count", "count", 21, "since", "3 грудня"));
    assertEquals(
        "1 новая статья с 3 декабря", ru.get("digest.count", "count", 1, "since", "3 декабря"));
    assertEquals(
        "2 новые статьи с 3 декабря", ru.get("digest.count", "count", 2, "since", "3 декабря"));
    assertEquals(
        "5 новых статей с 3 декабря", ru.get("digest.count", "count", 5, "since", "3 декабря"));
    assertEquals("1 new article since 3 Dec", en.get("digest.count", "count", 1, "since", "3 Dec"));
    assertEquals(
        "12 new articles since 3 Dec", en.get("digest.count", "count", 12, "since", "3 Dec"));
    assertEquals("3 абзаци", uk.get("sources.paragraphs", "count", 3));
    assertEquals("11 абзацев", ru.get("sources.paragraphs", "count", 11));
  }

  @Test
  void datesUseTheLanguagesMonthNames() {
    LocalDate day = LocalDate.of(2025, 12, 3);
    assertEquals("3 Dec 2025", en.day(day));
    assertEquals("3 грудня 2025", uk.day(day));
    assertEquals("3 декабря 2025", ru.day(day));
    assertEquals("3 грудня", uk.dayThisYear(day));
  }

  @Test
  void telegramLanguageCodesMapByTheirFirstPart() {
    assertEquals("uk", Texts.languageOf("uk"));
    assertEquals("ru", Texts.languageOf("ru-RU"));
    assertEquals("en", Texts.languageOf("en-GB"));
    assertEquals("en", Texts.languageOf("be"));
    assertEquals("en", Texts.languageOf(null));
    assertEquals("en", Texts.forLanguage("de").language());
  }

  @Test
  void selectsLeaveOutWhatDoesNotApply() {
    String plain =
        en.get(
            "subscription.status",
            "time",
            "09:00",
            "zone",
            "Europe/Kyiv",
            "topic",
            "no",
            "next",
            "x");
    assertFalse(plain.contains("topic"), plain);
    String topic =
        uk.get(
            "subscription.status",
            "time",
            "09:00",
            "zone",
            "Europe/Kyiv",
            "topic",
            "yes",
            "next",
            "x");
    assertTrue(topic.contains("у темі"), topic);
  }
}
