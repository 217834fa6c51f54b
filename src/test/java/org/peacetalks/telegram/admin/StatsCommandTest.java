package org.peacetalks.telegram.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.storage.FeedbackRepository.PassageRef;
import org.peacetalks.storage.FeedbackRepository.Vote;
import org.peacetalks.storage.FeedbackTable;
import org.peacetalks.storage.StateDatabase;
import org.peacetalks.telegram.AdminTestBed;
import org.peacetalks.telegram.QuestionStats;
import org.peacetalks.telegram.TelegramHtml;

class StatsCommandTest {
  static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
  @TempDir Path dir;
  AdminTestBed bed;
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  QuestionStats questions;

  @BeforeEach
  void setUp() throws Exception {
    bed = new AdminTestBed(dir);
    questions = QuestionStats.inMemory(clock);
  }

  @AfterEach
  void tearDown() throws Exception {
    bed.close();
  }

  @Test
  void showsEveryFigure() throws Exception {
    bed.writeArticle("a.txt", "Talks in Geneva", 4, "Geneva");
    bed.reindexer.rebuild();
    questions.answered();
    questions.answered();
    StatsCommand stats =
        new StatsCommand(
            bed.index,
            bed.reindexer,
            () -> 12,
            questions,
            null,
            bed.sender,
            clock,
            NOW.minus(Duration.ofMinutes(135)),
            "0.1.0",
            texts -> List.of());
    stats.handle(AdminTestBed.privateChat(AdminTestBed.ADMIN), "");
    String text = bed.lastSent();
    assertTrue(text.contains("Articles: 1 · paragraphs: 4"), text);
    assertTrue(text.contains("Subscriptions: 12"), text);
    assertTrue(text.contains("Questions answered: 2 today (UTC), 2 in total"), text);
    assertTrue(text.matches("(?s).*Index on disk: [0-9.]+ (B|KB|MB).*"), text);
    assertTrue(text.contains("Last reindex: 20"), text);
    assertTrue(text.contains("1 articles in"), text);
    assertTrue(text.contains("Uptime: 2 h 15 min"), text);
    assertTrue(text.contains("Version: 0.1.0"), text);
    assertNull(TelegramHtml.problem(text));
  }

  @Test
  void saysWhatItDoesNotKnow() throws Exception {
    StatsCommand stats =
        new StatsCommand(
            bed.index,
            bed.reindexer,
            AdminFeature.SUBSCRIPTIONS_UNKNOWN,
            questions,
            null,
            bed.sender,
            clock,
            NOW,
            "development build",
            texts -> List.of());
    String text = stats.text();
    assertTrue(text.contains("Subscriptions: not available"), text);
    assertTrue(text.contains("Last reindex: none since the bot started"), text);
    assertTrue(text.contains("Questions answered: 0 today (UTC), 0 in total"), text);
    assertEquals(0, questions.counts().total());
    assertTrue(text.endsWith("<b>Feedback</b>\nnot available"), text);
  }

  @Test
  void listsTheThumbsDownAndUnansweredQuestionsNewestFirst() throws Exception {
    try (StateDatabase db = StateDatabase.open(dir.resolve("state"))) {
      FeedbackTable feedback = new FeedbackTable(db, clock);
      feedback.record(
          1, "Who leads <Ukraine's> delegation?", List.of(new PassageRef("a", 2)), Vote.DOWN);
      feedback.record(
          2, "Where do the talks take place?", List.of(new PassageRef("a", 1)), Vote.UP);
      for (int i = 0; i < 6; i++) feedback.record(4, "Old question " + i, List.of(), Vote.DOWN);
      feedback.recordNoAnswer(3, "What about the\nweather " + "and the sea ".repeat(20));
      feedback.record(5, "Newest: ceasefire terms?", List.of(new PassageRef("b", 3)), Vote.DOWN);
      StatsCommand stats =
          new StatsCommand(
              bed.index,
              bed.reindexer,
              () -> 0,
              questions,
              feedback,
              bed.sender,
              clock,
              NOW,
              "0.1.0",
              texts -> List.of());

      String text = stats.text();

      assertTrue(text.contains("👎 8 · unanswered: 1"), text);
      List<String> listed =
          text.lines().filter(l -> l.startsWith("👎 ") || l.startsWith("❔ ")).skip(1).toList();
      assertEquals(StatsCommand.NEWEST_FEEDBACK, listed.size(), text);
      assertEquals("👎 Newest: ceasefire terms? <i>22 Nov 2026</i>", listed.get(0));
      assertTrue(listed.get(1).startsWith("❔ What about the weather and the sea"), text);
      assertTrue(listed.get(1).contains("…"), text);
      assertEquals("👎 Old question 5 <i>22 Nov 2026</i>", listed.get(2));
      assertFalse(text.contains("Who leads"), "only the newest five: " + text);
      assertFalse(text.contains("Where do the talks"), "a 👍 is not listed: " + text);
      assertNull(TelegramHtml.problem(text));
    }
  }

  @Test
  void cutsALongQuestionToOneLineAtAWord() {
    String q = StatsCommand.question("What about the\nweather " + "and the sea ".repeat(20));
    assertTrue(q.startsWith("What about the weather and the sea"), q);
    assertTrue(
        q.endsWith(" the…") || q.endsWith(" sea…") || q.endsWith(" and…"), "cut at a word: " + q);
    assertTrue(q.length() <= StatsCommand.QUESTION_CHARS, q);
    assertEquals("Who leads?", StatsCommand.question("  Who\r\nleads? "));
  }
}
