package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnswerabilityTest {
  private static final String OFF_TOPIC_ONLY =
      "{\"features\":[\"offTopic\"],\"mean\":[0],\"scale\":[1],\"weights\":[-2],"
          + "\"bias\":0,\"threshold\":0.5}";
  private static final String NOTHING =
      "{\"features\":[],\"mean\":[],\"scale\":[],\"weights\":[],\"bias\":0,\"threshold\":0}";

  private static Answerability read(String json) throws Exception {
    return Answerability.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static AnswerSignals readAs(double offTopic) {
    return new AnswerSignals(true, 0.7, 0.7, 0.1, 1, 0, 0, 3, 0.5, offTopic);
  }

  @Test
  void theHybridModelWeighsTheTopicReading() throws Exception {
    Answerability a =
        read(
            "{\"hybrid\":"
                + OFF_TOPIC_ONLY
                + ",\"lexical\":"
                + NOTHING
                + ",\"topic\":{\"weights\":[1,0],\"bias\":0}}");
    assertTrue(a.answers(readAs(-1)), "about the subject");
    assertFalse(a.answers(readAs(1)), "about something else");
    assertEquals(2, a.topic().weights().length);
  }

  @Test
  void aFileThatWeighsTheTopicWithoutAProbeIsRefused() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> read("{\"hybrid\":" + OFF_TOPIC_ONLY + ",\"lexical\":" + NOTHING + "}"));
    assertTrue(e.getMessage().contains("no topic probe"), e.getMessage());
  }

  @Test
  void aSignalNotReadCountsAtItsMean() throws Exception {
    String centred =
        "{\"features\":[\"offTopic\"],\"mean\":[-4],\"scale\":[1],\"weights\":[-2],"
            + "\"bias\":0,\"threshold\":0.5}";
    Answerability a =
        read(
            "{\"hybrid\":"
                + centred
                + ",\"lexical\":"
                + NOTHING
                + ",\"topic\":{\"weights\":[1,0],\"bias\":0}}");
    // At the mean the odds are even (the bias), so the question is answered at threshold 0.5.
    assertTrue(a.answers(readAs(Double.NaN)));
    assertFalse(a.answers(readAs(-3.9)), "a reading above the mean lowers the odds");
  }

  @Test
  void anOlderFileWithoutAProbeHasNone() throws Exception {
    Answerability a = read("{\"hybrid\":" + NOTHING + ",\"lexical\":" + NOTHING + "}");
    assertFalse(a.topic().reads(384));
  }
}
