package org.peacetalks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicJsonFileTest {
  /** A version that can tell whether it was read whole: the filler is derived from n. */
  public record Version(long n, String filler) {
    static Version of(long n) {
      // 64 KiB to 1 MiB, so a kill often lands in the middle of writing one
      return new Version(n, Long.toString(n, 36).repeat((int) (16_000 + (n % 16) * 16_000) / Long.toString(n, 36).length()));
    }

    boolean whole() {
      return equals(of(n));
    }
  }

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private AtomicJsonFile<Version> file(Path path) {
    return new AtomicJsonFile<>(path, AtomicJsonFile.mapper(), Version.class, CLOCK);
  }

  @Test
  void missingFileReadsAsEmpty() throws Exception {
    assertTrue(file(dir.resolve("none.json")).read().isEmpty());
  }

  @Test
  void writesAndReadsBackCreatingTheFolder() throws Exception {
    AtomicJsonFile<Version> f = file(dir.resolve("sub/state.json"));
    f.write(Version.of(7));
    f.write(Version.of(8));
    assertEquals(Version.of(8), f.read().orElseThrow());
    try (Stream<Path> files = Files.list(dir.resolve("sub"))) {
      assertEquals(List.of("state.json"), files.map(p -> p.getFileName().toString()).toList(), "no temporary files left");
    }
  }

  @Test
  void oldLeftoversOfKilledWritersAreRemovedYoungOnesKept() throws Exception {
    Path old = dir.resolve(".state.json.123.tmp");
    Path young = dir.resolve(".state.json.456.tmp");
    Path other = dir.resolve(".other.json.789.tmp");
    for (Path p : List.of(old, young, other)) Files.writeString(p, "{\"n\":");
    Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(CLOCK.instant().minusSeconds(3600)));
    Files.setLastModifiedTime(young, java.nio.file.attribute.FileTime.from(CLOCK.instant().minusSeconds(60)));
    Files.setLastModifiedTime(other, java.nio.file.attribute.FileTime.from(CLOCK.instant().minusSeconds(3600)));
    assertTrue(file(dir.resolve("state.json")).read().isEmpty());
    assertFalse(Files.exists(old));
    assertTrue(Files.exists(young));
    assertTrue(Files.exists(other), "another file's leftovers are not ours");
  }

  @Test
  void corruptFileIsMovedAsideAndReportedNotReplaced() throws Exception {
    Path path = dir.resolve("subscriptions.json");
    Files.writeString(path, "{\"n\": 3, \"filler\": \"ab");
    AtomicJsonFile<Version> f = file(path);

    CorruptStateException e = assertThrows(CorruptStateException.class, f::read);

    Path aside = dir.resolve("subscriptions.json.corrupt-20261122T101530Z");
    assertEquals(path, e.file());
    assertEquals(aside, e.keptAt());
    assertTrue(e.getMessage().contains(path.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(aside.toString()), e.getMessage());
    assertFalse(Files.exists(path));
    assertEquals("{\"n\": 3, \"filler\": \"ab", Files.readString(aside), "kept byte for byte");

    // A restart does not begin empty while the corrupt copy waits for the operator.
    CorruptStateException again = assertThrows(CorruptStateException.class, f::read);
    assertEquals(aside, again.keptAt());
    Files.delete(aside);
    assertTrue(f.read().isEmpty(), "once the operator deleted the copy, a fresh start");
  }

  @Test
  void secondCorruptFileInTheSameSecondGetsItsOwnName() throws Exception {
    Path path = dir.resolve("s.json");
    Files.writeString(path, "garbage");
    assertThrows(CorruptStateException.class, file(path)::read);
    Files.writeString(path, "");
    CorruptStateException e = assertThrows(CorruptStateException.class, file(path)::read);
    assertEquals(dir.resolve("s.json.corrupt-20261122T101530Z-2"), e.keptAt());
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
  }

  @Test
  void wrongShapeCountsAsCorrupt() throws Exception {
    Path path = dir.resolve("s.json");
    Files.writeString(path, "[1, 2, 3]");
    assertThrows(CorruptStateException.class, file(path)::read);
    Files.writeString(path, "null");
    assertThrows(CorruptStateException.class, file(path)::read);
  }

  /**
   * Kill -9 a writer at random moments, several times; every time the file must parse as one
   * whole version, never a half-written one.
   */
  @Test
  void killedAtAnyInstantLeavesAWholeVersion() throws Exception {
    Path path = dir.resolve("state.json");
    file(path).write(Version.of(0));
    Random random = new Random(42);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    long next = 1;
    for (int round = 0; round < 6; round++) {
      Process child = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
          "-cp", System.getProperty("java.class.path"),
          AtomicWriteLoop.class.getName(), path.toString(), Long.toString(next))
          .redirectErrorStream(true)
          .start();
      try {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertEquals("ready", line, "child started writing");
        Thread.sleep(random.nextInt(5, 250));
      } finally {
        child.destroyForcibly();
        assertTrue(child.waitFor(10, TimeUnit.SECONDS));
      }
      Version read = file(path).read().orElseThrow();
      assertTrue(read.whole(), "a whole version, round " + round);
      assertTrue(read.n() >= next, "at least the version the child reported ready with");
      next = read.n() + 1;
    }
  }
}
