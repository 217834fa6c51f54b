package org.peacetalks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peacetalks.wording.Texts;

class UnreadableReasonTest {
  /** Every kind's English, as `index` and `extract` print it (and printed before it was typed). */
  static final Map<UnreadableReason, String> ENGLISH =
      Map.of(
          UnreadableReason.of(UnreadableReason.Kind.UNSUPPORTED_TYPE, ".pdf"),
          "unsupported file type '.pdf' (expected .txt, .md or .html)",
          UnreadableReason.tooLarge(2_000_001, 2_000_000),
          "too large (2000001 bytes; the limit is 2000000)",
          UnreadableReason.of(UnreadableReason.Kind.BINARY),
          "binary file (contains NUL bytes)",
          UnreadableReason.of(UnreadableReason.Kind.NOT_TEXT),
          "not UTF-8 text (nor Windows-1252)",
          UnreadableReason.of(UnreadableReason.Kind.EMPTY),
          "empty file",
          UnreadableReason.of(UnreadableReason.Kind.NO_TEXT),
          "no article text found",
          UnreadableReason.of(UnreadableReason.Kind.TOO_DEEP),
          "too deeply nested to read",
          UnreadableReason.of(UnreadableReason.Kind.BAD_FRONT_MATTER, "mapping values"),
          "front matter is not valid YAML (mapping values)",
          UnreadableReason.of(UnreadableReason.Kind.CANNOT_READ, "Permission denied"),
          "cannot read (Permission denied)",
          UnreadableReason.of(
              UnreadableReason.Kind.PARSE_FAILED, "java.lang.IllegalStateException"),
          "could not be parsed (java.lang.IllegalStateException)");

  @Test
  void theEnglishIsTheSentenceTheCommandLinePrints() {
    assertEquals(UnreadableReason.Kind.values().length, ENGLISH.size(), "a case for every kind");
    ENGLISH.forEach((reason, english) -> assertEquals(english, reason.toString()));
    assertEquals(
        "too large (2000001 bytes; the limit is 2000000)",
        new UnreadableArticleException(UnreadableReason.tooLarge(2_000_001, 2_000_000))
            .getMessage());
  }

  @Test
  void everyKindIsWordedInEveryLanguage() {
    for (String language : Texts.LANGUAGES) {
      Texts t = Texts.forLanguage(language);
      for (UnreadableReason reason : ENGLISH.keySet()) {
        assertTrue(Texts.forLanguage(language).has(reason.kind().key()), reason.kind().key());
        String words = reason.words(t);
        if (!language.equals("en"))
          assertNotEquals(ENGLISH.get(reason), words, language + " " + reason.kind());
        if (!reason.detail().isEmpty())
          assertTrue(words.contains(reason.detail()), language + ": " + words);
      }
    }
    assertEquals(
        "слишком большой (2000001 Б; предел — 2000000 Б)",
        UnreadableReason.tooLarge(2_000_001, 2_000_000).words(Texts.forLanguage("ru")));
  }

  @Test
  void aParserRefusalCarriesItsKind() {
    ArticleParser parser = new ArticleParser(10);
    UnreadableArticleException e =
        assertThrows(
            UnreadableArticleException.class,
            () ->
                parser.parse(
                    "a.txt", "x".repeat(11).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(UnreadableReason.tooLarge(11, 10), e.reason());
  }
}
