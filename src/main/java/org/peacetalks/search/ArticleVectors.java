package org.peacetalks.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.Paragraph;

/**
 * The vectors of articles' paragraphs, by paragraph text hash: reused from the index where a
 * paragraph's text is unchanged, embedded otherwise (the paragraph and, when it has several
 * sentences, each sentence). Thread-safe when its embedder is.
 */
final class ArticleVectors {
  /**
   * Below one paragraph to reuse per this many documents, vectors are looked up by hash, not
   * scanned.
   */
  private static final int LOOKUPS_PER_SCAN = 64;

  /** Paragraphs embedded per call (with their sentences): progress is reported after each. */
  private static final int EMBEDDING_BATCH = 32;

  private final PassageEmbedder embedder;
  private final IndexStamp stamp;

  ArticleVectors(PassageEmbedder embedder, IndexStamp stamp) {
    this.embedder = embedder;
    this.stamp = stamp;
  }

  /**
   * The vectors of every paragraph of these articles, reusing what {@code current} (a searcher of
   * the commit being replaced) holds. Empty without an embedder.
   */
  Map<String, ParagraphVectors> of(
      List<Article> articles, IndexSearcher current, SearchIndex.EmbeddingProgress progress)
      throws IOException {
    Map<String, ParagraphVectors> out = new HashMap<>();
    if (embedder == null) return out;
    Map<String, String> missing = new LinkedHashMap<>();
    for (Article a : articles) {
      for (Paragraph p : a.paragraphs())
        missing.putIfAbsent(IndexSchema.textHash(p.text()), p.text());
    }
    // Stamp and vectors read from one commit, so they cannot belong to different rebuilds.
    if (stamp.vectorsReusable(IndexStamp.of(current)))
      reuse(current, missing, out, embedder.dimension());
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
   * Moves from {@code missing} to {@code out} each paragraph whose vectors the index already holds:
   * its paragraph vector and, if it has several sentences, theirs (an index built before sentence
   * vectors existed has only the former, so those paragraphs are embedded again).
   */
  private static void reuse(
      IndexSearcher s,
      Map<String, String> missing,
      Map<String, ParagraphVectors> out,
      int dimension)
      throws IOException {
    if ((long) missing.size() * LOOKUPS_PER_SCAN < s.getIndexReader().maxDoc()) {
      reuseByLookup(s, missing, out, dimension);
      return;
    }
    StoredFields stored = s.storedFields();
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexSchema.VECTOR);
      if (values == null || values.dimension() != dimension) continue;
      BinaryDocValues sentences = leaf.reader().getBinaryDocValues(IndexSchema.SENTENCE_VECTORS);
      for (int doc = values.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        String hash =
            stored
                .document(leaf.docBase + doc, Set.of(IndexSchema.TEXT_HASH))
                .get(IndexSchema.TEXT_HASH);
        String text = hash == null ? null : missing.get(hash);
        if (text == null) continue;
        BytesRef packed =
            sentences != null && sentences.advanceExact(doc)
                ? BytesRef.deepCopyOf(sentences.binaryValue())
                : null;
        if (packed == null && SentenceSplitter.split(text).size() > 1) continue;
        out.put(hash, new ParagraphVectors(values.vectorValue().clone(), packed));
        missing.remove(hash);
      }
    }
  }

  /**
   * As {@link #reuse}, by one term query per paragraph hash: for a few paragraphs (an /add), so the
   * cost does not grow with the index. Paragraphs indexed before the hash was a term are not found
   * this way; theirs are embedded again, as any new paragraph.
   */
  private static void reuseByLookup(
      IndexSearcher s,
      Map<String, String> missing,
      Map<String, ParagraphVectors> out,
      int dimension)
      throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    for (String hash : new ArrayList<>(missing.keySet())) {
      TopDocs top = s.search(new TermQuery(new Term(IndexSchema.TEXT_HASH, hash)), 1);
      if (top.scoreDocs.length == 0) continue;
      int doc = top.scoreDocs[0].doc;
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      int local = doc - leaf.docBase;
      FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexSchema.VECTOR);
      if (values == null || values.dimension() != dimension || values.advance(local) != local)
        continue;
      BinaryDocValues sentences = leaf.reader().getBinaryDocValues(IndexSchema.SENTENCE_VECTORS);
      BytesRef packed =
          sentences != null && sentences.advanceExact(local)
              ? BytesRef.deepCopyOf(sentences.binaryValue())
              : null;
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
}
