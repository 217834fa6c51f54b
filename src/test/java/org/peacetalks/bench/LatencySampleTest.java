package org.peacetalks.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LatencySampleTest {
  @Test
  void nearestRankOfOneToHundred() {
    LatencySample s = new LatencySample(4);
    for (int i = 100; i >= 1; i--) s.add(i); // unsorted, and past the initial capacity
    assertEquals(50, s.percentileNanos(50));
    assertEquals(99, s.percentileNanos(99));
    assertEquals(100, s.percentileNanos(100));
    assertEquals(1, s.percentileNanos(0.5));
    assertEquals(7, s.percentileNanos(7)); // 0.07 × 100 would round up to rank 8
  }

  @Test
  void smallSamplesRoundTheRankUp() {
    LatencySample s = new LatencySample(3);
    s.add(30);
    s.add(10);
    s.add(20);
    assertEquals(20, s.percentileNanos(50)); // rank ceil(1.5) = 2
    assertEquals(30, s.percentileNanos(99)); // rank ceil(2.97) = 3
    LatencySample one = new LatencySample(1);
    one.add(5);
    assertEquals(5, one.percentileNanos(1));
  }

  @Test
  void addingAfterAPercentileResorts() {
    LatencySample s = new LatencySample(2);
    s.add(10);
    assertEquals(10, s.percentileNanos(50));
    s.add(1);
    s.add(2);
    assertEquals(2, s.percentileNanos(50));
  }

  @Test
  void millisecondsFromNanoseconds() {
    LatencySample s = new LatencySample(1);
    s.add(2_500_000);
    assertEquals(2.5, s.percentileMs(50), 1e-9);
  }

  @Test
  void refusesWhatHasNoPercentile() {
    LatencySample s = new LatencySample(1);
    assertThrows(IllegalStateException.class, () -> s.percentileNanos(50));
    s.add(1);
    assertThrows(IllegalArgumentException.class, () -> s.percentileNanos(0));
    assertThrows(IllegalArgumentException.class, () -> s.percentileNanos(100.5));
    assertThrows(IllegalArgumentException.class, () -> s.add(-1));
  }
}
