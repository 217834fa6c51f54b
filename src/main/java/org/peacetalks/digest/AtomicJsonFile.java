package org.peacetalks.digest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import org.peacetalks.storage.DurableFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON state file, read with Jackson and replaced atomically: the new content goes to a
 * temporary file in the same folder, is forced to disk, renamed over the old file in one atomic
 * step, and the folder entry is forced too. A process killed at any instant therefore leaves
 * either the old or the new version, never a mix; a leftover temporary file is harmless.
 *
 * <p>A file that exists but does not parse is never replaced by empty state: {@link #read()}
 * moves it aside to {@code NAME.corrupt-TIMESTAMP} and throws {@link CorruptStateException}
 * naming both paths.
 *
 * <p>Thread-safe; writes are serialised. Two processes writing the same file do not corrupt it
 * (each rename is atomic), but the last writer wins.
 *
 * @param <T> the type stored, deserialisable by the given mapper
 */
public final class AtomicJsonFile<T> {
  private static final Logger log = LoggerFactory.getLogger(AtomicJsonFile.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** A temporary file this old is a leftover, not a write in progress. */
  private static final Duration LEFTOVER_AGE = Duration.ofMinutes(10);

  private final Path file;
  private final ObjectMapper mapper;
  private final JavaType type;
  private final Clock clock;

  /**
   * @param file the state file; its folder is created on the first write
   * @param mapper configured for the stored type, e.g. {@link #mapper()}
   * @param type what the file holds
   * @param clock stamps the name a corrupt file is moved to
   */
  public AtomicJsonFile(Path file, ObjectMapper mapper, Class<T> type, Clock clock) {
    this.file = Objects.requireNonNull(file, "file == null");
    this.mapper = Objects.requireNonNull(mapper, "mapper == null");
    this.type = mapper.constructType(Objects.requireNonNull(type, "type == null"));
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /** A mapper for state files: java.time as ISO-8601 text, unknown fields tolerated, indented. */
  public static ObjectMapper mapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(SerializationFeature.INDENT_OUTPUT);
  }

  public Path path() {
    return file;
  }

  /**
   * The stored value, or empty when the file does not exist.
   *
   * @throws CorruptStateException when the file exists but is not a valid {@code T}; it has been
   *     moved aside
   * @throws IOException when the file cannot be read
   */
  public Optional<T> read() throws IOException {
    removeLeftovers();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      refuseIfSetAside();
      return Optional.empty();
    }
    try {
      T value = mapper.readValue(bytes, type);
      if (value == null) throw new CorruptContent("the file holds JSON null");
      return Optional.of(value);
    } catch (JsonProcessingException | CorruptContent e) {
      String problem = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      if (bytes.length == 0) problem = "the file is empty";
      Path aside = moveAside();
      throw new CorruptStateException(file, aside, problem, e);
    }
  }

  /** Replaces the file with {@code value}, atomically and durably. */
  public synchronized void write(T value) throws IOException {
    Objects.requireNonNull(value, "value == null");
    // Serialise first: a value that cannot be written must not touch the file system.
    byte[] bytes = mapper.writeValueAsBytes(value);
    DurableFiles.replace(file, bytes);
  }

  /**
   * Deletes temporary files that a killed writer left behind. Only old ones: a young one may be
   * another process's write in progress.
   */
  private void removeLeftovers() throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) return;
    Instant before = clock.instant().minus(LEFTOVER_AGE);
    try (DirectoryStream<Path> tmps = Files.newDirectoryStream(dir, DurableFiles.temporaryGlob(file))) {
      for (Path tmp : tmps) {
        try {
          if (Files.getLastModifiedTime(tmp).toInstant().isBefore(before)) Files.deleteIfExists(tmp);
        } catch (IOException e) {
          log.debug("Cannot remove leftover {}: {}", tmp, e.toString());
        }
      }
    }
  }

  /**
   * A missing file whose corrupt copy was set aside earlier is not a fresh start: the operator
   * has to restore that copy or delete it, else a restart would quietly begin empty.
   */
  private void refuseIfSetAside() throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) return;
    try (DirectoryStream<Path> kept = Files.newDirectoryStream(dir, file.getFileName() + ".corrupt-*")) {
      for (Path aside : kept) {
        throw new CorruptStateException(file, aside, "it was found corrupt before and is still set aside", null);
      }
    }
  }

  private Path moveAside() throws IOException {
    String base = file.getFileName() + ".corrupt-" + STAMP.format(clock.instant());
    Path aside = file.resolveSibling(base);
    for (int n = 2; Files.exists(aside); n++) aside = file.resolveSibling(base + "-" + n);
    Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
    return aside;
  }

  /** Parsed, but not a usable value. */
  private static final class CorruptContent extends Exception {
    CorruptContent(String message) {
      super(message);
    }
  }
}
