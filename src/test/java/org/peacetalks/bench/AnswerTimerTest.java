package org.peacetalks.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnswerTimerTest {
  private static final List<String> QUESTIONS = List.of("a?", "bb?", "", "dddd?");

  @Test
  void timesEveryQuestionAndCountsEmptyAnswers() throws Exception {
    AnswerTimer timer = new AnswerTimer(String::length, QUESTIONS);
    LatencySample all = timer.latency();
    assertEquals(4, all.size());
    assertEquals(1, timer.emptyAnswers());
    assertEquals(2, timer.lastPass(i -> i % 2 == 0).size());
    assertEquals(4, timer.lastPassCpu(i -> true).size());
  }

  @Test
  void interleavedTimersTakeTurnsGoingFirst() throws Exception {
    List<String> calls = new ArrayList<>();
    AnswerTimer a =
        new AnswerTimer(
            q -> {
              calls.add("a" + q);
              return 1;
            },
            QUESTIONS);
    AnswerTimer b =
        new AnswerTimer(
            q -> {
              calls.add("b" + q);
              return 1;
            },
            QUESTIONS);
    AnswerTimer.latencyInterleaved(a, b);
    assertEquals(List.of("aa?", "ba?", "bbb?", "abb?", "a", "b", "bdddd?", "adddd?"), calls);
    assertEquals(4, a.lastPass(i -> true).size());
    assertEquals(4, b.lastPass(i -> true).size());
  }

  @Test
  void interleavingNeedsTheSameQuestions() {
    AnswerTimer a = new AnswerTimer(q -> 1, QUESTIONS);
    AnswerTimer b = new AnswerTimer(q -> 1, List.of("other?"));
    assertThrows(IllegalArgumentException.class, () -> AnswerTimer.latencyInterleaved(a, b));
  }

  @Test
  void throughputAnswersEveryQuestionOncePerThread() throws Exception {
    AtomicInteger answered = new AtomicInteger();
    AnswerTimer timer = new AnswerTimer(q -> answered.incrementAndGet(), QUESTIONS);
    double perSecond = timer.throughput(2);
    assertEquals(8, answered.get());
    assertTrue(perSecond > 0, "answers/s " + perSecond);
  }
}
