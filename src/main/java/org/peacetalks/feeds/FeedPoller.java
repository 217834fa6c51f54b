package org.peacetalks.feeds;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.peacetalks.admin.ArticleIntake;
import org.peacetalks.admin.IntakeResult;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.ContentHash;
import org.peacetalks.corpus.Paragraph;
import org.peacetalks.corpus.UnreadableArticleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every feed once and takes in its new items. For each item not seen before (by canonical
 * URL): the linked page is fetched and read with the bot's HTML reader, or the item's own content
 * when the page cannot be fetched or holds less text; an item whose text was seen before (the same
 * story under another URL) is not taken again; the {@link TopicFilter} decides; a feed's kept
 * articles are stored and indexed through {@link ArticleIntake} (which records them for the digest)
 * in batches of up to {@link #BATCH}, one index commit each, and one published longer than {@code
 * maxAge} ago is marked as not new for the digest.
 *
 * <p>A failing feed keeps its last good state, records its error and waits, doubling its wait with
 * each failure up to {@link #MAX_BACKOFF}. Nothing a feed serves stops the round: every failure is
 * caught per feed and per item. Not thread-safe: one round at a time (the scheduler's single
 * thread, or {@code feeds --once}).
 */
public final class FeedPoller {
  private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
  static final Duration MAX_BACKOFF = Duration.ofHours(6);

  /**
   * Kept items stored and indexed together, at most this many: one index commit per batch instead
   * of one per item, while a large first poll still lets /add, /remove and a reindex in between.
   */
  static final int BATCH = 50;

  /** Told of an article that was old at first sight: the digest must not list it as new. */
  @FunctionalInterface
  public interface OldArticles {
    void notNew(String articleId) throws IOException;
  }

  private final FeedStore store;
  private final PoliteFetcher fetcher;
  private final FeedParser parser = new FeedParser();
  private final ArticleParser articles;
  private final ArticleIntake intake;
  private final TopicFilter topic;
  private final OldArticles oldArticles;
  private final Duration pollInterval;
  private final Duration maxAge;
  private final Clock clock;

  public FeedPoller(
      FeedStore store,
      PoliteFetcher fetcher,
      ArticleParser articles,
      ArticleIntake intake,
      TopicFilter topic,
      OldArticles oldArticles,
      Duration pollInterval,
      Duration maxAge,
      Clock clock) {
    this.store = Objects.requireNonNull(store, "store == null");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher == null");
    this.articles = Objects.requireNonNull(articles, "articles == null");
    this.intake = Objects.requireNonNull(intake, "intake == null");
    this.topic = Objects.requireNonNull(topic, "topic == null");
    this.oldArticles = Objects.requireNonNull(oldArticles, "oldArticles == null");
    this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval == null");
    this.maxAge = Objects.requireNonNull(maxAge, "maxAge == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /**
   * One round over every feed.
   *
   * @param ignoreBackoff poll feeds that are waiting after a failure too ({@code feeds --once})
   */
  public PollReport pollAll(boolean ignoreBackoff) throws InterruptedException {
    List<Feed> feeds;
    try {
      feeds = store.list();
    } catch (IOException e) {
      log.error("Cannot read the feeds from the state database: {}", e.toString());
      return PollReport.NONE;
    }
    PollReport total = PollReport.NONE;
    for (Feed feed : feeds) {
      if (Thread.currentThread().isInterrupted()) throw new InterruptedException("polling stopped");
      Instant now = clock.instant();
      if (!ignoreBackoff && feed.backoffUntil() != null && now.isBefore(feed.backoffUntil()))
        continue;
      total = total.plus(poll(feed));
    }
    if (total.feeds() > 0) {
      log.info(
          "Polled {} feeds ({} failed): {} items taken, {} skipped as off topic",
          total.feeds(),
          total.failed(),
          total.taken(),
          total.skipped());
    }
    return total;
  }

  /** Reads one feed; never throws but for an interrupt. */
  PollReport poll(Feed feed) throws InterruptedException {
    ParsedFeed parsed;
    FetchResponse response;
    try {
      response = fetcher.fetchFeed(feed.url(), feed.etag(), feed.lastModified());
      parsed =
          response.notModified()
              ? new ParsedFeed("", List.of())
              : parser.parse(response.body(), URI.create(feed.url()));
    } catch (IOException | RuntimeException e) {
      fail(feed, FeedProblem.of(e));
      return new PollReport(1, 1, 0, 0, 0);
    }
    String label =
        feed.name() != null && !feed.name().isBlank()
            ? feed.name()
            : !parsed.title().isEmpty() ? parsed.title() : feed.label();
    Round round = new Round(feed);
    for (FeedItem item : parsed.items()) {
      try {
        round.count(take(round, label, item));
      } catch (IOException | RuntimeException e) {
        log.warn("Feed {}: item {} failed: {}", feed.id(), item.link(), e.toString());
      }
    }
    flush(round);
    try {
      store.fetched(
          feed.id(), response.etag(), response.lastModified(), parsed.title(), clock.instant());
    } catch (IOException e) {
      log.warn("Feed {}: cannot record the fetch: {}", feed.id(), e.toString());
    }
    return new PollReport(1, 0, round.taken, round.skipped, round.seen);
  }

  private enum Outcome {
    TAKEN,
    SKIPPED,
    SEEN,
    LATER,
    /** Kept, waiting in the round's batch for the intake; counted when the batch is stored. */
    PENDING
  }

  /** A kept item waiting to be stored with the others of its batch. */
  private record Kept(FeedItem item, String canonical, String textHash, byte[] markdown) {}

  /** One feed's round: its counts, and the kept items not yet handed to the intake. */
  private static final class Round {
    final Feed feed;
    final List<Kept> batch = new ArrayList<>();
    int taken;
    int skipped;
    int seen;

    Round(Feed feed) {
      this.feed = feed;
    }

    void count(Outcome o) {
      switch (o) {
        case TAKEN -> taken++;
        case SKIPPED -> skipped++;
        case SEEN -> seen++;
        case LATER, PENDING -> {}
      }
    }

    boolean holdsUrl(String canonical) {
      return batch.stream().anyMatch(k -> k.canonical().equals(canonical));
    }

    boolean holdsText(String textHash) {
      return batch.stream().anyMatch(k -> k.textHash().equals(textHash));
    }
  }

  private Outcome take(Round round, String label, FeedItem item)
      throws IOException, InterruptedException {
    Feed feed = round.feed;
    String canonical = CanonicalUrl.of(item.link());
    // An item repeating one still in the batch is judged as if that one were stored already, as
    // it would have been when items were stored one by one.
    if (round.holdsUrl(canonical)) flush(round);
    if (store.seenUrl(canonical)) return Outcome.SEEN;
    Instant now = clock.instant();
    FeedArticle article = read(item, label, canonical);
    if (article == null) {
      store.recordItem(feed.id(), canonical, null, null, FeedStore.ItemStatus.EMPTY, now);
      return Outcome.SEEN;
    }
    String textHash = ContentHash.of(article.text().getBytes(StandardCharsets.UTF_8));
    if (round.holdsText(textHash)) flush(round);
    if (store.seenText(textHash)) {
      store.recordItem(feed.id(), canonical, textHash, null, FeedStore.ItemStatus.DUPLICATE, now);
      return Outcome.SEEN;
    }
    byte[] markdown = article.markdown();
    Article parsed;
    try {
      parsed = articles.parse("feed-item.md", markdown);
    } catch (UnreadableArticleException e) {
      store.recordItem(feed.id(), canonical, textHash, null, FeedStore.ItemStatus.EMPTY, now);
      return Outcome.SEEN;
    }
    FeedVerdict verdict = topic.judge(parsed);
    if (!verdict.keep()) {
      log.debug("Feed {}: skipped as off topic ({}): {}", feed.id(), verdict.score(), item.link());
      store.recordItem(feed.id(), canonical, textHash, null, FeedStore.ItemStatus.SKIPPED, now);
      return Outcome.SKIPPED;
    }
    round.batch.add(new Kept(item, canonical, textHash, markdown));
    if (round.batch.size() >= BATCH) flush(round);
    return Outcome.PENDING;
  }

  /**
   * Hands the round's kept items to the intake, stored and indexed together, then records each and
   * counts it. When the batch fails as a whole, its items stay unrecorded and are taken at the next
   * round.
   */
  private void flush(Round round) {
    if (round.batch.isEmpty()) return;
    List<Kept> batch = List.copyOf(round.batch);
    round.batch.clear();
    List<byte[]> markdowns = new ArrayList<>(batch.size());
    for (Kept k : batch) markdowns.add(k.markdown());
    List<IntakeResult> results;
    try {
      results = intake.addFeedArticles(markdowns);
    } catch (IOException | RuntimeException e) {
      for (Kept k : batch) {
        log.warn("Feed {}: item {} failed: {}", round.feed.id(), k.item().link(), e.toString());
      }
      return;
    }
    for (int i = 0; i < batch.size(); i++) {
      Kept k = batch.get(i);
      try {
        round.count(settle(round.feed, k, results.get(i)));
      } catch (IOException | RuntimeException e) {
        log.warn("Feed {}: item {} failed: {}", round.feed.id(), k.item().link(), e.toString());
      }
    }
  }

  /** Records what the intake made of a kept item. */
  private Outcome settle(Feed feed, Kept kept, IntakeResult result) throws IOException {
    FeedItem item = kept.item();
    String canonical = kept.canonical();
    String textHash = kept.textHash();
    Instant now = clock.instant();
    switch (result.outcome()) {
      case REFUSED -> {
        // A rebuild holds the corpus: the item is left unrecorded and taken at the next round.
        log.info("Feed {}: {} not taken now: {}", feed.id(), item.link(), result.reason());
        return Outcome.LATER;
      }
      case DUPLICATE -> {
        store.recordItem(
            feed.id(),
            canonical,
            textHash,
            result.articleId(),
            FeedStore.ItemStatus.DUPLICATE,
            now);
        return Outcome.SEEN;
      }
      default -> {}
    }
    store.recordItem(
        feed.id(), canonical, textHash, result.articleId(), FeedStore.ItemStatus.TAKEN, now);
    if (item.published() != null && item.published().isBefore(now.minus(maxAge))) {
      oldArticles.notNew(result.articleId());
    }
    log.info("Feed {}: took {} as {}", feed.id(), item.link(), result.articleId());
    return Outcome.TAKEN;
  }

  /**
   * The article for an item: the page's text, or the item's own when that is longer; null when
   * neither has any.
   */
  private FeedArticle read(FeedItem item, String label, String canonical)
      throws InterruptedException {
    Article page = null;
    try {
      FetchResponse r = fetcher.fetchPage(item.link());
      page = articles.parse("page.html", r.body());
    } catch (FetchException | UnreadableArticleException e) {
      log.debug(
          "Page {} not read ({}); the item's own content is used", item.link(), e.getMessage());
    }
    Article own = null;
    if (!item.content().isBlank()) {
      try {
        own =
            articles.parse(
                "item.html",
                ("<html><body>" + item.content() + "</body></html>")
                    .getBytes(StandardCharsets.UTF_8));
      } catch (UnreadableArticleException e) {
        log.debug("Item {} has no readable content: {}", item.link(), e.getMessage());
      }
    }
    Article best = chars(own) > chars(page) ? own : page;
    if (best == null) return null;
    String title = !item.title().isBlank() ? item.title() : best.title();
    String published =
        item.published() != null
            ? item.published().toString()
            : page != null ? page.published() : null;
    return new FeedArticle(
        title, label, canonical, published, withoutTitle(best.paragraphs(), title));
  }

  /** The paragraphs, less a first one that only repeats the title. */
  private static List<Paragraph> withoutTitle(List<Paragraph> paragraphs, String title) {
    if (paragraphs.size() > 1 && paragraphs.get(0).text().strip().equalsIgnoreCase(title.strip())) {
      return paragraphs.subList(1, paragraphs.size());
    }
    return paragraphs;
  }

  private static int chars(Article a) {
    if (a == null) return 0;
    int n = 0;
    for (Paragraph p : a.paragraphs()) n += p.text().length();
    return n;
  }

  private void fail(Feed feed, FeedProblem problem) {
    int failures = feed.failures() + 1;
    Duration wait = pollInterval.multipliedBy(1L << Math.min(failures, 10));
    if (wait.compareTo(MAX_BACKOFF) > 0) wait = MAX_BACKOFF;
    Instant now = clock.instant();
    log.warn(
        "Feed {} ({}) failed, {} in a row; next try in {}: {}",
        feed.id(),
        feed.url(),
        failures,
        wait,
        problem); // in English: logs are for the operator
    try {
      store.failed(feed.id(), problem.encoded(), now.plus(wait), now);
    } catch (IOException e) {
      log.warn("Feed {}: cannot record its failure: {}", feed.id(), e.toString());
    }
  }
}
