package org.peacetalks.digest;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Child process of {@link AtomicJsonFileTest}: rewrites one file forever with ever larger
 * self-checking versions, printing "ready" after the first, until it is killed.
 */
public final class AtomicWriteLoop {
  private AtomicWriteLoop() {}

  public static void main(String[] args) throws Exception {
    AtomicJsonFile<AtomicJsonFileTest.Version> file = new AtomicJsonFile<>(
        Path.of(args[0]), AtomicJsonFile.mapper(), AtomicJsonFileTest.Version.class, Clock.systemUTC());
    long start = Long.parseLong(args[1]);
    for (long n = start; ; n++) {
      file.write(AtomicJsonFileTest.Version.of(n));
      if (n == start) {
        System.out.println("ready");
        System.out.flush();
      }
    }
  }
}
