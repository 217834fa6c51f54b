package org.peacetalks.digest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one digest says: the articles added in {@code (since, until]}, newest first, at most the
 * configured number, and how many more there were. Rendered by {@link DigestFormatter}.
 *
 * @param items the articles listed, newest first
 * @param more articles added in the period but not listed
 */
public record Digest(Instant since, Instant until, List<Item> items, int more) {
  public Digest {
    Objects.requireNonNull(since, "since == null");
    Objects.requireNonNull(until, "until == null");
    items = List.copyOf(items);
    if (more < 0) throw new IllegalArgumentException("more < 0: " + more);
  }

  /** No new articles in the period. */
  public boolean isEmpty() {
    return items.isEmpty() && more == 0;
  }

  /** Articles added in the period, listed or not. */
  public int total() {
    return items.size() + more;
  }

  /**
   * One new article.
   *
   * @param source, url, published as in the index; {@code null} when the article does not say
   * @param addedAt when it entered the corpus
   * @param lead its first one or two sentences, shortened when long
   * @param askQuestion what to send after {@code /ask} to ask about it
   */
  public record Item(
      String articleId,
      String title,
      String source,
      String url,
      String published,
      Instant addedAt,
      String lead,
      String askQuestion) {
    public Item {
      Objects.requireNonNull(articleId, "articleId == null");
      Objects.requireNonNull(title, "title == null");
      Objects.requireNonNull(addedAt, "addedAt == null");
      Objects.requireNonNull(lead, "lead == null");
      Objects.requireNonNull(askQuestion, "askQuestion == null");
    }
  }
}
