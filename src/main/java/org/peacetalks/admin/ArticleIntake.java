package org.peacetalks.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.ArticleStore;
import org.peacetalks.corpus.ContentHash;
import org.peacetalks.corpus.SourceLabel;
import org.peacetalks.corpus.UnreadableArticleException;
import org.peacetalks.search.ArticleSummary;
import org.peacetalks.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds an article an admin uploaded or typed: checks it (type, size, UTF-8, readable text), refuses
 * a second copy of an article already indexed (compared by {@link ContentHash}, so line ends, a BOM
 * or trailing spaces do not make a copy new), stores it under a name made from that hash (the
 * uploaded name never chooses the path), and indexes just that article. An uploaded .txt or .md
 * file that names no outlet keeps the name its sender gave it as a {@code source:} line in its
 * front matter: the label of last resort in answers, instead of the stored name. Removes one too,
 * moving its file aside. Thread-safe: one change at a time.
 *
 * <p><b>Parsing holds no lock.</b> Reading and cleaning an upload (which for a hostile page can
 * take a while) happens before any lock is taken; only the short steps that change the corpus
 * (journal, file, index commit) run under the intake's monitor and the corpus lock, so a slow page
 * never keeps /remove, a reindex or another /add waiting.
 *
 * <p><b>Idempotent, crash or not.</b> The same content always gets the same file name and article
 * id, and each step can be repeated without making a copy: the {@link IntakeJournal} records the
 * add before the file is written; the file is replaced atomically; the index replaces the article
 * by id; the journal marks it finished after the index commit. A kill at any instant leaves an
 * unfinished entry that {@link #finishInterrupted()} (called at start-up) completes when the file
 * is there (indexing it once) or drops when it is not; an /add that Telegram delivers again after
 * the restart then finds the article and is refused as a duplicate.
 */
public final class ArticleIntake {
  private static final Logger log = LoggerFactory.getLogger(ArticleIntake.class);

  /** Hex digits of the content hash in a file name: 64 bits, no collision in any real corpus. */
  static final int NAME_HASH_DIGITS = 16;

  private final ArticleStore store;
  private final SearchIndex index;
  private final IntakeJournal journal;
  private final Lock corpusLock;
  private final Parse parse;

  /** Parses an upload into an article; the store's parser, or a slow stand-in in tests. */
  interface Parse {
    Article parse(String fileName, byte[] content) throws UnreadableArticleException;
  }

  /** An intake with a lock of its own: for a corpus nothing else rebuilds. */
  public ArticleIntake(
      ArticleStore store, SearchIndex index, Clock clock, Consumer<ArticleSummary> onAdded) {
    this(store, index, IntakeJournal.inMemory(onAdded), new ReentrantLock());
  }

  /** An intake with a journal in memory, told of every article added. */
  public ArticleIntake(
      ArticleStore store,
      SearchIndex index,
      Clock clock,
      Consumer<ArticleSummary> onAdded,
      Lock corpusLock) {
    this(store, index, IntakeJournal.inMemory(onAdded), corpusLock);
  }

  /**
   * @param journal records each add in steps, and knows the content hashes (the bot's: the article
   *     ledger)
   * @param corpusLock the {@link Reindexer#corpusLock()}: while a rebuild holds it, adding or
   *     removing is refused rather than silently undone by the rebuild
   */
  public ArticleIntake(
      ArticleStore store, SearchIndex index, IntakeJournal journal, Lock corpusLock) {
    this(store, index, journal, corpusLock, store.parser()::parse);
  }

  ArticleIntake(
      ArticleStore store, SearchIndex index, IntakeJournal journal, Lock corpusLock, Parse parse) {
    this.store = Objects.requireNonNull(store, "store == null");
    this.index = Objects.requireNonNull(index, "index == null");
    this.journal = Objects.requireNonNull(journal, "journal == null");
    this.corpusLock = Objects.requireNonNull(corpusLock, "corpusLock == null");
    this.parse = Objects.requireNonNull(parse, "parse == null");
  }

  /**
   * Adds an uploaded file.
   *
   * @param uploadedName the name the user's file had: its extension gives the type, and the name is
   *     the article's label when the file names no outlet; it never chooses the stored path
   */
  public IntakeResult addFile(String uploadedName, byte[] content) throws IOException {
    Optional<IntakeProblem> refusal = checkName(uploadedName);
    if (refusal.isPresent()) return IntakeResult.refused(refusal.get());
    String ext = ArticleParser.extensionOf(uploadedName.strip());
    return add(
        ext.equals(".htm") ? ".html" : ext, content, SourceLabel.fromUploadedName(uploadedName));
  }

  /**
   * Why a file of this uploaded name would be refused for its type, or empty when its type can be
   * added. Lets the chat refuse a file before downloading it.
   */
  public static Optional<IntakeProblem> checkName(String uploadedName) {
    String ext = ArticleParser.extensionOf(uploadedName == null ? "" : uploadedName.strip());
    if (ArticleParser.EXTENSIONS.contains(ext)) return Optional.empty();
    return Optional.of(new IntakeProblem(IntakeProblem.Kind.WRONG_TYPE, ext));
  }

  /** Adds an article typed in the chat: the first line is the title, the rest paragraphs. */
  public IntakeResult addText(String text) throws IOException {
    if (text == null || text.isBlank()) {
      return IntakeResult.refused(IntakeProblem.Kind.NO_TEXT);
    }
    String normalized = text.strip().replace("\r\n", "\n").replace('\r', '\n');
    if (!normalized.contains("\n")) {
      return IntakeResult.refused(IntakeProblem.Kind.NO_PARAGRAPHS);
    }
    return add(".txt", (normalized + "\n").getBytes(StandardCharsets.UTF_8), "");
  }

  /**
   * Adds articles news feeds brought: Markdown whose front matter names title, outlet, link and
   * date, each stored as {@code feed-HASH.md}, journalled like an upload, and all indexed together
   * in one index commit: a feed's new items cost one commit and one searcher refresh instead of one
   * each. The checks and the duplicate rules are those of a single add, and an article repeated
   * within the batch is a duplicate of its first copy. The journal semantics are too: every article
   * is recorded as begun before its file is written, and finished after the one commit, so a crash
   * at any instant leaves entries that {@link #finishInterrupted()} completes or drops, as for a
   * single add. The corpus is held for the whole batch, so callers keep batches small (a few dozen
   * articles).
   *
   * @return one result per article, in the order given
   * @throws IOException when a file cannot be written or the commit fails: then none of the batch
   *     is added (files moved aside, journal entries dropped)
   */
  public List<IntakeResult> addFeedArticles(List<byte[]> markdowns) throws IOException {
    return addFeedArticles(markdowns, Collections.nCopies(markdowns.size(), null));
  }

  /**
   * As {@link #addFeedArticles(List)}, with the articles the caller has parsed already from the
   * same bytes under their {@link #feedFileName} (null where it has not): those are not parsed a
   * second time, under the corpus lock. One parsed under another name is parsed again.
   */
  public List<IntakeResult> addFeedArticles(List<byte[]> markdowns, List<Article> parsed)
      throws IOException {
    List<IntakeResult> results = new ArrayList<>(markdowns.size());
    List<Pending> pending = new ArrayList<>();
    for (int i = 0; i < markdowns.size(); i++) {
      byte[] content = markdowns.get(i);
      String hash = ContentHash.of(content);
      String fileName = feedFileName(hash);
      Optional<IntakeResult> duplicate = duplicate(hash, fileName);
      if (duplicate.isPresent()) {
        results.add(duplicate.get());
        continue;
      }
      try {
        Article given = parsed.get(i);
        // The same parser, bytes and name give the same article.
        Article article =
            given != null && given.fileName().equals(fileName)
                ? given
                : parse.parse(fileName, content);
        pending.add(new Pending(results.size(), article, content, hash, fileName));
        results.add(null); // settled under the locks
      } catch (UnreadableArticleException e) {
        results.add(IntakeResult.refused(IntakeProblem.unreadable(e.reason())));
      }
    }
    if (pending.isEmpty()) return results;
    // The model's time is spent here, before the locks: a large batch then holds them only while it
    // is written and committed, not while it is embedded.
    SearchIndex.Vectors ready = index.embed(pending.stream().map(Pending::article).toList());
    synchronized (this) {
      if (!corpusLock.tryLock()) {
        for (Pending p : pending) {
          results.set(p.slot(), IntakeResult.refused(IntakeProblem.Kind.REINDEX_RUNNING));
        }
        return results;
      }
      try {
        storeAll(pending, ready, results);
      } finally {
        corpusLock.unlock();
      }
    }
    return results;
  }

  /** The name a feed article's Markdown is stored under: its content hash names it. */
  public static String feedFileName(byte[] markdown) {
    return feedFileName(ContentHash.of(markdown));
  }

  private static String feedFileName(String contentHash) {
    return "feed-" + contentHash.substring(0, NAME_HASH_DIGITS) + ".md";
  }

  /**
   * A parsed article of a batch, waiting for the locks; {@code slot} is its place in the results.
   */
  private record Pending(int slot, Article article, byte[] content, String hash, String fileName) {}

  /**
   * The steps of {@link #store} for a batch: journal each, write each, one index change, journal
   * each again. Under both locks.
   */
  private void storeAll(
      List<Pending> pending, SearchIndex.Vectors ready, List<IntakeResult> results)
      throws IOException {
    Map<String, Pending> batch = new LinkedHashMap<>();
    for (Pending p : pending) {
      // Checked again under the lock: another add may have finished meanwhile; and within the
      // batch, a second copy of the same content names the first.
      Optional<IntakeResult> duplicate = duplicate(p.hash(), p.fileName());
      Pending earlier = batch.get(p.article().id());
      if (duplicate.isEmpty() && earlier != null) {
        duplicate = Optional.of(duplicateOf(earlier.article()));
      }
      if (duplicate.isPresent()) {
        results.set(p.slot(), duplicate.get());
        continue;
      }
      try {
        journal.begin(p.article().id(), p.hash(), p.fileName());
      } catch (IOException e) {
        log.error(
            "Cannot record the add of {} in the state database; not added: {}",
            p.article().id(),
            e.toString());
        results.set(p.slot(), IntakeResult.refused(IntakeProblem.Kind.STATE_UNAVAILABLE));
        continue;
      }
      batch.put(p.article().id(), p);
    }
    if (batch.isEmpty()) return;
    List<Article> articles = new ArrayList<>(batch.size());
    try {
      for (Pending p : batch.values()) {
        store.write(p.fileName(), p.content());
        articles.add(p.article());
      }
      index.putAll(articles, ready);
    } catch (IOException | RuntimeException e) {
      for (String id : batch.keySet()) undo(id);
      throw e;
    }
    log.info("Added {} articles in one index commit", articles.size());
    for (Pending p : batch.values()) results.set(p.slot(), finished(p.article()));
  }

  /** The answer to a second copy, within one batch, of an article not yet indexed. */
  private static IntakeResult duplicateOf(Article first) {
    return new IntakeResult(
        IntakeResult.Outcome.DUPLICATE,
        first.id(),
        first.title(),
        first.paragraphs().size(),
        new IntakeProblem(IntakeProblem.Kind.ALREADY_INDEXED, first.id()));
  }

  /**
   * Checks for a copy, parses and cleans without a lock, then stores and indexes under the locks
   * (checking for a copy again: another /add of the same article may have finished meanwhile).
   *
   * @param label the uploaded file's name, for a file that names no outlet; empty for none
   */
  private IntakeResult add(String ext, byte[] content, String label) throws IOException {
    return add(ext, content, label, "added-");
  }

  /**
   * As {@link #add(String, byte[], String)}, the bot-made name starting with {@code namePrefix}.
   */
  private IntakeResult add(String ext, byte[] content, String label, String namePrefix)
      throws IOException {
    String hash = ContentHash.of(content);
    String fileName = namePrefix + hash.substring(0, NAME_HASH_DIGITS) + ext;
    Optional<IntakeResult> duplicate = duplicate(hash, fileName);
    if (duplicate.isPresent()) return duplicate.get();
    Article article;
    try {
      article = parse.parse(fileName, content);
    } catch (UnreadableArticleException e) {
      return IntakeResult.refused(IntakeProblem.unreadable(e.reason()));
    }
    Optional<Article> labelled = labelled(fileName, content, article, label);
    if (labelled.isPresent()) {
      article = labelled.get();
      content = SourceLabel.add(content, label);
    }
    SearchIndex.Vectors ready = index.embed(List.of(article)); // before the locks, as for a batch
    synchronized (this) {
      if (!corpusLock.tryLock()) {
        return IntakeResult.refused(IntakeProblem.Kind.REINDEX_RUNNING);
      }
      try {
        duplicate = duplicate(hash, fileName);
        if (duplicate.isPresent()) return duplicate.get();
        return store(article, content, hash, fileName, ready);
      } finally {
        corpusLock.unlock();
      }
    }
  }

  /** The answer to a copy of an indexed article, or empty when it is new. */
  private Optional<IntakeResult> duplicate(String hash, String fileName) throws IOException {
    Optional<ArticleSummary> existing = indexedWithHash(hash);
    // A labelled upload is stored with other bytes (so a rebuild records another hash), but under
    // the name its upload's hash gave it: that name being indexed means the same upload again.
    if (existing.isEmpty()) existing = index.find(Article.idOf(fileName));
    return existing.map(
        e ->
            new IntakeResult(
                IntakeResult.Outcome.DUPLICATE,
                e.id(),
                e.title(),
                e.paragraphs(),
                new IntakeProblem(IntakeProblem.Kind.ALREADY_INDEXED, e.id())));
  }

  /** The steps that change the corpus: journal, file, index, journal again. Under both locks. */
  private IntakeResult store(
      Article article, byte[] content, String hash, String fileName, SearchIndex.Vectors ready)
      throws IOException {
    try {
      journal.begin(article.id(), hash, fileName);
    } catch (IOException e) {
      log.error(
          "Cannot record /add of {} in the state database; nothing added: {}",
          article.id(),
          e.toString());
      return IntakeResult.refused(IntakeProblem.Kind.STATE_UNAVAILABLE);
    }
    try {
      store.write(fileName, content);
      index.putAll(List.of(article), ready);
    } catch (IOException | RuntimeException e) {
      undo(article.id());
      throw e;
    }
    log.info("Added article {} ({} paragraphs)", article.id(), article.paragraphs().size());
    return finished(article);
  }

  /** Records an indexed article as added; an article the journal cannot record is a partial add. */
  private IntakeResult finished(Article article) {
    String first = article.paragraphs().get(0).text();
    try {
      journal.finish(summaryOf(article));
    } catch (IOException | RuntimeException e) {
      log.error(
          "Added article {}, but could not record it as added: {}", article.id(), e.toString());
      return new IntakeResult(
          IntakeResult.Outcome.ADDED,
          article.id(),
          article.title(),
          article.paragraphs().size(),
          IntakeProblem.of(IntakeProblem.Kind.NOT_RECORDED),
          first);
    }
    return new IntakeResult(
        IntakeResult.Outcome.ADDED,
        article.id(),
        article.title(),
        article.paragraphs().size(),
        null,
        first);
  }

  /**
   * The article with the uploaded name as its source, when it names no outlet of its own (its
   * source is then the stored file name) and is a format with front matter; empty when it names
   * one, or when the label would not read back (front matter that is not a YAML mapping).
   */
  private Optional<Article> labelled(
      String fileName, byte[] content, Article article, String label) {
    boolean frontMatter = fileName.endsWith(".txt") || fileName.endsWith(".md");
    if (label.isEmpty() || !frontMatter || !article.source().equals(fileName))
      return Optional.empty();
    try {
      Article withLabel = parse.parse(fileName, SourceLabel.add(content, label));
      boolean same =
          withLabel.paragraphs().equals(article.paragraphs()) && label.equals(withLabel.source());
      return same ? Optional.of(withLabel) : Optional.empty();
    } catch (UnreadableArticleException e) {
      log.debug(
          "The uploaded name does not fit {}'s front matter ({}); stored without it",
          fileName,
          e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * The indexed article with this content hash: a lookup in the journal, which knows every
   * article's hash; the index is asked only while some articles have none recorded (state imported
   * from an earlier version, until the next rebuild records them).
   */
  private Optional<ArticleSummary> indexedWithHash(String hash) throws IOException {
    Optional<String> known = journal.articleWithHash(hash);
    if (known.isPresent()) {
      Optional<ArticleSummary> indexed = index.find(known.get());
      if (indexed.isPresent()) return indexed;
    }
    return journal.lacksHashes() ? index.findByContentHash(hash) : Optional.empty();
  }

  /** Keeps folder, index and journal in step after a failed add. */
  private void undo(String articleId) {
    // Each step on its own: a file that was never written must not keep the index and the
    // journal from being put back.
    undoStep(articleId, "moving its file aside", () -> store.moveAside(articleId));
    undoStep(articleId, "removing it from the index", () -> index.remove(articleId));
    undoStep(articleId, "dropping its journal entry", () -> journal.abandon(articleId));
  }

  private interface Step {
    void run() throws IOException;
  }

  private static void undoStep(String articleId, String what, Step step) {
    try {
      step.run();
    } catch (IOException | RuntimeException e) {
      log.warn(
          "Undoing the failed /add of {}: {} failed ({}); start-up finishes or drops it",
          articleId,
          what,
          e.toString());
    }
  }

  /**
   * Finishes the adds a crash interrupted (start-up, before updates are handled): an article whose
   * file was written is indexed, once, and recorded as added; one whose file was not is dropped.
   * Reads only the unfinished entries, never the whole corpus.
   *
   * @return the articles finished
   */
  public synchronized List<String> finishInterrupted() throws IOException {
    List<String> finished = new ArrayList<>();
    if (!corpusLock.tryLock()) {
      // A rebuild is running: it indexes the files there and records them; the rest wait for the
      // next start.
      log.info("A rebuild is running: interrupted /adds are left to it");
      return finished;
    }
    try {
      for (IntakeJournal.Unfinished u : journal.unfinished()) finish(u, finished);
    } finally {
      corpusLock.unlock();
    }
    return finished;
  }

  private void finish(IntakeJournal.Unfinished u, List<String> finished) throws IOException {
    if (u.fileName() == null || !store.exists(u.fileName())) {
      journal.abandon(u.articleId());
      log.info("An interrupted /add of {} had not written its file: dropped", u.articleId());
      return;
    }
    Article article;
    try {
      article = store.read(u.fileName());
    } catch (UnreadableArticleException e) {
      log.warn(
          "An interrupted /add left {} unreadable ({}): moved aside", u.fileName(), e.getMessage());
      store.moveAside(u.articleId());
      journal.abandon(u.articleId());
      return;
    }
    if (index.find(article.id()).isEmpty()) index.put(article);
    journal.finish(summaryOf(article));
    finished.add(article.id());
    log.info("Finished the interrupted /add of {}", article.id());
  }

  private static ArticleSummary summaryOf(Article a) {
    return new ArticleSummary(
        a.id(), a.title(), a.source(), a.url(), a.published(), a.paragraphs().size());
  }

  /**
   * Takes an article out of the index and moves its file aside (not deleted).
   *
   * @return false when there is no such article
   * @throws ReindexInProgressException while a rebuild runs (it would bring the article back)
   */
  public synchronized boolean remove(String articleId)
      throws IOException, ReindexInProgressException {
    String id = articleId.strip();
    if (id.isEmpty() || id.contains("/") || id.contains("\\") || id.startsWith(".")) return false;
    if (!corpusLock.tryLock()) throw new ReindexInProgressException();
    boolean indexed;
    boolean moved;
    try {
      indexed = index.remove(id);
      moved = store.moveAside(id).isPresent();
    } finally {
      corpusLock.unlock();
    }
    if (indexed || moved) log.info("Removed article {}", id);
    return indexed || moved;
  }
}
