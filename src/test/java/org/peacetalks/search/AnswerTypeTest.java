package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerTypeTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "How many points are left?|QUANTITY",
        // chat puts the question words last, or after the topic
        "so they cut the 28 pts down in florida - to how many?|QUANTITY",
        "rafale deal how many jets|QUANTITY",
        "europeans counter plan - army limit what number?|QUANTITY",
        "number of troops in the plan|QUANTITY",
        "when did they meet?|TIME",
        "when will they decide how many troops stay?|TIME",
        "what did a number of senators say|OTHER",
        "what did putin say when he met witkoff|OTHER",
        "why did yermak quit|REASON",
        "zelensky went to ireland, why ireland?|REASON",
        "what was the reason for the delay|REASON",
        "main reasons for the war?|REASON",
        "who leads the delegation|OTHER"
      })
  void readsTheKindOfAnswerAQuestionAsksFor(String question, AnswerType expected) {
    assertEquals(expected, AnswerType.of(question));
  }

  @Test
  void aPassageHoldsANumberOrADate() {
    assertTrue(AnswerType.QUANTITY.foundIn("a list of 28 points was cut to twenty"));
    assertFalse(AnswerType.QUANTITY.foundIn("no figure here"));
    assertTrue(AnswerType.TIME.foundIn("They met on Tuesday."));
    assertFalse(AnswerType.OTHER.foundIn("anything at all, 28"));
    assertTrue(
        AnswerType.REASON.foundIn("He resigned hours after investigators searched his home."));
    assertTrue(AnswerType.REASON.foundIn("Belgium objected, citing the risk of lawsuits."));
    assertFalse(AnswerType.REASON.foundIn("He resigned on Friday."));
  }
}
