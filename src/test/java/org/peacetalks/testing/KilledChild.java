package org.peacetalks.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.peacetalks.bench.ChildJvm;

/**
 * A loop run in a JVM of its own and killed with SIGKILL part-way: the crash tests' harness. The
 * loop prints a line {@code PREFIX N} for each step N; once step {@code from + 2} is printed (a
 * couple of steps done, so the loop is under way), the child is killed {@code delayMs} later, and
 * the last N printed is returned.
 */
public final class KilledChild {
  private KilledChild() {}

  /**
   * Runs {@code main} with {@code args} and kills it as said above.
   *
   * @param delayMs how long after the loop got going the kill lands (random in the tests, so that
   *     it lands at a different instant of a step each round); 0 kills at once
   */
  public static int killAfter(
      Class<?> main, List<String> args, String prefix, int from, int delayMs) throws Exception {
    Process child =
        new ProcessBuilder(ChildJvm.command(main, args)).redirectErrorStream(true).start();
    AtomicInteger last = new AtomicInteger(from - 1);
    CountDownLatch underWay = new CountDownLatch(1);
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                  if (!line.startsWith(prefix)) continue;
                  int n = Integer.parseInt(line.substring(prefix.length()).strip());
                  last.set(n);
                  if (n >= from + 2) underWay.countDown();
                }
              } catch (IOException e) {
                // the child was killed: its output ends here
              }
            },
            main.getSimpleName() + "-output");
    reader.start();
    try {
      assertTrue(underWay.await(120, TimeUnit.SECONDS), "the loop never got going");
      // Not waiting for an event: the delay is where the kill lands.
      if (delayMs > 0) Thread.sleep(delayMs);
    } finally {
      child.destroyForcibly(); // SIGKILL
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "a killed child exits");
      reader.join(30_000);
    }
    return last.get();
  }
}
