package org.peacetalks.corpus;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The articles of a list of files, in that order, read and cleaned ahead on background threads
 * while the caller consumes them: a rebuild indexes one article while the next ones are parsed,
 * instead of parsing the whole folder first. Unreadable files are skipped and logged; {@link
 * #skipped()} lists them once the feed has been consumed.
 *
 * <p>Holds at most {@code lookahead} parsed articles the caller has not taken. One consumer, one
 * pass. Closing stops the parsing of what was not taken.
 */
public final class ArticleFeed implements Iterable<Article>, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ArticleFeed.class);

  private final Iterator<Path> files;
  private final Function<Path, Outcome> reader;
  private final ExecutorService parsers;
  private final int lookahead;
  private final ArrayDeque<Future<Outcome>> ahead = new ArrayDeque<>();
  private final List<SkippedFile> skipped = new ArrayList<>();
  private boolean iterated;
  private int articles;
  private int paragraphs;

  /** A file read: its article, or (article null) why it was skipped. */
  record Outcome(Article article, SkippedFile skipped) {}

  /**
   * @param reader reads one file; never throws, an unreadable file is an outcome too
   * @param threads how many files are parsed at once
   * @param lookahead how many files may be parsed ahead of the consumer
   */
  ArticleFeed(List<Path> files, Function<Path, Outcome> reader, int threads, int lookahead) {
    if (threads < 1 || lookahead < 1)
      throw new IllegalArgumentException("threads and lookahead must be at least 1");
    this.files = List.copyOf(files).iterator();
    this.reader = reader;
    this.lookahead = lookahead;
    this.parsers =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "article-parser");
              t.setDaemon(true);
              return t;
            });
  }

  /** Parsing threads that leave one core to the consumer (at least one). */
  static int parsingThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
  }

  @Override
  public Iterator<Article> iterator() {
    if (iterated) throw new IllegalStateException("an ArticleFeed is consumed once");
    iterated = true;
    fill();
    return new Iterator<>() {
      private Article next;

      @Override
      public boolean hasNext() {
        while (next == null && !ahead.isEmpty()) {
          Outcome o = take(ahead.removeFirst());
          fill();
          if (o.article() != null) {
            next = o.article();
          } else {
            log.warn("Skipped article file {}: {}", o.skipped().fileName(), o.skipped().reason());
            skipped.add(o.skipped());
          }
        }
        return next != null;
      }

      @Override
      public Article next() {
        if (!hasNext()) throw new NoSuchElementException();
        Article a = next;
        next = null;
        articles++;
        paragraphs += a.paragraphs().size();
        return a;
      }
    };
  }

  private void fill() {
    while (ahead.size() < lookahead && files.hasNext()) {
      Path file = files.next();
      ahead.addLast(parsers.submit(() -> reader.apply(file)));
    }
  }

  private static Outcome take(Future<Outcome> parsed) {
    try {
      return parsed.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while reading articles");
    } catch (ExecutionException e) {
      // The reader turns every failure into an outcome; anything else is a bug worth surfacing.
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) throw r;
      if (cause instanceof Error err) throw err;
      throw new IllegalStateException(cause);
    }
  }

  /** Articles handed out so far. */
  public int articleCount() {
    return articles;
  }

  /** Paragraphs of the articles handed out so far. */
  public int paragraphCount() {
    return paragraphs;
  }

  /** Files skipped so far, in file order, with why. */
  public List<SkippedFile> skipped() {
    return List.copyOf(skipped);
  }

  @Override
  public void close() {
    parsers.shutdownNow();
    ahead.clear();
  }
}
