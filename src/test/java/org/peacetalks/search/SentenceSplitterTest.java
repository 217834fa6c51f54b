package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  @Test
  void splitsAtFullStopsQuestionAndExclamationMarks() {
    assertEquals(
        List.of(
            "Envoys met in Geneva on Sunday.",
            "Did they agree on the plan?",
            "Not yet, officials said!"),
        SentenceSplitter.split(
            "Envoys met in Geneva on Sunday. Did they agree on the plan? Not yet, officials said!"));
  }

  @Test
  void keepsInitialsAndAbbreviationsInsideTheSentence() {
    String text =
        "The U.S. President met Mr. Umerov and Gen. Hnatov in Florida. Donald J. Trump called it a good start.";
    assertEquals(
        List.of(
            "The U.S. President met Mr. Umerov and Gen. Hnatov in Florida.",
            "Donald J. Trump called it a good start."),
        SentenceSplitter.split(text));
  }

  @Test
  void initialsInBracketsAndAPlainNoAreJudgedRight() {
    assertEquals(
        List.of(
            "Officials (U.S. and European) met in Geneva.",
            "The answer from Kyiv was no.",
            "The talks ended on Friday evening."),
        SentenceSplitter.split(
            "Officials (U.S. and European) met in Geneva. The answer from Kyiv was no. The talks ended on Friday evening."));
  }

  @Test
  void aClosingQuoteStaysWithItsSentence() {
    assertEquals(
        List.of("He said: “The talks are going well.”", "Then the delegation left for Abu Dhabi."),
        SentenceSplitter.split(
            "He said: “The talks are going well.” Then the delegation left for Abu Dhabi."));
  }

  @Test
  void numbersAndLowerCaseContinuationsDoNotSplit() {
    assertEquals(
        List.of(
            "Ukraine has about 880,000 troops, down from 1.2 million. e.g. not a new sentence."),
        SentenceSplitter.split(
            "Ukraine has about 880,000 troops, down from 1.2 million. e.g. not a new sentence."));
  }

  @Test
  void veryShortSentencesJoinANeighbour() {
    assertEquals(
        List.of(
            "No. The delegation refused the amended draft.",
            "Talks resume on Monday in Geneva. Ok."),
        SentenceSplitter.split(
            "No. The delegation refused the amended draft. Talks resume on Monday in Geneva. Ok."));
  }

  @Test
  void oneSentenceOrNoneStaysWhole() {
    assertEquals(
        List.of("A single sentence without a full stop"),
        SentenceSplitter.split("A single sentence without a full stop"));
    assertEquals(List.of(), SentenceSplitter.split("   "));
  }
}
