package org.peacetalks.feeds;

/**
 * A {@link TopicFilter}'s decision on one article.
 *
 * @param keep whether it is kept (indexed)
 * @param score how on topic it is, as the filter measures it (for logs and calibration)
 */
public record FeedVerdict(boolean keep, double score) {
  public static FeedVerdict keep(double score) {
    return new FeedVerdict(true, score);
  }

  public static FeedVerdict skip(double score) {
    return new FeedVerdict(false, score);
  }
}
