package org.peacetalks.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.CorpusLoad;
import org.peacetalks.corpus.Paragraph;

/**
 * The paragraph index on disk (or in memory for tests) and the searchers over it.
 *
 * <p>Every change is one Lucene commit: a rebuild that fails or is killed before it commits
 * leaves the previous commit serving, and searchers move to the new commit only after it
 * succeeds ({@link SearcherManager}). Writes are serialised; searches run concurrently with
 * them and with each other. Thread-safe.
 */
public final class SearchIndex implements AutoCloseable {
  /**
   * Commit user data: the document layout a rebuild wrote, and which model made the vectors. A
   * rebuild stamps both; adding or removing one article keeps the stamp it found.
   */
  private static final String LAYOUT_KEY = "peacetalks.layout";
  private static final String VECTORS_KEY = "peacetalks.vectors";
  /** 2: paragraphs of several sentences carry sentence vectors. */
  private static final String LAYOUT = "2";
  private static final String NO_VECTORS = "none";
  /** Before a model name: articles were added to the index without vectors. */
  private static final String PARTIAL = "partial:";

  /** Merges of one-article changes stay below this size, leaving the rebuild's segments alone. */
  private static final double SMALL_MERGE_MB = 32;

  /** Below one paragraph to reuse per this many documents, vectors are looked up by hash, not scanned. */
  private static final int LOOKUPS_PER_SCAN = 64;

  /** Paragraphs embedded per call (with their sentences): progress is reported after each. */
  private static final int EMBEDDING_BATCH = 32;

  private final Directory directory;
  private final DomainAnalyzer analyzer;
  private final SearcherManager searchers;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final Path path;
  private final PassageEmbedder embedder;
  private volatile EmbeddingProgress progress = EmbeddingProgress.NONE;

  /** Told how far embedding has come during a long rebuild. */
  public interface EmbeddingProgress {
    /** Tells nobody. */
    EmbeddingProgress NONE = (done, total) -> { };

    void embedded(int done, int total);
  }

  private SearchIndex(Directory directory, Path path, PassageEmbedder embedder) throws IOException {
    this.directory = directory;
    this.path = path;
    this.embedder = embedder;
    this.analyzer = new DomainAnalyzer();
    if (!DirectoryReader.indexExists(directory)) {
      try (IndexWriter w = writer(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)) {
        stamp(w);
        w.commit(); // an empty first commit, so searchers can open
      }
    }
    this.searchers = new SearcherManager(directory, null);
  }

  /** Opens (or creates, empty) the index in {@code folder}. */
  public static SearchIndex open(Path folder) throws IOException {
    return open(folder, null);
  }

  /**
   * Opens (or creates, empty) the index in {@code folder}; with an embedder, every paragraph
   * also gets a vector for semantic search.
   */
  public static SearchIndex open(Path folder, PassageEmbedder embedder) throws IOException {
    Files.createDirectories(folder);
    return new SearchIndex(FSDirectory.open(folder), folder, embedder);
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
   * all are taken first, to reuse the vectors of unchanged paragraphs and embed the rest in batches.
   */
  public void rebuild(Iterable<Article> articles) throws IOException {
    write(w -> {
      w.deleteAll();
      if (embedder == null) {
        for (Article a : articles) addArticle(w, a, Map.of());
      } else {
        List<Article> all = new ArrayList<>();
        articles.forEach(all::add);
        Map<String, ParagraphVectors> vectors = vectorsFor(all);
        for (Article a : all) addArticle(w, a, vectors);
      }
      stamp(w);
    });
  }

  private void stamp(IndexWriter w) {
    w.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT, VECTORS_KEY, vectorsName()).entrySet());
  }

  /** The user data of the commit being served: the last rebuild's stamp (empty before stamps). */
  private Map<String, String> commitStamp() throws IOException {
    return withSearcher(SearchIndex::stampOf);
  }

  private static Map<String, String> stampOf(IndexSearcher s) throws IOException {
    return ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData();
  }

  /**
   * Why the index should be rebuilt before it serves this version of the bot as it should, or
   * null when it need not: it was built by an older version (without sentence vectors), without
   * the vectors the configured embedder gives, or by another model; or articles were added to it
   * without vectors. An index with vectors serves a lexical-only configuration as it is. Until
   * the rebuild, questions are answered by words alone where the vectors do not fit.
   */
  public String staleReason() throws IOException {
    Map<String, String> stamp = commitStamp();
    if (!LAYOUT.equals(stamp.get(LAYOUT_KEY))) return "it was built by an older version of the bot";
    String stamped = stamp.get(VECTORS_KEY);
    if (embedder == null || vectorsName().equals(stamped)) return null;
    if ((PARTIAL + vectorsName()).equals(stamped)) {
      return "some of its paragraphs have no embeddings (added while search.semantic was false)";
    }
    return NO_VECTORS.equals(stamped)
        ? "it was built without embeddings (search.semantic was false)"
        : "its embeddings come from another model (" + stamped + ")";
  }

  private String vectorsName() {
    return embedder == null ? NO_VECTORS : embedder.name();
  }

  /**
   * Whether the served index's vectors can be reused for this embedder: made by the same model
   * (all or some of them), or stamped by no one (an index from before stamps, whose vectors were
   * bge-small's; their length is checked one by one).
   */
  private boolean vectorsReusable(Map<String, String> stamp) {
    String stamped = stamp.get(VECTORS_KEY);
    if (stamped == null) return !stamp.containsKey(LAYOUT_KEY);
    return stamped.equals(vectorsName()) || stamped.equals(PARTIAL + vectorsName());
  }

  /** Adds an article, or replaces the one with the same id; other articles are untouched. */
  public void put(Article article) throws IOException {
    writeSmall(w -> {
      Map<String, String> stamp = commitStamp(); // the last commit's: writes are serialised
      Map<String, ParagraphVectors> vectors = vectorsFor(List.of(article));
      w.deleteDocuments(IndexSchema.articleTerm(article.id()));
      addArticle(w, article, vectors);
      String stamped = stamp.get(VECTORS_KEY);
      if (embedder == null && stamped != null && !stamped.equals(NO_VECTORS) && !stamped.startsWith(PARTIAL)) {
        // Paragraphs without vectors among ones with: a later semantic run rebuilds, reusing the rest.
        Map<String, String> partial = new HashMap<>(stamp);
        partial.put(VECTORS_KEY, PARTIAL + stamped);
        w.setLiveCommitData(partial.entrySet());
      }
    });
  }

  /** Removes an article; returns false when it was not indexed. */
  public boolean remove(String articleId) throws IOException {
    if (find(articleId).isEmpty()) return false;
    writeSmall(w -> w.deleteDocuments(IndexSchema.articleTerm(articleId)));
    return true;
  }

  private static void addArticle(IndexWriter w, Article a, Map<String, ParagraphVectors> vectors) throws IOException {
    List<Document> docs = new ArrayList<>(a.paragraphs().size() + 1);
    for (Paragraph p : a.paragraphs()) {
      ParagraphVectors v = vectors.isEmpty() ? null : vectors.get(IndexSchema.textHash(p.text()));
      docs.add(IndexSchema.paragraphDocument(a, p, v));
    }
    docs.add(IndexSchema.metaDocument(a));
    w.addDocuments(docs);
  }

  /**
   * The vectors of every paragraph of these articles: reused from the current index where the
   * text is unchanged, embedded otherwise. Empty without an embedder.
   */
  private Map<String, ParagraphVectors> vectorsFor(List<Article> articles) throws IOException {
    Map<String, ParagraphVectors> out = new HashMap<>();
    if (embedder == null) return out;
    Map<String, String> missing = new LinkedHashMap<>();
    for (Article a : articles) {
      for (Paragraph p : a.paragraphs()) missing.putIfAbsent(IndexSchema.textHash(p.text()), p.text());
    }
    withSearcher(s -> {
      // Stamp and vectors read from one commit, so they cannot belong to different rebuilds.
      if (vectorsReusable(stampOf(s))) reuseVectors(s, missing, out, embedder.dimension());
      return null;
    });
    List<String> hashes = new ArrayList<>(missing.keySet());
    List<String> texts = new ArrayList<>(missing.values());
    for (int from = 0; from < texts.size(); from += EMBEDDING_BATCH) {
      int to = Math.min(texts.size(), from + EMBEDDING_BATCH);
      List<ParagraphVectors> embedded = embed(texts.subList(from, to));
      for (int i = from; i < to; i++) out.put(hashes.get(i), embedded.get(i - from));
      progress.embedded(to, texts.size());
    }
    return out;
  }

  /**
   * Moves from {@code missing} to {@code out} each paragraph whose vectors the index already
   * holds: its paragraph vector and, if it has several sentences, theirs (an index built before
   * sentence vectors existed has only the former, so those paragraphs are embedded again).
   */
  private static void reuseVectors(IndexSearcher s, Map<String, String> missing, Map<String, ParagraphVectors> out,
      int dimension) throws IOException {
    if ((long) missing.size() * LOOKUPS_PER_SCAN < s.getIndexReader().maxDoc()) {
      reuseByLookup(s, missing, out, dimension);
      return;
    }
    StoredFields stored = s.storedFields();
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexSchema.VECTOR);
      if (values == null || values.dimension() != dimension) continue;
      BinaryDocValues sentences = leaf.reader().getBinaryDocValues(IndexSchema.SENTENCE_VECTORS);
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        String hash = stored.document(leaf.docBase + doc, Set.of(IndexSchema.TEXT_HASH)).get(IndexSchema.TEXT_HASH);
        String text = hash == null ? null : missing.get(hash);
        if (text == null) continue;
        BytesRef packed = sentences != null && sentences.advanceExact(doc) ? BytesRef.deepCopyOf(sentences.binaryValue()) : null;
        if (packed == null && SentenceSplitter.split(text).size() > 1) continue;
        out.put(hash, new ParagraphVectors(values.vectorValue().clone(), packed));
        missing.remove(hash);
      }
    }
  }

  /**
   * As {@link #reuseVectors}, by one term query per paragraph hash: for a few paragraphs (an
   * /add), so the cost does not grow with the index. Paragraphs indexed before the hash was a
   * term are not found this way; theirs are embedded again, as any new paragraph.
   */
  private static void reuseByLookup(IndexSearcher s, Map<String, String> missing, Map<String, ParagraphVectors> out,
      int dimension) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    for (String hash : new ArrayList<>(missing.keySet())) {
      TopDocs top = s.search(new TermQuery(new Term(IndexSchema.TEXT_HASH, hash)), 1);
      if (top.scoreDocs.length == 0) continue;
      int doc = top.scoreDocs[0].doc;
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      int local = doc - leaf.docBase;
      FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexSchema.VECTOR);
      if (values == null || values.dimension() != dimension || values.advance(local) != local) continue;
      BinaryDocValues sentences = leaf.reader().getBinaryDocValues(IndexSchema.SENTENCE_VECTORS);
      BytesRef packed = sentences != null && sentences.advanceExact(local) ? BytesRef.deepCopyOf(sentences.binaryValue()) : null;
      String text = missing.get(hash);
      if (packed == null && SentenceSplitter.split(text).size() > 1) continue;
      out.put(hash, new ParagraphVectors(values.vectorValue().clone(), packed));
      missing.remove(hash);
    }
  }

  /** Embeds paragraphs, and the sentences of those that have several, in one call. */
  private List<ParagraphVectors> embed(List<String> paragraphs) {
    List<String> units = new ArrayList<>();
    List<Integer> sentenceCounts = new ArrayList<>();
    for (String text : paragraphs) {
      units.add(text);
      List<String> sentences = SentenceSplitter.split(text);
      if (sentences.size() > 1) units.addAll(sentences);
      sentenceCounts.add(sentences.size() > 1 ? sentences.size() : 0);
    }
    List<float[]> vectors = embedder.embedPassages(units);
    List<ParagraphVectors> out = new ArrayList<>(paragraphs.size());
    int at = 0;
    for (int count : sentenceCounts) {
      float[] paragraph = vectors.get(at++);
      BytesRef packed = count == 0 ? null : SentenceVectors.encode(vectors.subList(at, at + count));
      at += count;
      out.add(new ParagraphVectors(paragraph, packed));
    }
    return out;
  }

  private interface Change {
    void apply(IndexWriter writer) throws IOException;
  }

  private void write(Change change) throws IOException {
    write(change, false);
  }

  /**
   * A change of one article: merges only among small segments, so that an /add never waits at
   * close for a merge of the rebuild's large segments (rebuilding their vector graphs takes
   * seconds at 100,000 paragraphs); the next rebuild compacts everything anyway.
   */
  private void writeSmall(Change change) throws IOException {
    write(change, true);
  }

  private void write(Change change, boolean small) throws IOException {
    writeLock.lock();
    try {
      IndexWriter w;
      try {
        w = writer(IndexWriterConfig.OpenMode.CREATE_OR_APPEND, small);
      } catch (LockObtainFailedException e) {
        throw new IOException("the index" + (path == null ? "" : " at " + path)
            + " is locked by another process (is the bot running? use /reindex there)", e);
      }
      try {
        change.apply(w);
        w.commit();
        w.close();
      } catch (IOException | RuntimeException | Error e) {
        w.rollback(); // the last commit stays the index
        throw e;
      }
      searchers.maybeRefreshBlocking();
    } finally {
      writeLock.unlock();
    }
  }

  private IndexWriter writer(IndexWriterConfig.OpenMode mode) throws IOException {
    return writer(mode, false);
  }

  /** @param small merge only segments that stay under {@link #SMALL_MERGE_MB} (see {@link #writeSmall}) */
  private IndexWriter writer(IndexWriterConfig.OpenMode mode, boolean small) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(mode);
    config.setCommitOnClose(false);
    if (small) config.setMergePolicy(new TieredMergePolicy().setMaxMergedSegmentMB(SMALL_MERGE_MB));
    return new IndexWriter(directory, config);
  }

  /** Runs {@code work} on a searcher of the latest commit. */
  <T> T withSearcher(SearcherWork<T> work) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return work.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** Every indexed article, in id order. */
  public List<ArticleSummary> articles() throws IOException {
    return withSearcher(s -> {
      TopDocs top = s.search(new TermQuery(IndexSchema.metaTerm()), Math.max(1, s.getIndexReader().maxDoc()));
      StoredFields stored = s.storedFields();
      List<ArticleSummary> out = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) out.add(IndexSchema.summaryOf(stored.document(sd.doc)));
      out.sort(Comparator.comparing(ArticleSummary::id));
      return out;
    });
  }

  /** One indexed article's summary. */
  public Optional<ArticleSummary> find(String articleId) throws IOException {
    return withSearcher(s -> {
      BooleanQuery q = new BooleanQuery.Builder()
          .add(new TermQuery(IndexSchema.metaTerm()), Occur.FILTER)
          .add(new TermQuery(IndexSchema.articleTerm(articleId)), Occur.FILTER)
          .build();
      TopDocs top = s.search(q, 1);
      return top.scoreDocs.length == 0
          ? Optional.empty()
          : Optional.of(IndexSchema.summaryOf(s.storedFields().document(top.scoreDocs[0].doc)));
    });
  }

  /** The indexed article with this content hash, to refuse a second copy of one. */
  public Optional<ArticleSummary> findByContentHash(String hash) throws IOException {
    return withSearcher(s -> {
      TopDocs top = s.search(new TermQuery(IndexSchema.metaTerm()), Math.max(1, s.getIndexReader().maxDoc()));
      StoredFields stored = s.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = stored.document(sd.doc);
        if (hash.equals(d.get(IndexSchema.HASH))) return Optional.of(IndexSchema.summaryOf(d));
      }
      return Optional.empty();
    });
  }

  /** Paragraphs {@code from..to} (inclusive) of an article, in order. */
  public List<Paragraph> paragraphs(String articleId, int from, int to) throws IOException {
    return withSearcher(s -> {
      BooleanQuery q = new BooleanQuery.Builder()
          .add(new TermQuery(IndexSchema.articleTerm(articleId)), Occur.FILTER)
          .add(IntPoint.newRangeQuery(IndexSchema.ORDINAL, from, to), Occur.FILTER)
          .build();
      TopDocs top = s.search(q, Math.max(1, to - from + 1));
      StoredFields stored = s.storedFields();
      List<Paragraph> out = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = stored.document(sd.doc);
        out.add(new Paragraph(d.getField(IndexSchema.ORDINAL).numericValue().intValue(),
            d.get(IndexSchema.SECTION), d.get(IndexSchema.TEXT)));
      }
      out.sort(Comparator.comparingInt(Paragraph::ordinal));
      return out;
    });
  }

  /** Articles, paragraphs and bytes on disk of the latest commit. */
  public IndexStats stats() throws IOException {
    int articles = withSearcher(s -> s.count(new TermQuery(IndexSchema.metaTerm())));
    int docs = withSearcher(s -> s.getIndexReader().numDocs());
    long bytes = 0;
    for (String file : directory.listAll()) {
      try {
        bytes += directory.fileLength(file);
      } catch (IOException e) {
        // a file removed by a concurrent commit: no longer part of the index
      }
    }
    return new IndexStats(articles, docs - articles, bytes);
  }

  /**
   * Closes the searchers, the directory and the embedder (which the index owns). Waits a while
   * for a change in progress to commit or roll back first.
   */
  @Override
  public void close() throws IOException {
    boolean locked = false;
    try {
      locked = writeLock.tryLock(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      searchers.close();
      directory.close();
    } finally {
      if (embedder != null) embedder.close();
      if (locked) writeLock.unlock();
    }
  }
}
