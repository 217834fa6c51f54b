package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TopicProbeTest {
  @Test
  void readsTheLogOddsAsTheBiasPlusTheWeightedVector() {
    TopicProbe probe = new TopicProbe(new double[] {2, -1, 0.5}, -0.25);
    assertEquals(
        -0.25 + 2 * 0.5 - 1 * 0.25 + 0.5 * 1, probe.offTopic(new float[] {0.5f, 0.25f, 1}));
  }

  @Test
  void itReadsOnlyVectorsOfTheDimensionItWasFittedOn() {
    TopicProbe probe = new TopicProbe(new double[] {1, 1}, 0);
    assertTrue(probe.reads(2));
    assertFalse(probe.reads(3));
    assertFalse(TopicProbe.NONE.reads(0));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> probe.offTopic(new float[] {1, 2, 3}));
    assertTrue(e.getMessage().contains("fitted on vectors of 2 dimensions"), e.getMessage());
  }

  @Test
  void itsWeightsCannotBeChangedFromOutside() {
    double[] weights = {1, 1};
    TopicProbe probe = new TopicProbe(weights, 0);
    weights[0] = 100;
    probe.weights()[1] = 100;
    assertEquals(2, probe.offTopic(new float[] {1, 1}));
  }

  @Test
  void theShippedDecisionWeighsTheShippedProbe() {
    Answerability shipped = Answerability.fitted();
    assertEquals(384, shipped.topic().weights().length, "one weight per bge-small dimension");
    assertEquals(0, Answerability.never().topic().weights().length);
  }
}
