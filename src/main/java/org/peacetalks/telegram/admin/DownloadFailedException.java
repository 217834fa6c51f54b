package org.peacetalks.telegram.admin;

import java.io.IOException;
import java.util.Objects;
import org.peacetalks.wording.Texts;

/**
 * A file the Bot API holds could not be downloaded, and why, for the chat to word in its reader's
 * language (bundle key {@code download.KIND}); the message is the English, for logs. Never holds
 * the download URL (it carries the token).
 */
public final class DownloadFailedException extends IOException {
  /** What went wrong. */
  public enum Failure {
    /** No connection to the Bot API server; the detail names the kind of I/O failure. */
    UNREACHABLE("download.unreachable"),
    /** getFile gave a path that makes no URL. */
    BAD_PATH("download.badPath"),
    /** The server answered with another status than 200; the figure is the status. */
    HTTP_STATUS("download.httpStatus"),
    /** The body stopped arriving, or took longer than the figure in seconds. */
    BROKE_OFF("download.brokeOff");

    private final String key;

    Failure(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  private final Failure failure;
  private final long figure;
  private final String detail;

  DownloadFailedException(Failure failure, long figure, String detail) {
    super(
        words(Texts.english(), Objects.requireNonNull(failure, "failure == null"), figure, detail));
    this.failure = failure;
    this.figure = figure;
    this.detail = detail == null ? "" : detail;
  }

  public Failure failure() {
    return failure;
  }

  /** Why, in the reader's language; {@code detail} as it is (a class name: nothing to escape). */
  public String words(Texts texts) {
    return words(texts, failure, figure, detail);
  }

  private static String words(Texts texts, Failure failure, long figure, String detail) {
    return texts.get(failure.key(), "figure", figure, "detail", detail == null ? "" : detail);
  }
}
