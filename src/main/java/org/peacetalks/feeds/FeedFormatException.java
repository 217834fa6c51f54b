package org.peacetalks.feeds;

import java.io.IOException;

/**
 * A feed or OPML file that cannot be read (malformed, unsafe, not a feed), with the reason for an
 * admin.
 */
public final class FeedFormatException extends IOException {
  public FeedFormatException(String message) {
    super(message);
  }
}
