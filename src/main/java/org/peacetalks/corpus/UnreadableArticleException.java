package org.peacetalks.corpus;

/** An article file that cannot become an article; the message says why, for the operator. */
public final class UnreadableArticleException extends Exception {
  public UnreadableArticleException(String reason) {
    super(reason);
  }
}
