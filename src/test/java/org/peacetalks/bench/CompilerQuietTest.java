package org.peacetalks.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CompilerQuietTest {
  @Test
  void waitsWhileCompilationsFinishAndStopsOnceTheCounterRests() throws Exception {
    long[] counter = {10, 20, 30, 30, 30, 30};
    AtomicInteger reads = new AtomicInteger();
    CompilerQuiet quiet =
        new CompilerQuiet(() -> counter[Math.min(reads.getAndIncrement(), counter.length - 1)]);

    quiet.await(Duration.ZERO, Duration.ofMinutes(1));

    assertEquals(4, reads.get(), "read until the counter stood still once");
  }

  @Test
  void doesNotWaitWhenTheJvmDoesNotMeasureCompilation() throws Exception {
    AtomicInteger reads = new AtomicInteger();
    CompilerQuiet quiet =
        new CompilerQuiet(
            () -> {
              reads.incrementAndGet();
              return -1;
            });

    assertEquals(Duration.ZERO, quiet.await(Duration.ofSeconds(2), Duration.ofMinutes(1)));
    assertEquals(1, reads.get());
  }

  @Test
  void thisJvmReportsItsCompilerTime() {
    assertTrue(new CompilerQuiet().compileMs() >= 0, "HotSpot measures compilation time");
  }
}
