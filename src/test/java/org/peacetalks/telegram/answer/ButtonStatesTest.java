package org.peacetalks.telegram.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ButtonStatesTest {
  private final ButtonStates states =
      new ButtonStates(10, Duration.ofHours(1), Clock.systemUTC(), new Random(1));

  @Test
  void aKeyWorksOnlyInTheChatItWasMadeFor() {
    String key =
        states.put("What does Russia demand?", 100, List.of(AnswerFormatterTest.plain(1, "text")));
    assertTrue(states.get(key, 100).isPresent());
    assertTrue(states.get(key, 200).isEmpty(), "another chat's callback with this key is refused");
    assertTrue(states.get(key, -100).isEmpty());
  }

  @Test
  void keepsWhereEachShownPassageIsButNotItsText() {
    String key =
        states.put(
            "q",
            1,
            List.of(
                AnswerFormatterTest.plain(1, "a long text"), AnswerFormatterTest.plain(2, "more")));
    ButtonStates.Entry e = states.get(key, 1).orElseThrow();
    e.record(List.of(AnswerFormatterTest.plain(4, "page two")));
    assertEquals(List.of(1, 2, 4), e.shown().stream().map(p -> p.rank()).toList());
    assertEquals("", e.byRank(4).orElseThrow().text());
    assertEquals(6, e.byRank(2).orElseThrow().paragraph());
  }
}
