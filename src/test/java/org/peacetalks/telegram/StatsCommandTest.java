package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    StatsCommand stats = new StatsCommand(bed.index, bed.reindexer, () -> 12, questions, bed.sender, clock,
        NOW.minus(Duration.ofMinutes(135)), "0.1.0");
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
    StatsCommand stats = new StatsCommand(bed.index, bed.reindexer, AdminFeature.SUBSCRIPTIONS_UNKNOWN, questions,
        bed.sender, clock, NOW, "development build");
    String text = stats.text();
    assertTrue(text.contains("Subscriptions: not available"), text);
    assertTrue(text.contains("Last reindex: none since the bot started"), text);
    assertTrue(text.contains("Questions answered: 0 today (UTC), 0 in total"), text);
    assertEquals(0, questions.counts().total());
  }
}
