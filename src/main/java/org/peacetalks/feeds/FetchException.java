package org.peacetalks.feeds;

import java.io.IOException;

/**
 * A fetch that failed, with a reason fit to show an admin (never a stack trace, never a secret).
 */
public final class FetchException extends IOException {
  public FetchException(String message) {
    super(message);
  }
}
