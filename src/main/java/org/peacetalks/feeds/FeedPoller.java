package org.peacetalks.feeds;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * story under another URL) is not taken again; the {@link TopicFilter} decides; kept articles are
 * stored and indexed through {@link ArticleIntake} (which records them for the digest) in batches
 * of up to {@link #BATCH}, one index commit each, a batch taking the items of the following feeds
 * too while they are read already, and one published longer than {@code maxAge} ago is marked as
 * not new for the digest. A feed's new validators (ETag, Last-Modified) are recorded once its items
 * are stored, so a round stopped half way (an interrupt drops the batch unstored) reads it whole
 * again next time.
 *
 * <p>A failing feed keeps its last good state, records its error and waits, doubling its wait with
 * each failure up to {@link #MAX_BACKOFF}. Nothing a feed serves stops the round: every failure is
 * caught per feed and per item.
 *
 * <p>A round reads feeds ahead on {@link #READERS} threads of its own (fetching each feed and its
 * new items' pages, reading and cleaning them), so that the sites of different feeds are fetched at
 * once; it takes items in, judges, stores and indexes them on the calling thread alone, feed after
 * feed and item after item in their order, so that which copy of a story is kept, what the digest
 * lists and what the counts say are as if every feed were read one after another. Not thread-safe:
 * one round at a time (the scheduler's single thread, or {@code feeds --once}).
 */
public final class FeedPoller {
  private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
  static final Duration MAX_BACKOFF = Duration.ofHours(6);

  /**
   * Kept items stored and indexed together, at most this many: one index commit per batch instead
   * of one per item, while a large first poll still lets /add, /remove and a reindex in between.
   * The intake embeds a batch before it takes the corpus lock, so a batch holds the lock only while
   * it is written and committed. 200 rather than 50: a poll of 1,000 new items makes 5 segments
   * instead of 20, and merges and flushes fewer (`bench --feeds`: 4.6–5.7 s against 6.8–7.2 s, in
   * alternated runs on an idle machine).
   */
  static final int BATCH = 200;

  /**
   * Threads reading feeds and their items' pages ahead of the polling thread, each one feed at a
   * time: different sites are fetched at once, while each site still gets its requests one after
   * another and spaced by the fetcher's per-host delay. Storing and indexing stay on the polling
   * thread, in the feeds' order.
   */
  static final int READERS = 3;

  /** Feeds read ahead of the one being taken in, at most: bounds what waits in memory. */
  private static final int AHEAD = 2 * READERS;

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
    List<Feed> due = new ArrayList<>();
    try {
      Instant now = clock.instant();
      for (Feed feed : store.list()) {
        if (ignoreBackoff || feed.backoffUntil() == null || !now.isBefore(feed.backoffUntil()))
          due.add(feed);
      }
    } catch (IOException e) {
      log.error("Cannot read the feeds from the state database: {}", e.toString());
      return PollReport.NONE;
    }
    List<Round> rounds = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(READERS, FeedPoller::readerThread);
    try {
      // Feeds are read ahead on the pool, at most AHEAD of them, and taken in their order here.
      Pages pages = new Pages();
      Batch batch = new Batch();
      Deque<Future<Reading>> ahead = new ArrayDeque<>();
      int next = 0;
      for (Feed feed : due) {
        while (next < due.size() && ahead.size() < AHEAD) {
          Feed f = due.get(next++);
          ahead.add(pool.submit(() -> readAhead(f, pages)));
        }
        if (Thread.currentThread().isInterrupted())
          throw new InterruptedException("polling stopped");
        Future<Reading> reading = ahead.remove();
        // What is kept goes in while the next feed is still being read, rather than waiting.
        if (!reading.isDone()) flush(batch);
        rounds.add(poll(feed, await(reading), pages, batch));
      }
      flush(batch);
    } finally {
      pool.shutdownNow(); // every task is done unless polling was interrupted
    }
    PollReport total = PollReport.NONE;
    for (Round r : rounds) total = total.plus(r.report());
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

  private static Thread readerThread(Runnable r) {
    Thread t = new Thread(r, "feed-reader");
    t.setDaemon(true); // a round stopped half way must not keep the JVM alive
    return t;
  }

  /** A reader's result: what it read, or why it could not. */
  private static Reading await(Future<Reading> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InterruptedException) throw new InterruptedException("polling stopped");
      if (cause instanceof Error error) throw error;
      return Reading.failed(cause);
    }
  }

  /**
   * A feed as a reader thread read it: the response, the items, and for each new one its article,
   * read ahead; or the failure of its fetch or parse.
   */
  private record Reading(
      FetchResponse response,
      ParsedFeed parsed,
      String label,
      List<Ahead> items,
      Throwable failure) {
    static Reading failed(Throwable e) {
      return new Reading(null, null, null, List.of(), e);
    }
  }

  /**
   * An item, with what a reader made of it when it read it ahead ({@code read} null: not read
   * ahead, because it was seen or another item of the round has its address, or reading failed).
   */
  private record Ahead(FeedItem item, Prepared read) {}

  /**
   * An item's article as read ahead: null {@code article} when neither page nor item has text; null
   * {@code parsed} when its Markdown could not be read back.
   */
  private record Prepared(
      String canonical, FeedArticle article, String textHash, byte[] markdown, Article parsed) {}

  /**
   * On a reader thread: fetches and parses one feed, then reads each item whose address is neither
   * known nor claimed by another item of this round, one after another, so a feed's own host sees
   * its requests in turn. Touches only thread-safe parts: the fetcher (whose per-host delay and
   * robots.txt rules are shared maps), the feed parser and the article parser (no mutable state),
   * the store's read of known addresses (the state database serialises its statements), and the
   * round's {@link Pages}.
   */
  private Reading readAhead(Feed feed, Pages pages) throws InterruptedException {
    FetchResponse response;
    ParsedFeed parsed;
    try {
      response = fetcher.fetchFeed(feed.url(), feed.etag(), feed.lastModified());
      parsed =
          response.notModified()
              ? new ParsedFeed("", List.of())
              : parser.parse(response.body(), URI.create(feed.url()));
    } catch (IOException | RuntimeException e) {
      return Reading.failed(e);
    }
    String label =
        feed.name() != null && !feed.name().isBlank()
            ? feed.name()
            : !parsed.title().isEmpty() ? parsed.title() : feed.label();
    List<Ahead> items = new ArrayList<>(parsed.items().size());
    for (FeedItem item : parsed.items()) {
      if (Thread.currentThread().isInterrupted()) throw new InterruptedException("polling stopped");
      Prepared read = null;
      try {
        String canonical = CanonicalUrl.of(item.link());
        if (!store.seenUrl(canonical) && !pages.claimed(canonical))
          read = prepare(item, label, canonical, pages.get(canonical, item));
      } catch (IOException | RuntimeException e) {
        // Taken again in order on the polling thread, which logs what fails.
        log.debug("Feed {}: item {} not read ahead: {}", feed.id(), item.link(), e.toString());
      }
      items.add(new Ahead(item, read));
    }
    return new Reading(response, parsed, label, items, null);
  }

  /** Makes an item's article from its page (or null) and what storing it needs. */
  private Prepared prepare(FeedItem item, String label, String canonical, Article page) {
    FeedArticle article = article(item, label, canonical, page);
    if (article == null) return new Prepared(canonical, null, null, null, null);
    String textHash = ContentHash.of(article.text().getBytes(StandardCharsets.UTF_8));
    byte[] markdown = article.markdown();
    Article parsed;
    try {
      // Under the name the intake stores it by, so that the intake need not parse it again.
      parsed = articles.parse(ArticleIntake.feedFileName(markdown), markdown);
    } catch (UnreadableArticleException e) {
      parsed = null;
    }
    return new Prepared(canonical, article, textHash, markdown, parsed);
  }

  /**
   * Takes in one feed as read ahead, its kept items into {@code batch}; its fetch is recorded once
   * they are stored. Never throws but for an interrupt.
   */
  private Round poll(Feed feed, Reading reading, Pages pages, Batch batch)
      throws InterruptedException {
    Round round = new Round(feed, reading);
    if (reading.failure() != null) {
      fail(feed, FeedProblem.of(reading.failure()));
      return round;
    }
    for (Ahead ahead : reading.items()) {
      FeedItem item = ahead.item();
      try {
        round.count(take(round, batch, reading.label(), item, ahead.read(), pages));
      } catch (IOException | RuntimeException e) {
        log.warn("Feed {}: item {} failed: {}", feed.id(), item.link(), e.toString());
      }
    }
    // The new validators are recorded only after the feed's items are stored: a round stopped
    // before reads the feed whole again, not a 304.
    if (batch.kept.isEmpty()) recordFetch(round);
    else batch.fetchesToRecord.add(round);
    return round;
  }

  private void recordFetch(Round round) {
    FetchResponse response = round.reading.response();
    try {
      store.fetched(
          round.feed.id(),
          response.etag(),
          response.lastModified(),
          round.reading.parsed().title(),
          clock.instant());
    } catch (IOException e) {
      log.warn("Feed {}: cannot record the fetch: {}", round.feed.id(), e.toString());
    }
  }

  /**
   * The pages of one round by canonical address, each fetched once: by the first item (on whichever
   * thread) to ask for it; another item with that address waits for that fetch. An item claims its
   * page only right before fetching it, and the polling thread asks only while no fetch of its own
   * is pending, so every wait ends with a fetch already under way (within the fetcher's timeouts).
   * Thread-safe: a concurrent map of futures.
   */
  private final class Pages {
    private final Map<String, CompletableFuture<Article>> byUrl = new ConcurrentHashMap<>();

    /** Whether an item of this round has asked for the page at this address. */
    boolean claimed(String canonical) {
      return byUrl.containsKey(canonical);
    }

    /** The item's page: fetched here, or the result of the fetch another item started. */
    Article get(String canonical, FeedItem item) throws InterruptedException {
      CompletableFuture<Article> mine = new CompletableFuture<>();
      CompletableFuture<Article> first = byUrl.putIfAbsent(canonical, mine);
      if (first != null) {
        try {
          return first.get();
        } catch (ExecutionException e) {
          return null; // that fetch was stopped half way: the item's own content is used
        }
      }
      try {
        Article page = page(item);
        mine.complete(page);
        return page;
      } catch (InterruptedException | RuntimeException e) {
        mine.completeExceptionally(e);
        throw e;
      }
    }
  }

  private enum Outcome {
    TAKEN,
    SKIPPED,
    SEEN,
    LATER,
    /** Kept, waiting in the round's batch for the intake; counted when the batch is stored. */
    PENDING
  }

  /** A kept item of a feed's round, waiting to be stored with the others of its batch. */
  private record Kept(
      Round round,
      FeedItem item,
      String canonical,
      String textHash,
      byte[] markdown,
      Article parsed) {}

  /**
   * Kept items not yet handed to the intake, of one feed or several (so that feeds with a few new
   * items each share an index commit), and the feeds whose fetch is recorded once they are stored.
   */
  private static final class Batch {
    final List<Kept> kept = new ArrayList<>();
    final List<Round> fetchesToRecord = new ArrayList<>();

    boolean holdsUrl(String canonical) {
      return kept.stream().anyMatch(k -> k.canonical().equals(canonical));
    }

    boolean holdsText(String textHash) {
      return kept.stream().anyMatch(k -> k.textHash().equals(textHash));
    }
  }

  /** One feed's part of a round: what was read, and its counts. */
  private static final class Round {
    final Feed feed;
    final Reading reading;
    int taken;
    int skipped;
    int seen;

    Round(Feed feed, Reading reading) {
      this.feed = feed;
      this.reading = reading;
    }

    PollReport report() {
      return new PollReport(1, reading.failure() != null ? 1 : 0, taken, skipped, seen);
    }

    void count(Outcome o) {
      switch (o) {
        case TAKEN -> taken++;
        case SKIPPED -> skipped++;
        case SEEN -> seen++;
        case LATER, PENDING -> {}
      }
    }
  }

  /**
   * Judges one item in the feed's order, with what was read ahead ({@code ahead}, or null: read
   * here).
   */
  private Outcome take(
      Round round, Batch batch, String label, FeedItem item, Prepared ahead, Pages pages)
      throws IOException, InterruptedException {
    Feed feed = round.feed;
    String canonical = ahead != null ? ahead.canonical() : CanonicalUrl.of(item.link());
    // An item repeating one still in the batch is judged as if that one were stored already, as
    // it would have been when items were stored one by one.
    if (batch.holdsUrl(canonical)) flush(batch);
    if (store.seenUrl(canonical)) return Outcome.SEEN;
    Instant now = clock.instant();
    Prepared read =
        ahead != null ? ahead : prepare(item, label, canonical, pages.get(canonical, item));
    if (read.article() == null) {
      store.recordItem(feed.id(), canonical, null, null, FeedStore.ItemStatus.EMPTY, now);
      return Outcome.SEEN;
    }
    String textHash = read.textHash();
    if (batch.holdsText(textHash)) flush(batch);
    if (store.seenText(textHash)) {
      store.recordItem(feed.id(), canonical, textHash, null, FeedStore.ItemStatus.DUPLICATE, now);
      return Outcome.SEEN;
    }
    Article parsed = read.parsed();
    if (parsed == null) {
      store.recordItem(feed.id(), canonical, textHash, null, FeedStore.ItemStatus.EMPTY, now);
      return Outcome.SEEN;
    }
    FeedVerdict verdict = topic.judge(parsed);
    if (!verdict.keep()) {
      log.debug("Feed {}: skipped as off topic ({}): {}", feed.id(), verdict.score(), item.link());
      store.recordItem(feed.id(), canonical, textHash, null, FeedStore.ItemStatus.SKIPPED, now);
      return Outcome.SKIPPED;
    }
    batch.kept.add(new Kept(round, item, canonical, textHash, read.markdown(), parsed));
    if (batch.kept.size() >= BATCH) flush(batch);
    return Outcome.PENDING;
  }

  /**
   * Hands the batch's kept items to the intake, stored and indexed together, then records each and
   * counts it against its feed, then records the fetches that waited for them. When the batch fails
   * as a whole, its items stay unrecorded and are taken at the next round.
   */
  private void flush(Batch pending) {
    List<Kept> batch = List.copyOf(pending.kept);
    List<Round> fetches = List.copyOf(pending.fetchesToRecord);
    pending.kept.clear();
    pending.fetchesToRecord.clear();
    if (!batch.isEmpty()) store(batch);
    for (Round r : fetches) recordFetch(r);
  }

  private void store(List<Kept> batch) {
    List<byte[]> markdowns = new ArrayList<>(batch.size());
    List<Article> parsed = new ArrayList<>(batch.size());
    for (Kept k : batch) {
      markdowns.add(k.markdown());
      parsed.add(k.parsed());
    }
    List<IntakeResult> results;
    try {
      results = intake.addFeedArticles(markdowns, parsed);
    } catch (IOException | RuntimeException e) {
      for (Kept k : batch) {
        log.warn("Feed {}: item {} failed: {}", k.round().feed.id(), k.item().link(), e.toString());
      }
      return;
    }
    // What became of each item, recorded in one transaction rather than one per item.
    Instant now = clock.instant();
    List<Outcome> outcomes = new ArrayList<>(batch.size());
    List<FeedStore.ItemRecord> records = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      Kept k = batch.get(i);
      IntakeResult result = results.get(i);
      Outcome outcome = outcomeOf(k, result);
      outcomes.add(outcome);
      FeedStore.ItemStatus status =
          switch (outcome) {
            case TAKEN -> FeedStore.ItemStatus.TAKEN;
            case SEEN -> FeedStore.ItemStatus.DUPLICATE;
            default -> null;
          };
      if (status != null) {
        records.add(
            new FeedStore.ItemRecord(
                k.round().feed.id(), k.canonical(), k.textHash(), result.articleId(), status, now));
      }
    }
    try {
      store.recordItems(records);
    } catch (IOException | RuntimeException e) {
      // Indexed but not recorded: the next round finds them in the journal, as duplicates.
      for (Kept k : batch) {
        log.warn("Feed {}: item {} failed: {}", k.round().feed.id(), k.item().link(), e.toString());
      }
      return;
    }
    for (int i = 0; i < batch.size(); i++) {
      Kept k = batch.get(i);
      Outcome outcome = outcomes.get(i);
      if (outcome == Outcome.TAKEN) tookIn(k, results.get(i).articleId(), now);
      k.round().count(outcome);
    }
  }

  /** What the intake made of a kept item. */
  private static Outcome outcomeOf(Kept kept, IntakeResult result) {
    return switch (result.outcome()) {
      case REFUSED -> {
        // A rebuild holds the corpus: the item is left unrecorded and taken at the next round.
        log.info(
            "Feed {}: {} not taken now: {}",
            kept.round().feed.id(),
            kept.item().link(),
            result.reason());
        yield Outcome.LATER;
      }
      case DUPLICATE -> Outcome.SEEN;
      default -> Outcome.TAKEN;
    };
  }

  /** A kept item taken in and recorded: marked not new when it was old at first sight. */
  private void tookIn(Kept kept, String articleId, Instant now) {
    FeedItem item = kept.item();
    Feed feed = kept.round().feed;
    if (item.published() != null && item.published().isBefore(now.minus(maxAge))) {
      try {
        oldArticles.notNew(articleId);
      } catch (IOException | RuntimeException e) {
        log.warn("Feed {}: item {} not marked old: {}", feed.id(), item.link(), e.toString());
      }
    }
    log.info("Feed {}: took {} as {}", feed.id(), item.link(), articleId);
  }

  /** An item's page, read with the HTML reader; null when it cannot be fetched or read. */
  private Article page(FeedItem item) throws InterruptedException {
    try {
      FetchResponse r = fetcher.fetchPage(item.link());
      return articles.parse("page.html", r.body());
    } catch (FetchException | UnreadableArticleException e) {
      log.debug(
          "Page {} not read ({}); the item's own content is used", item.link(), e.getMessage());
      return null;
    }
  }

  /**
   * The article for an item: the page's text, or the item's own when that is longer; null when
   * neither has any.
   */
  private FeedArticle article(FeedItem item, String label, String canonical, Article page) {
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
