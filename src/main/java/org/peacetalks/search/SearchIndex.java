package org.peacetalks.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.CorpusLoad;
import org.peacetalks.corpus.Paragraph;

/**
 * The paragraph index on disk (or in memory for tests) and the searchers over it: the front door to
 * its parts, {@link IndexCommits} (the writer and the commit lifecycle), {@link IndexStamp} (how a
 * commit was built, and whether it still fits), {@link ArticleVectors} (vectors reused or embedded)
 * and {@link ArticleCatalogue} (the articles it holds).
 *
 * <p>Every change is one Lucene commit, made before the method returns: a rebuild that fails or is
 * killed before it commits leaves the previous commit serving, and searchers move to the new commit
 * only after it succeeds. Writes are serialised; searches run concurrently with them and with each
 * other. Thread-safe.
 */
public final class SearchIndex implements AutoCloseable {
  /**
   * At most this much of new segments is held in memory until a commit writes it out (far more than
   * one feed batch); a segment that would not fit goes to the disk directly.
   */
  private static final double CACHED_MB = 48;

  private final DomainAnalyzer analyzer;
  private final PassageEmbedder embedder;
  private final IndexStamp stamp;
  private final ArticleVectors vectors;
  private final IndexCommits commits;
  private volatile EmbeddingProgress progress = EmbeddingProgress.NONE;

  /** Told how far embedding has come during a long rebuild. */
  public interface EmbeddingProgress {
    /** Tells nobody. */
    EmbeddingProgress NONE = (done, total) -> {};

    void embedded(int done, int total);
  }

  private SearchIndex(Directory directory, Path path, PassageEmbedder embedder) throws IOException {
    this.embedder = embedder;
    this.analyzer = new DomainAnalyzer();
    this.stamp = new IndexStamp(embedder);
    this.vectors = new ArticleVectors(embedder, stamp);
    this.commits = new IndexCommits(directory, path, analyzer, stamp::stampRebuild);
  }

  /** Opens (or creates, empty) the index in {@code folder}. */
  public static SearchIndex open(Path folder) throws IOException {
    return open(folder, null);
  }

  /**
   * Opens (or creates, empty) the index in {@code folder}; with an embedder, every paragraph also
   * gets a vector for semantic search.
   */
  public static SearchIndex open(Path folder, PassageEmbedder embedder) throws IOException {
    Files.createDirectories(folder);
    return new SearchIndex(cachingSmallSegments(FSDirectory.open(folder)), folder, embedder);
  }

  /**
   * The folder behind a cache of small new segments: an /add's flushed segment (about 80 KB, some
   * twenty per-format files packed into a compound file, the loose ones deleted) and merges of such
   * segments are written in memory, and only the packed files reach the disk, at the commit. On a
   * disk where creating and deleting files is slow, that took a fifth to a third off the CPU of the
   * thread making an /add in three of four pairs of runs under load, and a third off its commit in
   * the one pair timed step by step. A rebuild's segments (16 MB flushes) and larger merges go to
   * the disk directly.
   *
   * <p>Durability is unchanged: a commit syncs every file it references, and {@link
   * NRTCachingDirectory#sync} first writes a cached file to the folder and then fsyncs it there, so
   * when {@link IndexCommits#change} returns, the commit's files are on the disk as before; the
   * commit point ({@code segments_N}) is never cached. What a kill loses is only what no commit
   * references yet, which Lucene deletes at the next open anyway. Closing writes out what is still
   * cached.
   */
  private static Directory cachingSmallSegments(Directory folder) {
    return new NRTCachingDirectory(folder, IndexCommits.SMALL_MERGE_MB, CACHED_MB);
  }

  /** An index in memory, for tests and benchmarks. */
  public static SearchIndex inMemory() throws IOException {
    return inMemory(null);
  }

  /** An index in memory with vectors from {@code embedder} (may be null). */
  public static SearchIndex inMemory(PassageEmbedder embedder) throws IOException {
    return new SearchIndex(new ByteBuffersDirectory(), null, embedder);
  }

  /** The embedder paragraphs are indexed with, or {@code null} for lexical only. */
  public PassageEmbedder embedder() {
    return embedder;
  }

  public void onEmbeddingProgress(EmbeddingProgress listener) {
    this.progress = listener;
  }

  /** True when an index has been committed in {@code folder} (it may hold no articles). */
  public static boolean existsIn(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) return false;
    try (Directory dir = FSDirectory.open(folder)) {
      return DirectoryReader.indexExists(dir);
    }
  }

  DomainAnalyzer analyzer() {
    return analyzer;
  }

  /** Replaces the whole index with these articles, in one commit. */
  public void rebuild(CorpusLoad corpus) throws IOException {
    rebuild(corpus.articles());
  }

  /**
   * Replaces the whole index with these articles, in one commit. Without an embedder each article
   * is indexed as it comes (so a feed that parses ahead overlaps parsing with indexing); with one,
   * all are taken first, to reuse the vectors of unchanged paragraphs and embed the rest in
   * batches.
   */
  public void rebuild(Iterable<Article> articles) throws IOException {
    commits.change(
        w -> {
          w.deleteAll();
          if (embedder == null) {
            for (Article a : articles) addArticle(w, a, Map.of());
          } else {
            List<Article> all = new ArrayList<>();
            articles.forEach(all::add);
            // Read from the last commit: the deletion above is not committed yet.
            Map<String, ParagraphVectors> found =
                commits.withSearcher(s -> vectors.of(all, s, progress));
            for (Article a : all) addArticle(w, a, found);
          }
          stamp.stampRebuild(w);
        },
        false);
  }

  /**
   * Why the index should be rebuilt before it serves this version of the bot as it should, or null
   * when it need not: it was built by an older version (without sentence vectors), without the
   * vectors the configured embedder gives, or by another model; or articles were added to it
   * without vectors. An index with vectors serves a lexical-only configuration as it is. Until the
   * rebuild, questions are answered by words alone where the vectors do not fit.
   */
  public String staleReason() throws IOException {
    return stamp.staleReason(withSearcher(IndexStamp::of), embedder != null);
  }

  /**
   * Which commit searches read now: it changes with every change to the index, so what was read
   * from one version holds while the version does.
   */
  public long version() throws IOException {
    return withSearcher(s -> ((DirectoryReader) s.getIndexReader()).getVersion());
  }

  /** Adds an article, or replaces the one with the same id; other articles are untouched. */
  public void put(Article article) throws IOException {
    putAll(List.of(article));
  }

  /**
   * Adds these articles, each replacing the one with the same id (the last one given wins when two
   * share an id), in one commit and one searcher refresh: what a batch of articles costs once
   * rather than once per article. Other articles are untouched; when the commit fails, none is
   * added.
   */
  public void putAll(List<Article> articles) throws IOException {
    putAll(articles, Vectors.NONE);
  }

  /**
   * The vectors of these articles' paragraphs, reused from the index or embedded now, to hand to
   * {@link #putAll(List, Vectors)} later: the model's time is then spent before the caller takes
   * its locks rather than under them. Empty without an embedder.
   */
  public Vectors embed(List<Article> articles) throws IOException {
    if (embedder == null || articles.isEmpty()) return Vectors.NONE;
    List<Article> batch = List.copyOf(articles);
    return new Vectors(commits.withSearcher(s -> vectors.of(batch, s, progress)));
  }

  /**
   * As {@link #putAll(List)}, with vectors from {@link #embed} for some or all of the paragraphs;
   * the others are reused or embedded under the index's lock, as without.
   */
  public void putAll(List<Article> articles, Vectors ready) throws IOException {
    if (articles.isEmpty()) return;
    List<Article> batch = List.copyOf(articles);
    record Found(Map<String, String> stamp, Map<String, ParagraphVectors> vectors) {}
    commits.change(
        w -> {
          // The last commit's stamp and vectors, from one searcher: writes are serialised.
          Found found =
              commits.withSearcher(
                  s -> new Found(IndexStamp.of(s), vectors.of(batch, ready.byText, s, progress)));
          for (Article article : batch) {
            // A delete applies to the documents added before it, so a repeated id replaces.
            w.deleteDocuments(IndexSchema.articleTerm(article.id()));
            addArticle(w, article, found.vectors());
          }
          stamp.afterAdd(w, found.stamp(), embedder != null);
        },
        true);
  }

  /**
   * Paragraph vectors embedded ahead of a change ({@link #embed}), by the hash of the paragraph's
   * text. They depend on the text and the model alone, so they stay good while the index changes.
   */
  public static final class Vectors {
    static final Vectors NONE = new Vectors(Map.of());

    private final Map<String, ParagraphVectors> byText;

    private Vectors(Map<String, ParagraphVectors> byText) {
      this.byText = Map.copyOf(byText);
    }
  }

  /** Removes an article; returns false when it was not indexed. */
  public boolean remove(String articleId) throws IOException {
    if (find(articleId).isEmpty()) return false;
    commits.change(w -> w.deleteDocuments(IndexSchema.articleTerm(articleId)), true);
    return true;
  }

  private static void addArticle(IndexWriter w, Article a, Map<String, ParagraphVectors> vectors)
      throws IOException {
    List<Document> docs = new ArrayList<>(a.paragraphs().size() + 1);
    for (Paragraph p : a.paragraphs()) {
      ParagraphVectors v = vectors.isEmpty() ? null : vectors.get(IndexSchema.textHash(p.text()));
      docs.add(IndexSchema.paragraphDocument(a, p, v));
    }
    docs.add(IndexSchema.metaDocument(a));
    w.addDocuments(docs);
  }

  /** Runs {@code work} on a searcher of the latest commit. */
  <T> T withSearcher(SearcherWork<T> work) throws IOException {
    return commits.withSearcher(work);
  }

  interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** Every indexed article, in id order. */
  public List<ArticleSummary> articles() throws IOException {
    return withSearcher(ArticleCatalogue::all);
  }

  /** One indexed article's summary. */
  public Optional<ArticleSummary> find(String articleId) throws IOException {
    return withSearcher(s -> ArticleCatalogue.find(s, articleId));
  }

  /** The indexed ones of these articles, read in one query (in no particular order). */
  public List<ArticleSummary> find(Collection<String> articleIds) throws IOException {
    return withSearcher(s -> ArticleCatalogue.find(s, articleIds));
  }

  /**
   * Paragraphs {@code from..to} (inclusive) of each of these articles, in order, read in one query
   * from one commit; an article with none is absent.
   */
  public Map<String, List<Paragraph>> paragraphs(Collection<String> articleIds, int from, int to)
      throws IOException {
    return withSearcher(s -> ArticleCatalogue.paragraphs(s, articleIds, from, to));
  }

  /** The indexed article with this content hash, to refuse a second copy of one. */
  public Optional<ArticleSummary> findByContentHash(String hash) throws IOException {
    return withSearcher(s -> ArticleCatalogue.findByContentHash(s, hash));
  }

  /** Paragraphs {@code from..to} (inclusive) of an article, in order. */
  public List<Paragraph> paragraphs(String articleId, int from, int to) throws IOException {
    return withSearcher(s -> ArticleCatalogue.paragraphs(s, articleId, from, to));
  }

  /** Articles, paragraphs and bytes on disk of the latest commit, all read from that one commit. */
  public IndexStats stats() throws IOException {
    return withSearcher(
        s -> {
          int articles = s.count(new TermQuery(IndexSchema.metaTerm()));
          int docs = s.getIndexReader().numDocs();
          long bytes = 0;
          Directory directory = commits.directory();
          for (String file :
              ((DirectoryReader) s.getIndexReader()).getIndexCommit().getFileNames()) {
            try {
              bytes += directory.fileLength(file);
            } catch (IOException e) {
              // the commit's files are kept while a reader holds it; a missing one counts as
              // nothing
            }
          }
          return new IndexStats(articles, docs - articles, bytes);
        });
  }

  /**
   * Closes the writer, the searchers, the directory and the embedder (which the index owns). Waits
   * a while for a change in progress to commit or roll back first.
   */
  @Override
  public void close() throws IOException {
    try {
      commits.close();
    } finally {
      if (embedder != null) embedder.close();
    }
  }
}
