package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MeaningWeightsTest {
  @Test
  void theCorrectionIsTheWeightedProductOfTheTwoVectors() {
    MeaningWeights w = new MeaningWeights(null, new double[] {1, -2, 0.5});
    assertEquals(
        1 * 0.5 * 0.5 - 2 * 0.5 * 0.25 + 0.5 * 0.5 * 1,
        w.score(new float[] {0.5f, 0.5f, 0.5f}, new float[] {0.5f, 0.25f, 1}),
        1e-12);
  }

  @Test
  void itReadsOnlyVectorsOfItsDimension() {
    MeaningWeights w = new MeaningWeights(null, new double[] {1, 1});
    assertTrue(w.reads(2));
    assertFalse(w.reads(3));
    assertFalse(MeaningWeights.NONE.reads(0));
    assertThrows(
        IllegalArgumentException.class, () -> w.score(new float[] {1, 1, 1}, new float[] {1}));
  }

  @Test
  void itsWeightsCannotBeChangedFromOutside() {
    double[] weights = {1, 1};
    MeaningWeights w = new MeaningWeights(null, weights);
    weights[0] = 9;
    w.weights()[1] = 9;
    assertEquals(2, w.score(new float[] {1, 1}, new float[] {1, 1}), 1e-12);
  }

  @Test
  void theShippedWeightsAreForTheBundledModel() {
    assertTrue(MeaningWeights.fitted().reads(384));
    assertTrue(MeaningWeights.fitted().refit().contains("--ranking-out"));
  }
}
