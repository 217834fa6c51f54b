package org.peacetalks.digest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one digest says: the articles added in {@code (since, until]}, newest first, at most the
 * configured number, and how many more there were. One story carried by several outlets is one
 * item, its other outlets listed with it ({@link Item#alsoReportedBy()}). Rendered by {@link
 * DigestFormatter}.
 *
 * @param items the stories listed, newest first
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

  /** Articles added in the period, listed or not (a story with two outlets counts two). */
  public int total() {
    int listed = 0;
    for (Item i : items) listed += i.articles();
    return listed + more;
  }

  /**
   * Another outlet's article on the same story.
   *
   * @param name the outlet: the article's source, or its site's host name
   * @param url its article, or {@code null}
   */
  public record Outlet(String articleId, String name, String url) {
    public Outlet {
      Objects.requireNonNull(articleId, "articleId == null");
      Objects.requireNonNull(name, "name == null");
    }
  }

  /**
   * One new article.
   *
   * @param source, url, published as in the index; {@code null} when the article does not say
   * @param addedAt when it entered the corpus
   * @param lead its first one or two sentences, shortened when long
   * @param askQuestion what to send after {@code /ask} to ask about it
   * @param alsoReportedBy other outlets whose articles tell the same story, in the order they came;
   *     empty for most items
   */
  public record Item(
      String articleId,
      String title,
      String source,
      String url,
      String published,
      Instant addedAt,
      String lead,
      String askQuestion,
      List<Outlet> alsoReportedBy) {
    public Item {
      Objects.requireNonNull(articleId, "articleId == null");
      Objects.requireNonNull(title, "title == null");
      Objects.requireNonNull(addedAt, "addedAt == null");
      Objects.requireNonNull(lead, "lead == null");
      Objects.requireNonNull(askQuestion, "askQuestion == null");
      alsoReportedBy = List.copyOf(alsoReportedBy);
    }

    /** The same item listing these other outlets. */
    public Item withAlsoReportedBy(List<Outlet> outlets) {
      return new Item(
          articleId, title, source, url, published, addedAt, lead, askQuestion, outlets);
    }

    /** The articles this item stands for: its own and the other outlets'. */
    public int articles() {
      return 1 + alsoReportedBy.size();
    }
  }
}
