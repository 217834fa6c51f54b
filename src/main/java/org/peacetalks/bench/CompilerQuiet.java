package org.peacetalks.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Waits for the JIT compiler to finish what a warm-up set it doing. On two cores the compiler
 * threads of a fresh JVM are still working through their queue long after a first poll ends (a
 * profile found them using half the CPU of the round after it), which a bot that has been running
 * for a while has done long before its next poll. So a timed round starts only once the compiler
 * has been quiet a while; what it still compiles during the round is reported as such.
 */
final class CompilerQuiet {
  private static final Duration STEP = Duration.ofMillis(250);

  /** The compiler threads' time so far, in milliseconds, or -1 when the JVM does not say. */
  private final LongSupplier compileMs;

  /** This JVM's compiler. */
  CompilerQuiet() {
    this(CompilerQuiet::jvmCompileMs);
  }

  /** A compiler whose time so far {@code compileMs} gives, for tests. */
  CompilerQuiet(LongSupplier compileMs) {
    this.compileMs = compileMs;
  }

  private static long jvmCompileMs() {
    CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    return compiler != null && compiler.isCompilationTimeMonitoringSupported()
        ? compiler.getTotalCompilationTime()
        : -1;
  }

  /** The compiler threads' time so far, in milliseconds, or -1 when the JVM does not say. */
  long compileMs() {
    return compileMs.getAsLong();
  }

  /**
   * Returns once no compilation has finished for {@code quiet}, or after {@code atMost}.
   *
   * @return how long it waited
   */
  Duration await(Duration quiet, Duration atMost) throws InterruptedException {
    long start = System.nanoTime();
    long last = compileMs();
    if (last < 0) return Duration.ZERO;
    long quietSince = start;
    while (System.nanoTime() - start < atMost.toNanos()) {
      Thread.sleep(STEP.toMillis()); // sampling a counter: there is no event to wait for
      long now = compileMs();
      if (now != last) {
        last = now;
        quietSince = System.nanoTime();
      } else if (System.nanoTime() - quietSince >= quiet.toNanos()) {
        break;
      }
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
