package org.peacetalks.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGTERM and SIGINT as a request to stop rather than an abrupt exit: the JVM's own handling
 * runs shutdown hooks and then exits with 143, while an orderly stop should end with 0. Uses
 * {@code sun.misc.Signal} (module jdk.unsupported), falling back to shutdown hooks where it is
 * missing.
 */
final class StopSignals {
  private static final Logger log = LoggerFactory.getLogger(StopSignals.class);

  private StopSignals() {}

  static void onStop(Runnable stop) {
    for (String name : new String[] {"TERM", "INT"}) {
      try {
        sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> stop.run());
      } catch (IllegalArgumentException | LinkageError e) {
        log.debug("Cannot handle SIG{}: {}", name, e.toString());
      }
    }
  }
}
