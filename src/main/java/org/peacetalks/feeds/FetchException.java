package org.peacetalks.feeds;

import java.io.IOException;
import java.util.Objects;

/**
 * A fetch that failed, with a reason fit to show an admin (never a stack trace, never a secret):
 * its {@link #problem()}, the message being that problem in English.
 */
public final class FetchException extends IOException {
  private final transient FeedProblem problem;

  public FetchException(FeedProblem problem) {
    super(problem.toString());
    this.problem = Objects.requireNonNull(problem);
  }

  public FeedProblem problem() {
    return problem;
  }
}
