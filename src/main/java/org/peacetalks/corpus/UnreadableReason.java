package org.peacetalks.corpus;

import java.util.Objects;
import org.peacetalks.wording.Texts;

/**
 * Why a file cannot become an article: a kind, which each front end words in its reader's language
 * from the message bundles (key {@link Kind#key()}), and what that sentence needs. The engine
 * builds no sentence itself; {@link #toString()} is the English one, for logs and the command line.
 *
 * @param detail for {@link Kind#UNSUPPORTED_TYPE} the extension (the file name when it has none);
 *     for {@link Kind#BAD_FRONT_MATTER}, {@link Kind#CANNOT_READ} and {@link Kind#PARSE_FAILED} the
 *     message of the library that failed, shown as it is; else empty
 * @param size the file's size in bytes, for {@link Kind#TOO_LARGE}; else 0
 * @param limit the largest size accepted in bytes, for {@link Kind#TOO_LARGE}; else 0
 */
public record UnreadableReason(Kind kind, String detail, long size, long limit) {
  /** What is wrong with the file. */
  public enum Kind {
    /** Not a .txt, .md or .html file. */
    UNSUPPORTED_TYPE("unsupportedType"),
    /** Larger than the configured limit. */
    TOO_LARGE("tooLarge"),
    /** Holds NUL bytes. */
    BINARY("binary"),
    /** Neither UTF-8 nor Windows-1252 (nor, for a page, the charset it declares). */
    NOT_TEXT("notText"),
    /** Nothing but white space. */
    EMPTY("empty"),
    /** Text, but no passage an article would have. */
    NO_TEXT("noText"),
    /** A page nested deeper than any page people read. */
    TOO_DEEP("tooDeep"),
    /** Front matter that YAML cannot parse. */
    BAD_FRONT_MATTER("badFrontMatter"),
    /** The file could not be read from disk. */
    CANNOT_READ("cannotRead"),
    /** A reader failed on a page shaped beyond what it handles. */
    PARSE_FAILED("parseFailed");

    private final String key;

    Kind(String name) {
      this.key = "unreadable." + name;
    }

    /** The bundle key of this kind's sentence. */
    public String key() {
      return key;
    }
  }

  public UnreadableReason {
    Objects.requireNonNull(kind, "kind == null");
    detail = detail == null ? "" : detail;
  }

  /** A reason that needs nothing but its kind. */
  public static UnreadableReason of(Kind kind) {
    return new UnreadableReason(kind, "", 0, 0);
  }

  /** A reason with a detail: a file type, or a library's message. */
  public static UnreadableReason of(Kind kind, String detail) {
    return new UnreadableReason(kind, detail, 0, 0);
  }

  public static UnreadableReason tooLarge(long size, long limit) {
    return new UnreadableReason(Kind.TOO_LARGE, "", size, limit);
  }

  /**
   * The arguments of the kind's pattern, as {@link Texts#get} takes them, with {@code detail} in
   * place of {@link #detail()}: a caller writing HTML passes it escaped.
   */
  public Object[] arguments(String detail) {
    return new Object[] {"detail", detail, "size", size, "limit", limit};
  }

  /** The reason in the reader's language, the detail as it is (not escaped). */
  public String words(Texts texts) {
    return texts.get(kind.key(), arguments(detail));
  }

  /**
   * The English sentence, as the command line prints it ("too large (… bytes; the limit is …)").
   */
  @Override
  public String toString() {
    return words(Texts.english());
  }
}
