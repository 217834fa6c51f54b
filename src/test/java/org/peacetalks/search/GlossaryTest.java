package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The glossary file that ships with the bot, and the lookups on it. */
class GlossaryTest {
  private static final Set<String> QUESTION_WORDS =
      Set.of("how many", "how long", "when", "who", "where", "why");
  static Lemmatizer lemmatizer;
  static Glossary glossary;

  @BeforeAll
  static void load() {
    lemmatizer = new Lemmatizer();
    glossary = Glossary.builtIn(lemmatizer);
  }

  @Test
  void theShippedFileParsesWithEveryEnglishSideMadeOfIndexTerms() {
    assertTrue(glossary.size() > 250, "entries: " + glossary.size());
    DomainAnalyzer english = new DomainAnalyzer();
    List<String> bad = new ArrayList<>();
    for (QuestionLanguage language :
        List.of(QuestionLanguage.UKRAINIAN, QuestionLanguage.RUSSIAN)) {
      for (Glossary.Form f : glossary.forms(language)) {
        boolean ok =
            f.english().equals(Glossary.NEUTRAL)
                || QUESTION_WORDS.contains(f.english())
                || !english.tokens(f.english()).isEmpty();
        if (!ok) bad.add(f.english());
      }
    }
    assertEquals(List.of(), bad, "English sides that the English analysis reduces to nothing");
  }

  /**
   * Every form, analysed as a question would be, finds its own entry: no form is written so that
   * the analysis chain turns it into something the lookup cannot meet again.
   */
  @Test
  void everyFormIsFoundWhenAskedAsWritten() {
    List<String> lost = new ArrayList<>();
    for (QuestionLanguage language :
        List.of(QuestionLanguage.UKRAINIAN, QuestionLanguage.RUSSIAN)) {
      for (String line : GlossaryFile.lines()) {
        String[] columns = line.split("\\|");
        String english = columns[0].strip();
        String column = columns[language == QuestionLanguage.UKRAINIAN ? 1 : 2];
        for (String form : column.split(",")) {
          String written = form.strip().replaceFirst("^=", "");
          if (written.isEmpty()) continue;
          List<Lemmatizer.Word> words = lemmatizer.words(written, language);
          Glossary.Match m = glossary.longestAt(words, 0, language);
          if (m == null || m.length() != words.size())
            lost.add(language.code() + ": " + written + " (" + english + ")");
        }
      }
    }
    assertEquals(List.of(), lost);
  }

  @Test
  void inflectedFormsMeetTheirBase() {
    assertEquals("Donbas", match("Донбасу", QuestionLanguage.UKRAINIAN));
    assertEquals("Zelensky", match("Зеленського", QuestionLanguage.UKRAINIAN));
    assertEquals("Putin", match("Путіна", QuestionLanguage.UKRAINIAN));
    assertEquals("ceasefire", match("перемир’я", QuestionLanguage.UKRAINIAN));
    assertEquals("Donbas", match("Донбасса", QuestionLanguage.RUSSIAN));
    assertEquals("ceasefire", match("перемирия", QuestionLanguage.RUSSIAN));
    assertEquals("security guarantees", match("гарантій безпеки", QuestionLanguage.UKRAINIAN));
    assertEquals("NATO", match("НАТО", QuestionLanguage.RUSSIAN));
  }

  @Test
  void namesOutsideTheDictionaryAndTyposAreFoundByForm() {
    assertEquals("Witkoff", glossary.closest(word("Віткоффом", QuestionLanguage.UKRAINIAN)));
    assertEquals("Zelensky", glossary.closest(word("Зеленскй", QuestionLanguage.RUSSIAN)));
    assertEquals("ceasefire", glossary.closest(word("перемиря", QuestionLanguage.UKRAINIAN)));
    assertNull(glossary.closest(word("пампушками", QuestionLanguage.UKRAINIAN)));
  }

  @Test
  void exactFormsMatchOnlyAsWritten() {
    // "чому" has the lemma "що"; only "чому" itself means why.
    assertEquals("why", match("чому", QuestionLanguage.UKRAINIAN));
    assertNull(
        glossary.longestAt(
            lemmatizer.words("що", QuestionLanguage.UKRAINIAN), 0, QuestionLanguage.UKRAINIAN));
  }

  @Test
  void malformedLinesAreNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Glossary.parse("Putin | Путін | Путин\nTrump | Трамп\n", "test.txt", lemmatizer));
    assertTrue(e.getMessage().startsWith("test.txt line 2"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Glossary.parse("x | ... | y\n", "g.txt", lemmatizer));
    assertTrue(e.getMessage().contains("g.txt line 1"), e.getMessage());
  }

  private static String match(String text, QuestionLanguage language) {
    List<Lemmatizer.Word> words = lemmatizer.words(text, language);
    Glossary.Match m = glossary.longestAt(words, 0, language);
    assertNotNull(m, text);
    return m.english();
  }

  private static Lemmatizer.Word word(String text, QuestionLanguage language) {
    return lemmatizer.words(text, language).get(0);
  }

  /** The shipped file's entry lines, comments and blank lines left out. */
  private static final class GlossaryFile {
    static List<String> lines() {
      try (var in = Glossary.class.getResourceAsStream("glossary-uk-ru.txt")) {
        List<String> out = new ArrayList<>();
        for (String line :
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
          int hash = line.indexOf('#');
          String s = hash >= 0 ? line.substring(0, hash) : line;
          if (!s.isBlank()) out.add(s);
        }
        return out;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
