package org.peacetalks.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a file that {@code eval --fit} wrote beside the search classes ({@code answerability.json},
 * {@code ranking.json}) from the class path. Such a file ships in the jar, so a missing or
 * unreadable one is a broken build, not bad input: it fails loudly.
 */
final class FittedResource {
  /** Turns the file's bytes into what it holds. */
  interface Parser<T> {
    T parse(InputStream in) throws IOException;
  }

  private FittedResource() {}

  static <T> T read(String name, Parser<T> parser) {
    try (InputStream in = FittedResource.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      return parser.parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + name, e);
    }
  }
}
