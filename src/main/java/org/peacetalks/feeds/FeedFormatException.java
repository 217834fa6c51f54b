package org.peacetalks.feeds;

import java.io.IOException;
import java.util.Objects;

/**
 * A feed or OPML file that cannot be read (malformed, unsafe, not a feed): its {@link #problem()},
 * the message being that problem in English.
 */
public final class FeedFormatException extends IOException {
  private final transient FeedProblem problem;

  public FeedFormatException(FeedProblem problem) {
    super(problem.toString());
    this.problem = Objects.requireNonNull(problem);
  }

  public FeedProblem problem() {
    return problem;
  }
}
