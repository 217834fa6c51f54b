package org.peacetalks.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that runs a class's {@code main} in a new JVM of this one's Java and class path, for
 * the loops a crash check kills. The child compiles with C1 only: it is killed within seconds, long
 * before C2 would pay off.
 */
public final class ChildJvm {
  private ChildJvm() {}

  /** {@code java -XX:TieredStopAtLevel=1 -cp <this class path> <main> <args…>}. */
  public static List<String> command(Class<?> main, List<String> args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
    command.addAll(args);
    return command;
  }
}
