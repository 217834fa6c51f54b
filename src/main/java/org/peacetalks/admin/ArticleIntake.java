package org.peacetalks.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.ArticleStore;
import org.peacetalks.corpus.UnreadableArticleException;
import org.peacetalks.search.ArticleSummary;
import org.peacetalks.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds an article an admin uploaded or typed: checks it (type, size, UTF-8, readable text),
 * refuses a second copy of an article already indexed, stores it under a name the bot makes
 * (the uploaded name only lends its extension), and indexes just that article. Removes one too,
 * moving its file aside. Thread-safe: one change at a time.
 */
public final class ArticleIntake {
  private static final Logger log = LoggerFactory.getLogger(ArticleIntake.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final ArticleStore store;
  private final SearchIndex index;
  private final Clock clock;
  private final Consumer<ArticleSummary> onAdded;
  private final Lock corpusLock;

  /** An intake with a lock of its own: for a corpus nothing else rebuilds. */
  public ArticleIntake(ArticleStore store, SearchIndex index, Clock clock, Consumer<ArticleSummary> onAdded) {
    this(store, index, clock, onAdded, new ReentrantLock());
  }

  /**
   * @param onAdded told of every article added (the digest records when it arrived)
   * @param corpusLock the {@link Reindexer#corpusLock()}: while a rebuild holds it, adding or
   *     removing is refused rather than silently undone by the rebuild
   */
  public ArticleIntake(ArticleStore store, SearchIndex index, Clock clock, Consumer<ArticleSummary> onAdded,
      Lock corpusLock) {
    this.store = store;
    this.index = index;
    this.clock = clock;
    this.onAdded = onAdded;
    this.corpusLock = corpusLock;
  }

  /**
   * Adds an uploaded file.
   *
   * @param uploadedName the name the user's file had: only its extension is used
   */
  public synchronized IntakeResult addFile(String uploadedName, byte[] content) throws IOException {
    Optional<String> refusal = checkName(uploadedName);
    if (refusal.isPresent()) return IntakeResult.refused(refusal.get());
    String ext = ArticleParser.extensionOf(uploadedName.strip());
    return add(ext.equals(".htm") ? ".html" : ext, content);
  }

  /**
   * Why a file of this uploaded name would be refused for its type, or empty when its type can be
   * added. Lets the chat refuse a file before downloading it.
   */
  public static Optional<String> checkName(String uploadedName) {
    String ext = ArticleParser.extensionOf(uploadedName == null ? "" : uploadedName.strip());
    if (ArticleParser.EXTENSIONS.contains(ext)) return Optional.empty();
    return Optional.of("Only .txt, .md and .html files can be added"
        + (ext.isEmpty() ? "." : " (this one is " + ext + ")."));
  }

  /** Adds an article typed in the chat: the first line is the title, the rest paragraphs. */
  public synchronized IntakeResult addText(String text) throws IOException {
    if (text == null || text.isBlank()) {
      return IntakeResult.refused("Send the article after /add: the first line is the title, then the paragraphs.");
    }
    String normalized = text.strip().replace("\r\n", "\n");
    if (!normalized.contains("\n")) {
      return IntakeResult.refused("An article needs a title line and at least one paragraph below it.");
    }
    return add(".txt", (normalized + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private IntakeResult add(String ext, byte[] content) throws IOException {
    if (!corpusLock.tryLock()) {
      return IntakeResult.refused("A reindex is running: send the article again when it has finished.");
    }
    try {
      return addUnderLock(ext, content);
    } finally {
      corpusLock.unlock();
    }
  }

  private IntakeResult addUnderLock(String ext, byte[] content) throws IOException {
    String hash = ArticleParser.sha256(content);
    Optional<ArticleSummary> existing = index.findByContentHash(hash);
    if (existing.isPresent()) {
      ArticleSummary e = existing.get();
      return new IntakeResult(IntakeResult.Outcome.DUPLICATE, e.id(), e.title(), e.paragraphs(),
          "This article is already indexed as " + e.id() + ".");
    }
    String fileName = "added-" + STAMP.format(clock.instant()) + "-" + hash.substring(0, 8) + ext;
    Article article;
    try {
      article = store.parser().parse(fileName, content);
    } catch (UnreadableArticleException e) {
      return IntakeResult.refused("The file cannot be added: " + e.getMessage() + ".");
    }
    store.write(fileName, content);
    try {
      index.put(article);
    } catch (IOException | RuntimeException e) {
      store.moveAside(article.id()); // keep folder and index in step
      throw e;
    }
    log.info("Added article {} ({} paragraphs)", article.id(), article.paragraphs().size());
    ArticleSummary summary = new ArticleSummary(article.id(), article.title(), article.source(), article.url(),
        article.published(), article.paragraphs().size());
    onAdded.accept(summary);
    return new IntakeResult(IntakeResult.Outcome.ADDED, article.id(), article.title(), article.paragraphs().size(), null,
        article.paragraphs().get(0).text());
  }

  /**
   * Takes an article out of the index and moves its file aside (not deleted).
   *
   * @return false when there is no such article
   * @throws ReindexInProgressException while a rebuild runs (it would bring the article back)
   */
  public synchronized boolean remove(String articleId) throws IOException, ReindexInProgressException {
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
