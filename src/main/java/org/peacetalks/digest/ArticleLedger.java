package org.peacetalks.digest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.peacetalks.search.ArticleSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When each article entered the corpus, kept in {@code data/articles-added.json}. This, not the
 * index, decides what a digest calls new: an article is recorded once, the first time it is seen
 * after an index build or an /add, and keeps that time through reindexing and restarts.
 *
 * <p><b>The first run.</b> When the ledger does not exist yet (a fresh install, or the data folder
 * was lost), the articles seen then are recorded as the <em>initial import</em>: with the time they
 * were first seen, but marked so that no digest ever lists them. Otherwise the bundled corpus, or
 * a whole existing collection after an upgrade, would flood the first digests as "new". Only
 * articles that arrive after the ledger exists appear in digests. The ledger exists from the first
 * {@link #recordNew} on, even with no articles, so the bot should call it once at startup with the
 * indexed articles as well as after every rebuild and /add.
 *
 * <p>Thread-safe. {@link #recordNew} merges with what is on disk first, so a command-line
 * {@code index} next to a running bot does not lose the bot's entries.
 */
public final class ArticleLedger {
  private static final Logger log = LoggerFactory.getLogger(ArticleLedger.class);
  /** The file name in the data folder. */
  public static final String FILE_NAME = "articles-added.json";

  /**
   * @param addedAt when the article was first seen in the corpus
   * @param initial part of the initial import: never listed in a digest
   */
  record Entry(Instant addedAt, boolean initial) {
    Entry {
      Objects.requireNonNull(addedAt, "addedAt == null");
    }
  }

  /** The file's shape. {@code startedAt}: when the ledger was first written. */
  record StateFile(int version, Instant startedAt, Map<String, Entry> articles) {
    StateFile {
      Objects.requireNonNull(startedAt, "startedAt == null");
      articles = articles == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(articles)); // sorted: stable diffs
    }
  }

  private final AtomicJsonFile<StateFile> file;
  private Instant startedAt; // null until the first recordNew
  private final Map<String, Entry> entries = new TreeMap<>();
  private boolean loaded;

  /**
   * The ledger of {@code dataDir}. The file is read on first use; an absent file means the first
   * run (see the class doc). Methods throw {@link CorruptStateException} when the file is corrupt
   * (it has then been moved aside, and the next run treats the articles as an initial import
   * again, which lists none as new).
   */
  public ArticleLedger(Path dataDir, ObjectMapper mapper, Clock clock) {
    this.file = new AtomicJsonFile<>(dataDir.resolve(FILE_NAME), mapper, StateFile.class, clock);
  }

  /**
   * Records the articles not seen before as added at {@code now}; known ones keep their time.
   * On the first run they are recorded as the initial import instead (see the class doc).
   *
   * @return the ids recorded as new (for a digest), in id order; empty on the first run
   */
  public synchronized List<String> recordNew(Collection<ArticleSummary> articles, Instant now) throws IOException {
    Objects.requireNonNull(now, "now == null");
    mergeFromDisk();
    boolean first = startedAt == null;
    List<String> added = new ArrayList<>();
    for (ArticleSummary a : articles) {
      if (!entries.containsKey(a.id())) {
        entries.put(a.id(), new Entry(now, first));
        added.add(a.id());
      }
    }
    if (first) startedAt = now;
    if (first || !added.isEmpty()) {
      try {
        save();
      } catch (IOException | RuntimeException e) {
        added.forEach(entries::remove); // not recorded: the next call tries again
        if (first) startedAt = null;
        throw e;
      }
    }
    if (first) {
      log.info("Article ledger started with {} articles as the initial import (not listed in digests)", added.size());
      return List.of();
    }
    if (!added.isEmpty()) log.info("New articles for the digest: {}", added);
    return List.copyOf(added.stream().sorted().toList());
  }

  /**
   * Forgets an article (after /remove), so that adding it again later counts as new.
   *
   * @return false when it was not recorded
   */
  public synchronized boolean forget(String articleId) throws IOException {
    ensureLoaded();
    if (entries.remove(articleId) == null) return false;
    save();
    return true;
  }

  /** When the article was first seen, if recorded. */
  public synchronized Optional<Instant> addedAt(String articleId) throws IOException {
    ensureLoaded();
    Entry e = entries.get(articleId);
    return e == null ? Optional.empty() : Optional.of(e.addedAt());
  }

  /** Whether the article came with the initial import (and is never listed as new). */
  public synchronized boolean isInitial(String articleId) throws IOException {
    ensureLoaded();
    Entry e = entries.get(articleId);
    return e != null && e.initial();
  }

  /** Whether the ledger exists yet (the first {@link #recordNew} has happened). */
  public synchronized boolean isStarted() throws IOException {
    ensureLoaded();
    return startedAt != null;
  }

  /**
   * The articles added (not initial) in {@code (after, until]}, id → time added.
   *
   * @param after exclusive lower bound
   * @param until inclusive upper bound
   */
  public synchronized Map<String, Instant> addedBetween(Instant after, Instant until) throws IOException {
    ensureLoaded();
    Map<String, Instant> out = new TreeMap<>();
    entries.forEach((id, e) -> {
      if (!e.initial() && e.addedAt().isAfter(after) && !e.addedAt().isAfter(until)) out.put(id, e.addedAt());
    });
    return out;
  }

  private void ensureLoaded() throws IOException {
    if (!loaded) mergeFromDisk();
  }

  /** Takes in entries another process wrote; the earlier time wins for an id known to both. */
  private void mergeFromDisk() throws IOException {
    Optional<StateFile> disk = file.read();
    loaded = true;
    if (disk.isEmpty()) return;
    StateFile state = disk.get();
    if (startedAt == null || state.startedAt().isBefore(startedAt)) startedAt = state.startedAt();
    state.articles().forEach((id, e) -> entries.merge(id, e, (mine, theirs) ->
        theirs.addedAt().isBefore(mine.addedAt()) ? theirs : mine));
  }

  private void save() throws IOException {
    file.write(new StateFile(1, startedAt, entries));
  }
}
