package org.peacetalks.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.storage.StateDatabase;
import org.peacetalks.wording.Texts;

class FeedProblemTest {
  @TempDir Path dir;

  @Test
  void everyKindReadsBackFromTheLastErrorColumnAsItWasStored() throws Exception {
    try (StateDatabase db = StateDatabase.open(dir)) {
      FeedStore store = new FeedStore(db);
      Instant now = Instant.parse("2025-12-02T10:00:00Z");
      long id = store.add("https://a.example/rss", null, 1L, now).orElseThrow().id();
      for (FeedProblem.Kind kind : FeedProblem.Kind.values()) {
        // Separators, escapes and non-Latin letters in the values must survive the column.
        FeedProblem p =
            new FeedProblem(kind, "хост.example", 413, "a|b %7C + c\nd «е» " + kind.name());
        store.failed(id, p.encoded(), now.plusSeconds(60), now);
        Feed stored = store.list().get(0);
        assertEquals(p, stored.problem(), kind.name());
        assertEquals(p.toString(), stored.problem().words(Texts.english()));
      }
    }
  }

  @Test
  void textStoredBeforeProblemsHadKindsIsShownAsItIs() {
    assertEquals(
        FeedProblem.withDetail(FeedProblem.Kind.OTHER, "HTTP 404 from outlet.example"),
        FeedProblem.decode("HTTP 404 from outlet.example"));
    // Looks like the encoded form but is not: shown as stored, never an exception.
    assertEquals(
        FeedProblem.withDetail(FeedProblem.Kind.OTHER, "problem/1|NO_SUCH_KIND|0||"),
        FeedProblem.decode("problem/1|NO_SUCH_KIND|0||"));
    assertEquals(FeedProblem.Kind.OTHER, FeedProblem.decode("problem/1|HTTP_STATUS|x|h|").kind());
    assertEquals(
        "HTTP 404 from outlet.example",
        FeedProblem.decode("HTTP 404 from outlet.example").toString());
    assertNull(FeedProblem.decode(null));
  }

  @Test
  void eachLanguageWordsTheSameProblemWithItsValues() {
    FeedProblem notFound = new FeedProblem(FeedProblem.Kind.HTTP_STATUS, "outlet.example", 404, "");
    assertEquals("HTTP 404 from outlet.example", notFound.toString());
    assertEquals("HTTP 404 від outlet.example", notFound.words(Texts.forLanguage("uk")));
    assertEquals("HTTP 404 от outlet.example", notFound.words(Texts.forLanguage("ru")));
    FeedProblem big = new FeedProblem(FeedProblem.Kind.TOO_LARGE, "", 2_000_000, "");
    assertTrue(
        big.words(Texts.forLanguage("uk")).contains("2000000 байтів"),
        big.words(Texts.forLanguage("uk")));
  }

  @Test
  void exceptionsCarryTheirProblem() {
    FetchException e =
        new FetchException(FeedProblem.atHost(FeedProblem.Kind.TIMED_OUT, "x.example"));
    assertEquals(FeedProblem.Kind.TIMED_OUT, FeedProblem.of(e).kind());
    assertEquals("timed out fetching x.example", e.getMessage());
    assertEquals(
        FeedProblem.withDetail(FeedProblem.Kind.OTHER, "boom"),
        FeedProblem.of(new IllegalStateException("boom")));
  }

  @Test
  void everyKindIsWordedInEveryLanguage() {
    for (FeedProblem.Kind kind : FeedProblem.Kind.values()) {
      FeedProblem p = new FeedProblem(kind, "h.example", 500, "d");
      String english = p.words(Texts.english());
      for (String language : Texts.LANGUAGES) {
        Texts t = Texts.forLanguage(language);
        assertTrue(t.has(kind.key()), language + " " + kind);
        if (!language.equals("en") && kind != FeedProblem.Kind.OTHER)
          assertNotEquals(english, p.words(t), language + " leaves " + kind + " in English");
      }
    }
  }
}
