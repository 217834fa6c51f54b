package org.peacetalks.digest;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.peacetalks.corpus.Ellipsis;
import org.peacetalks.corpus.Paragraph;
import org.peacetalks.search.ArticleSummary;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.search.SentenceSplitter;

/**
 * Builds digests from the {@link ArticleLedger} (what is new) and the {@link SearchIndex} (titles,
 * sources, leads). Articles recorded in the ledger but no longer indexed (removed) are left out.
 * Thread-safe (stateless apart from its collaborators, which are).
 */
public final class DigestBuilder {
  /** How far back before subscribing a chat's first digest looks; and the on-demand digest. */
  public static final Duration FIRST_DIGEST_PERIOD = Duration.ofHours(24);

  static final int MAX_TITLE = 200;
  static final int MAX_LEAD = 320;
  static final int MAX_SOURCE = 100;
  private static final int MAX_ASK = 80;

  /** A first sentence shorter than this gets the second one too. */
  private static final int SHORT_SENTENCE = 120;

  /** A paragraph shorter than this (a dateline, a stray caption) is not used as the lead. */
  private static final int SHORT_PARAGRAPH = 60;

  private static final int LEAD_PARAGRAPHS = 3;

  /**
   * Only the newest this-many-times {@code maxArticles} articles are compared for stories told
   * twice: older ones would not be listed anyway, and the comparison (an embedding of each lead)
   * then costs the same whatever a period holds.
   */
  static final int GROUPING_FACTOR = 3;

  /**
   * Listings kept for reuse. Chats whose windows hold the same new articles (all those of one
   * round, and most chats with their own times, as articles arrive a few times a day) share one
   * listing; a few suffice, as each serves a whole round.
   */
  static final int RECENT_LISTINGS = 8;

  private final SearchIndex index;
  private final ArticleLedger ledger;
  private final int maxArticles;
  private final StoryGroups stories;

  /**
   * Listings by what they were built from; least recently used dropped first. Guarded by itself.
   */
  private final Map<ListingKey, Listing> recent =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ListingKey, Listing> eldest) {
          return size() > RECENT_LISTINGS;
        }
      };

  /** The new articles with the times they were added, and the index commit they were read from. */
  private record ListingKey(Map<String, Instant> added, long indexVersion) {}

  /** What a digest lists, whatever its window: the stories and how many articles are left over. */
  private record Listing(List<Digest.Item> items, int more) {}

  /**
   * @param maxArticles articles listed before "and N more" ({@code digest.maxArticles})
   */
  public DigestBuilder(SearchIndex index, ArticleLedger ledger, int maxArticles) {
    this.index = Objects.requireNonNull(index, "index == null");
    this.ledger = Objects.requireNonNull(ledger, "ledger == null");
    if (maxArticles < 1) throw new IllegalArgumentException("maxArticles < 1: " + maxArticles);
    this.maxArticles = maxArticles;
    this.stories = new StoryGroups(index.embedder());
  }

  /**
   * The digest a subscriber gets at {@code now}: the articles added since its last digest; before
   * the first, those of the 24 hours before subscribing and everything since. (Measured from the
   * subscription, not from {@code now}, so that a first digest that fails or is delayed loses
   * nothing.)
   */
  public Digest forSubscription(Subscription subscription, Instant now) throws IOException {
    return between(since(subscription), now);
  }

  /** Where a subscriber's next digest starts: after its last one, or a day before it subscribed. */
  public static Instant since(Subscription subscription) {
    return subscription.lastDigestAt() != null
        ? subscription.lastDigestAt()
        : subscription.subscribedAt().minus(FIRST_DIGEST_PERIOD);
  }

  /** The general digest: the articles added in the 24 hours before {@code now} (/digest, CLI). */
  public Digest lastDay(Instant now) throws IOException {
    return between(now.minus(FIRST_DIGEST_PERIOD), now);
  }

  /**
   * The articles added in {@code (since, until]}, newest first, one story told by several outlets
   * as one item (see {@link StoryGroups}). Costs a range read of the ledger; and when no recent
   * digest listed the same new articles from the same index commit, two index queries (the new
   * articles, the leads of the candidates) and the comparison of at most {@link #GROUPING_FACTOR} ×
   * {@code maxArticles} leads: nothing here grows with the corpus.
   */
  public Digest between(Instant since, Instant until) throws IOException {
    Map<String, Instant> added = ledger.addedBetween(since, until);
    if (added.isEmpty()) return new Digest(since, until, List.of(), 0);
    // Keyed by the commit read before listing: a change meanwhile files a newer listing under an
    // older key, which no later call asks for.
    ListingKey key = new ListingKey(added, index.version());
    Listing listing;
    synchronized (recent) {
      listing = recent.get(key);
    }
    if (listing == null) {
      listing = list(added);
      synchronized (recent) {
        recent.put(key, listing);
      }
    }
    return new Digest(since, until, listing.items(), listing.more());
  }

  private Listing list(Map<String, Instant> added) throws IOException {
    List<ArticleSummary> fresh = new ArrayList<>(index.find(added.keySet()));
    fresh.sort(
        Comparator.comparing((ArticleSummary a) -> added.get(a.id()))
            .reversed()
            .thenComparing(
                a -> a.published() == null ? "" : a.published(), Comparator.reverseOrder())
            .thenComparing(ArticleSummary::id));
    // Oldest first among the newest candidates: the outlet that had a story first leads its item.
    List<ArticleSummary> candidates =
        new ArrayList<>(fresh.subList(0, Math.min(fresh.size(), GROUPING_FACTOR * maxArticles)));
    Collections.reverse(candidates);
    Map<String, List<Paragraph>> firstParagraphs =
        index.paragraphs(candidates.stream().map(ArticleSummary::id).toList(), 1, LEAD_PARAGRAPHS);
    List<Digest.Item> single = new ArrayList<>();
    List<StoryGroups.Lead> leads = new ArrayList<>();
    for (ArticleSummary a : candidates) {
      Digest.Item item =
          new Digest.Item(
              a.id(),
              shorten(a.title(), MAX_TITLE),
              a.source() == null ? null : shorten(a.source(), MAX_SOURCE),
              a.url(),
              a.published(),
              added.get(a.id()),
              leadOf(firstParagraphs.getOrDefault(a.id(), List.of())),
              shorten(a.title(), MAX_ASK),
              List.of());
      single.add(item);
      leads.add(new StoryGroups.Lead(outletOf(item), item.title() + ". " + item.lead()));
    }
    List<Digest.Item> grouped = new ArrayList<>();
    for (List<Integer> story : stories.group(leads)) {
      Digest.Item first = single.get(story.get(0));
      List<Digest.Outlet> others = new ArrayList<>();
      for (int i : story.subList(1, story.size())) {
        Digest.Item other = single.get(i);
        others.add(new Digest.Outlet(other.articleId(), outletOf(other), other.url()));
      }
      grouped.add(first.withAlsoReportedBy(others));
    }
    // Back to newest first, each story where its first article stands.
    Collections.reverse(grouped);
    List<Digest.Item> items =
        List.copyOf(grouped.subList(0, Math.min(maxArticles, grouped.size())));
    int listed = items.stream().mapToInt(Digest.Item::articles).sum();
    return new Listing(items, fresh.size() - listed);
  }

  /**
   * The outlet an article came from: its source, else its site's host name; null if neither is
   * known.
   */
  static String outletOf(Digest.Item item) {
    if (item.source() != null && !item.source().isBlank()) return item.source();
    if (item.url() == null) return null;
    try {
      String host = URI.create(item.url()).getHost();
      if (host == null) return null;
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null; // a malformed link names no outlet
    }
  }

  private static String leadOf(List<Paragraph> first) {
    String text =
        first.stream()
            .map(Paragraph::text)
            .filter(t -> t.strip().length() >= SHORT_PARAGRAPH)
            .findFirst()
            .orElse(first.isEmpty() ? "" : first.get(0).text());
    return lead(text);
  }

  /**
   * The first sentence, with the second when the first is short; at most {@link #MAX_LEAD}.
   * Sentences end where the index's {@link SentenceSplitter} ends them ("U.S." and "Mr." end none).
   * The JDK's sentence {@code BreakIterator} would cut there, and loading its rules cost the first
   * digest after start-up tens of milliseconds.
   */
  static String lead(String paragraph) {
    String text = paragraph.strip().replaceAll("\\s+", " ");
    List<Integer> ends = SentenceSplitter.ends(text);
    if (ends.isEmpty()) return shorten(text, MAX_LEAD);
    int end = ends.get(0);
    if (end < SHORT_SENTENCE) end = ends.size() > 1 ? ends.get(1) : text.length();
    return shorten(text.substring(0, end).strip(), MAX_LEAD);
  }

  /** {@code text} cut at a word boundary to at most {@code max} characters, with an ellipsis. */
  static String shorten(String text, int max) {
    return Ellipsis.cut(text.strip(), max);
  }
}
