package org.peacetalks.feeds;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.peacetalks.wording.Texts;

/**
 * Why a feed (or a page, or an OPML file) could not be read: a kind, which each front end words in
 * its reader's language from the message bundles (key {@link Kind#key()}), and the few values that
 * sentence needs. It is stored in the feed table's last-error column in {@link #encoded()} form, so
 * that /feeds can word it in each admin's language; text stored before (plain English) reads back
 * as {@link Kind#OTHER}. {@link #toString()} is the English sentence, for logs and the command
 * line.
 *
 * @param host the host concerned, or empty
 * @param number an HTTP status, a size limit in bytes or a count of redirects; else 0
 * @param detail a library's message, a path or a scheme, shown as it is; else empty
 */
public record FeedProblem(Kind kind, String host, long number, String detail) {
  /** What went wrong. */
  public enum Kind {
    /** robots.txt disallows the page ({@code detail} the path). */
    ROBOTS("robots"),
    /** A redirect ({@code number} its status) without a Location header. */
    REDIRECT_WITHOUT_LOCATION("redirectWithoutLocation"),
    /** A redirect to an address that is not http(s). */
    REDIRECT_NOT_HTTP("redirectNotHttp"),
    /** More than {@code number} redirects. */
    TOO_MANY_REDIRECTS("tooManyRedirects"),
    /** An HTTP status other than 200 ({@code number}). */
    HTTP_STATUS("httpStatus"),
    /** No answer in time. */
    TIMED_OUT("timedOut"),
    /** The host name does not resolve. */
    UNKNOWN_HOST("unknownHost"),
    /** Any other network failure ({@code detail} the exception's name and message). */
    CANNOT_FETCH("cannotFetch"),
    /** A scheme other than http(s) ({@code detail} the scheme). */
    NOT_HTTP("notHttp"),
    /** Not an address at all. */
    INVALID_ADDRESS("invalidAddress"),
    /** The host resolves to the operator's own network. */
    PRIVATE_ADDRESS("privateAddress"),
    /** Larger than {@code number} bytes. */
    TOO_LARGE("tooLarge"),
    /** Larger than {@code number} bytes once decompressed. */
    TOO_LARGE_DECOMPRESSED("tooLargeDecompressed"),
    /** The XML declares a DOCTYPE. */
    DOCTYPE("doctype"),
    /** Not well-formed XML ({@code detail} the parser's first line). */
    NOT_WELL_FORMED("notWellFormed"),
    /** The XML parser failed otherwise. */
    UNREADABLE_XML("unreadableXml"),
    /** XML, but neither RSS nor Atom. */
    NOT_A_FEED("notAFeed"),
    /** XML, but not OPML. */
    NOT_OPML("notOpml"),
    /** Anything else, or text stored before problems had kinds ({@code detail} the text). */
    OTHER("other");

    private final String key;

    Kind(String name) {
      this.key = "feedProblem." + name;
    }

    /** The bundle key of this kind's sentence. */
    public String key() {
      return key;
    }
  }

  /** Marks the encoded form; anything else in the column is old free text. */
  private static final String PREFIX = "problem/1|";

  public FeedProblem {
    Objects.requireNonNull(kind, "kind == null");
    host = host == null ? "" : host;
    detail = detail == null ? "" : detail;
  }

  public static FeedProblem of(Kind kind) {
    return new FeedProblem(kind, "", 0, "");
  }

  public static FeedProblem atHost(Kind kind, String host) {
    return new FeedProblem(kind, host, 0, "");
  }

  public static FeedProblem withDetail(Kind kind, String detail) {
    return new FeedProblem(kind, "", 0, detail);
  }

  /** The problem an exception carries, else {@link Kind#OTHER} with its message. */
  public static FeedProblem of(Throwable e) {
    if (e instanceof FetchException f) return f.problem();
    if (e instanceof FeedFormatException f) return f.problem();
    return withDetail(
        Kind.OTHER, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  /** The form stored in the last-error column: {@code problem/1|KIND|number|host|detail}. */
  public String encoded() {
    return PREFIX
        + kind.name()
        + '|'
        + number
        + '|'
        + URLEncoder.encode(host, StandardCharsets.UTF_8)
        + '|'
        + URLEncoder.encode(detail, StandardCharsets.UTF_8);
  }

  /**
   * Reads a stored last error back: the encoded form as it was written, anything else (English text
   * stored by older versions) as {@link Kind#OTHER} showing that text; null stays null.
   */
  public static FeedProblem decode(String stored) {
    if (stored == null) return null;
    if (stored.startsWith(PREFIX)) {
      String[] parts = stored.substring(PREFIX.length()).split("\\|", -1);
      if (parts.length == 4) {
        try {
          return new FeedProblem(
              Kind.valueOf(parts[0].toUpperCase(Locale.ROOT)),
              URLDecoder.decode(parts[2], StandardCharsets.UTF_8),
              Long.parseLong(parts[1]),
              URLDecoder.decode(parts[3], StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          // not ours after all: shown as it is below
        }
      }
    }
    return withDetail(Kind.OTHER, stored);
  }

  /**
   * The arguments of the kind's pattern, as {@link Texts#get} takes them, with {@code host} and
   * {@code detail} in place of the record's: a caller writing HTML passes them escaped.
   */
  public Object[] arguments(String host, String detail) {
    return new Object[] {"host", host, "number", number, "detail", detail};
  }

  /** The problem in the reader's language, host and detail as they are (not escaped). */
  public String words(Texts texts) {
    return texts.get(kind.key(), arguments(host, detail));
  }

  /** The English sentence ("HTTP 404 from example.com"). */
  @Override
  public String toString() {
    return words(Texts.english());
  }
}
