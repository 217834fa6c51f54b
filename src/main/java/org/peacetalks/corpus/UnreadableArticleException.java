package org.peacetalks.corpus;

import java.util.Objects;

/**
 * An article file that cannot become an article, and why: {@link #reason()} for a front end to
 * word; the message is the English sentence, for logs and the command line.
 */
public final class UnreadableArticleException extends Exception {
  private final transient UnreadableReason reason;

  public UnreadableArticleException(UnreadableReason reason) {
    super(Objects.requireNonNull(reason, "reason == null").toString());
    this.reason = reason;
  }

  public UnreadableArticleException(UnreadableReason.Kind kind) {
    this(UnreadableReason.of(kind));
  }

  public UnreadableReason reason() {
    return reason;
  }
}
