package org.peacetalks.telegram.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.peacetalks.admin.IntakeProblem;
import org.peacetalks.admin.IntakeResult;
import org.peacetalks.corpus.UnreadableReason;
import org.peacetalks.wording.Texts;

class AdminRepliesTest {
  @Test
  void serverPathsAreCutToTheirLastPart() {
    assertEquals(
        "the index at lucene is locked by another process",
        AdminReplies.withoutPaths(
            "the index at /srv/peacetalks/index/lucene is locked by another process"));
    assertEquals(
        "articles folder articles does not exist",
        AdminReplies.withoutPaths("articles folder /home/bot/index/articles/ does not exist"));
    assertEquals(
        "cannot write added-1.txt: disk full",
        AdminReplies.withoutPaths(
            "cannot write C:\\bots\\peace\\articles\\added-1.txt: disk full"));
    assertEquals(
        "state database bot.db: [SQLITE_FULL] database or disk is full",
        AdminReplies.withoutPaths(
            "state database /var/lib/bot/data/bot.db: [SQLITE_FULL] database or disk is full"));
    assertEquals(
        "Only .txt, .md and .html files can be added (this one is .pdf).",
        AdminReplies.withoutPaths(
            "Only .txt, .md and .html files can be added (this one is .pdf)."),
        "no path, no change");
    assertEquals(
        "3/4 paragraphs, and/or U.S. talks",
        AdminReplies.withoutPaths("3/4 paragraphs, and/or U.S. talks"));
  }

  @Test
  void aFailedReindexNamesNoServerPath() {
    String reply =
        AdminReplies.reindexFailed("articles folder /srv/peacetalks/index/articles does not exist");
    assertFalse(reply.contains("/srv"), reply);
    assertTrue(reply.contains("articles folder articles does not exist"), reply);
  }

  @Test
  void unreadableReasonsAreWordedWithTheirFiguresAndALibrarysMessageQuotedSafely() {
    Texts uk = Texts.forLanguage("uk");
    assertEquals(
        "завеликий (2000001 Б; межа — 2000000 Б)",
        AdminReplies.unreadable(UnreadableReason.tooLarge(2_000_001, 2_000_000), uk));
    assertEquals(
        "непідтримуваний тип файлу «.pdf» (потрібен .txt, .md або .html)",
        AdminReplies.unreadable(
            UnreadableReason.of(UnreadableReason.Kind.UNSUPPORTED_TYPE, ".pdf"), uk));
    // A library's message stays as it is, but escaped and without the server's folders.
    assertEquals(
        "не вдалося прочитати (x.txt: &lt;denied&gt;)",
        AdminReplies.unreadable(
            UnreadableReason.of(
                UnreadableReason.Kind.CANNOT_READ, "/srv/bot/index/articles/x.txt: <denied>"),
            uk));
  }

  @Test
  void refusalsAreWordedInTheChatsLanguage() {
    Texts en = Texts.english();
    assertEquals(
        "Only .txt, .md and .html files can be added (this one is .yaml).",
        AdminReplies.problem(new IntakeProblem(IntakeProblem.Kind.WRONG_TYPE, ".yaml"), en));
    assertEquals(
        "Only .txt, .md and .html files can be added.",
        AdminReplies.problem(new IntakeProblem(IntakeProblem.Kind.WRONG_TYPE, ""), en));
    IntakeProblem binary =
        new IntakeProblem(
            IntakeProblem.Kind.UNREADABLE,
            "binary file (contains NUL bytes)",
            UnreadableReason.of(UnreadableReason.Kind.BINARY));
    assertEquals(
        "The file cannot be added: binary file (contains NUL bytes).",
        AdminReplies.problem(binary, en));
    assertEquals(
        "этот файл нельзя добавить: двоичный файл (содержит байты NUL).",
        AdminReplies.problem(binary, Texts.forLanguage("ru")));
    assertEquals(
        "додавати можна лише файли .txt, .md і .html (цей — .pdf).",
        AdminReplies.problem(
            new IntakeProblem(IntakeProblem.Kind.WRONG_TYPE, ".pdf"), Texts.forLanguage("uk")));
    assertEquals(
        "Не добавлено: идёт переиндексация: отправьте статью ещё раз, когда она закончится.",
        AdminReplies.intake(
            new IntakeResult(
                IntakeResult.Outcome.REFUSED,
                null,
                null,
                0,
                new IntakeProblem(IntakeProblem.Kind.REINDEX_RUNNING, "")),
            Texts.forLanguage("ru")));
    assertTrue(
        AdminReplies.intake(
                new IntakeResult(IntakeResult.Outcome.ADDED, "added-1", "Talks", 3, null),
                Texts.forLanguage("uk"))
            .contains("збережено 3 абзаци"));
  }

  @Test
  void durationsAndSizesUseTheReadersUnits() {
    assertEquals("2 h 5 min", AdminReplies.duration(java.time.Duration.ofMinutes(125)));
    assertEquals(
        "2 год 5 хв",
        AdminReplies.duration(java.time.Duration.ofMinutes(125), Texts.forLanguage("uk")));
    assertEquals(
        "3 дня 1 ч",
        AdminReplies.duration(java.time.Duration.ofHours(73), Texts.forLanguage("ru")));
    assertEquals(
        "5 днів 0 год",
        AdminReplies.duration(java.time.Duration.ofDays(5), Texts.forLanguage("uk")));
    assertEquals("2.0 MB", AdminReplies.bytes(2_000_000));
    assertEquals("2,0 МБ", AdminReplies.bytes(2_000_000, Texts.forLanguage("uk")));
    assertEquals("1.5 s", AdminReplies.duration(java.time.Duration.ofMillis(1500)));
  }

  @Test
  void anAddThatCouldNotBeRecordedSaysSoInsteadOfATick() {
    String done =
        AdminReplies.intake(
            new IntakeResult(IntakeResult.Outcome.ADDED, "added-1", "Talks", 3, null));
    assertTrue(done.startsWith("✅ Added"), done);
    String partial =
        AdminReplies.intake(
            new IntakeResult(
                IntakeResult.Outcome.ADDED,
                "added-1",
                "Talks",
                3,
                new IntakeProblem(IntakeProblem.Kind.NOT_RECORDED, "")));
    assertFalse(partial.contains("✅"), partial);
    assertTrue(partial.startsWith("⚠️ Added"), partial);
    assertTrue(partial.contains("could not be recorded for the daily digest"), partial);
  }
}
