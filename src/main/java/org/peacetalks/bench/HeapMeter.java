package org.peacetalks.bench;

import java.lang.management.ManagementFactory;

/** Heap in use after garbage collection: what the loaded program keeps, not what it churns. */
public final class HeapMeter {
  private static final int GC_ROUNDS = 3;

  private HeapMeter() {}

  /** Megabytes of heap in use after a few {@link System#gc()} calls. */
  public static double usedMbAfterGc() throws InterruptedException {
    for (int i = 0; i < GC_ROUNDS; i++) {
      System.gc();
      Thread.sleep(50); // let concurrent phases and reference processing finish
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
  }
}
