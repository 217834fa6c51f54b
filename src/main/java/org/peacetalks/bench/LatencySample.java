package org.peacetalks.bench;

import java.util.Arrays;

/**
 * Durations of repeated operations, and their percentiles by the nearest-rank method: the p-th
 * percentile of n sorted values is the value at rank ceil(p/100 × n), so p50 of 1..100 is 50 and
 * p99 is 99. Not thread-safe: one sample per measuring thread.
 */
public final class LatencySample {
  private long[] nanos;
  private int size;
  private boolean sorted = true;

  public LatencySample(int expected) {
    nanos = new long[Math.max(16, expected)];
  }

  public void add(long durationNanos) {
    if (durationNanos < 0)
      throw new IllegalArgumentException("negative duration: " + durationNanos);
    if (size == nanos.length) nanos = Arrays.copyOf(nanos, size * 2);
    nanos[size++] = durationNanos;
    sorted = false;
  }

  public int size() {
    return size;
  }

  /** The nearest-rank percentile in nanoseconds, for {@code 0 < p <= 100}. */
  public long percentileNanos(double p) {
    if (!(p > 0 && p <= 100))
      throw new IllegalArgumentException("percentile outside (0, 100]: " + p);
    if (size == 0) throw new IllegalStateException("no durations recorded");
    if (!sorted) {
      Arrays.sort(nanos, 0, size);
      sorted = true;
    }
    int rank = (int) Math.ceil(p * size / 100.0); // p × n first: 0.07 × 100 is 7.000000000000001
    return nanos[Math.max(1, rank) - 1];
  }

  /** The percentile in milliseconds. */
  public double percentileMs(double p) {
    return percentileNanos(p) / 1e6;
  }
}
