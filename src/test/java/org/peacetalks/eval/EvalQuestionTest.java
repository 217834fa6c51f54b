package org.peacetalks.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.peacetalks.eval.EvalQuestion.Kind;

class EvalQuestionTest {
  @Test
  void readsTheKindOfAnOutOfScopeQuestionFromItsNoteHoweverTheWordsAreJoined() {
    assertEquals(Kind.ON_TOPIC, Kind.ofNote("oos; on topic, not in corpus: no talks in Vienna"));
    assertEquals(Kind.ON_TOPIC, Kind.ofNote("on_topic: the pope is in no article"));
    assertEquals(Kind.ON_TOPIC, Kind.ofNote("On-topic"));
    assertEquals(Kind.FALSE_PREMISE, Kind.ofNote("false_premise: no treaty was signed"));
    assertEquals(Kind.JUNK, Kind.ofNote("junk: keyboard mash"));
    assertEquals(Kind.UNRELATED, Kind.ofNote("unrelated: cooking, shares 'Turkey'"));
    assertEquals(Kind.UNRELATED, Kind.ofNote(null));
  }
}
