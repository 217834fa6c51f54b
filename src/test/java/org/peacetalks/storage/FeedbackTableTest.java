package org.peacetalks.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.storage.FeedbackRepository.Feedback;
import org.peacetalks.storage.FeedbackRepository.PassageRef;
import org.peacetalks.storage.FeedbackRepository.Vote;

class FeedbackTableTest {
  @TempDir Path data;

  /** A clock that moves a minute per reading. */
  private static Clock ticking() {
    return new Clock() {
      private Instant now = Instant.parse("2026-11-22T10:00:00Z");

      @Override
      public ZoneId getZone() {
        return ZoneId.of("UTC");
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public synchronized Instant instant() {
        now = now.plusSeconds(60);
        return now;
      }
    };
  }

  @Test
  void listsThumbsDownAndNoAnswerNewestFirstWithThePassagesShown() throws Exception {
    try (StateDatabase db = StateDatabase.open(data)) {
      FeedbackRepository feedback = new FeedbackTable(db, ticking());
      feedback.record(
          1,
          "What does Russia demand?",
          List.of(new PassageRef("a", 3), new PassageRef("b", 1)),
          Vote.DOWN);
      feedback.record(2, "Who met Putin?", List.of(new PassageRef("c", 2)), Vote.UP);
      feedback.recordNoAnswer(3, "What about the weather?");
      feedback.record(-100, "Ceasefire terms?", List.of(new PassageRef("d", 7)), Vote.DOWN);

      List<Feedback> negative = new FeedbackTable(db, Clock.systemUTC()).listNegative(10);
      assertEquals(
          List.of("Ceasefire terms?", "What about the weather?", "What does Russia demand?"),
          negative.stream().map(Feedback::question).toList());
      assertEquals(
          List.of(Vote.DOWN, Vote.NO_ANSWER, Vote.DOWN),
          negative.stream().map(Feedback::vote).toList());
      assertEquals(
          List.of(new PassageRef("a", 3), new PassageRef("b", 1)), negative.get(2).passages());
      assertEquals(List.of(), negative.get(1).passages());
      assertEquals(-100, negative.get(0).chatId());
      assertEquals(Instant.parse("2026-11-22T10:04:00Z"), negative.get(0).at());
      assertEquals(1, feedback.listNegative(1).size());
      assertThrows(IllegalArgumentException.class, () -> feedback.listNegative(0));
    }
  }

  @Test
  void countsThumbsDownAndUnansweredQuestions() throws Exception {
    try (StateDatabase db = StateDatabase.open(data)) {
      FeedbackRepository feedback = new FeedbackTable(db, ticking());
      assertEquals(new FeedbackRepository.NegativeCounts(0, 0), feedback.countNegative());
      feedback.record(1, "a?", List.of(new PassageRef("a", 1)), Vote.DOWN);
      feedback.record(1, "b?", List.of(new PassageRef("a", 1)), Vote.UP);
      feedback.record(2, "c?", List.of(), Vote.DOWN);
      feedback.recordNoAnswer(3, "d?");
      assertEquals(new FeedbackRepository.NegativeCounts(2, 1), feedback.countNegative());
    }
  }
}
