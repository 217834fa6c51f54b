package org.peacetalks.feeds;

import org.peacetalks.corpus.Article;

/**
 * Decides whether a new feed article is about the talks, before anything is stored or indexed. An
 * article judged off topic is counted against its feed as skipped and never indexed.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface TopicFilter {
  /**
   * @param article the article as it would be indexed (title, source, paragraphs)
   */
  FeedVerdict judge(Article article);
}
