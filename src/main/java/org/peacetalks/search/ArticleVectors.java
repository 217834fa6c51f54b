package org.peacetalks.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
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
   * In a segment whose hashes are not terms, below one paragraph to reuse per this many documents,
   * its stored hashes are not read (the paragraphs are embedded instead).
   */
  private static final int MOST_DOCUMENTS_PER_SCANNED_PARAGRAPH = 64;

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
    return of(articles, Map.of(), current, progress);
  }

  /**
   * As {@link #of(List, IndexSearcher, SearchIndex.EmbeddingProgress)}, taking the vectors {@code
   * ready} holds (by text hash) as they are: embedded earlier, outside the index's lock.
   */
  Map<String, ParagraphVectors> of(
      List<Article> articles,
      Map<String, ParagraphVectors> ready,
      IndexSearcher current,
      SearchIndex.EmbeddingProgress progress)
      throws IOException {
    Map<String, ParagraphVectors> out = new HashMap<>();
    if (embedder == null) return out;
    Map<String, String> missing = new LinkedHashMap<>();
    for (Article a : articles) {
      for (Paragraph p : a.paragraphs()) {
        String hash = IndexSchema.textHash(p.text());
        ParagraphVectors known = ready.get(hash);
        if (known != null) out.put(hash, known);
        else missing.putIfAbsent(hash, p.text());
      }
    }
    if (missing.isEmpty()) return out;
    // Stamp and vectors read from one commit, so they cannot belong to different rebuilds.
    if (stamp.vectorsReusable(IndexStamp.of(current)))
      reuse(current, missing, out, embedder.dimension(), embedder.givesWordPieces());
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
   * its paragraph vector, if it has several sentences theirs, and its word pieces' (an index built
   * before sentence vectors or word pieces existed lacks them, so those paragraphs are embedded
   * again).
   *
   * <p>One pass per segment over its text-hash terms, the hashes in term order so that the terms
   * enum only moves forward, then over the documents found, in document order, for their vectors.
   * Its cost grows with the paragraphs asked for, not with the index: a poll that indexes many
   * batches into a growing index stays linear.
   */
  private static void reuse(
      IndexSearcher s,
      Map<String, String> missing,
      Map<String, ParagraphVectors> out,
      int dimension,
      boolean withPieces)
      throws IOException {
    // Hashes are hex digits: their String order is the terms' byte order.
    List<String> sorted = new ArrayList<>(missing.keySet());
    Collections.sort(sorted);
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      if (missing.isEmpty()) return;
      LeafReader reader = leaf.reader();
      FloatVectorValues values = reader.getFloatVectorValues(IndexSchema.VECTOR);
      if (values == null || values.dimension() != dimension) continue;
      Terms terms = reader.terms(IndexSchema.TEXT_HASH);
      if (terms == null) {
        reuseByScan(leaf, missing, out, dimension, withPieces);
        continue;
      }
      TermsEnum hashes = terms.iterator();
      PostingsEnum postings = null;
      Bits live = reader.getLiveDocs();
      List<Found> found = new ArrayList<>();
      for (String hash : sorted) {
        if (!missing.containsKey(hash) || !hashes.seekExact(new BytesRef(hash))) continue;
        postings = hashes.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            found.add(new Found(doc, hash));
            break;
          }
        }
      }
      // Vector and doc-value iterators only move forward.
      found.sort(Comparator.comparingInt(Found::doc));
      Stored stored = Stored.of(reader, withPieces);
      for (Found f : found) {
        if (values.docID() > f.doc() || values.advance(f.doc()) != f.doc()) continue;
        take(f.hash(), values, stored, f.doc(), missing, out);
      }
    }
  }

  /** A document of a segment holding a paragraph text asked for. */
  private record Found(int doc, String hash) {}

  /**
   * As {@link #reuse} for one segment whose text hashes are stored but not indexed (written before
   * the hash was a term), by reading every document's stored hash; only when the paragraphs asked
   * for are many next to the segment, so that an /add on such an index does not read all of it
   * (those paragraphs are embedded again, as any new paragraph).
   */
  private static void reuseByScan(
      LeafReaderContext leaf,
      Map<String, String> missing,
      Map<String, ParagraphVectors> out,
      int dimension,
      boolean withPieces)
      throws IOException {
    if ((long) missing.size() * MOST_DOCUMENTS_PER_SCANNED_PARAGRAPH < leaf.reader().maxDoc())
      return;
    FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexSchema.VECTOR);
    if (values == null || values.dimension() != dimension) return;
    StoredFields stored = leaf.reader().storedFields();
    Stored vectors = Stored.of(leaf.reader(), withPieces);
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      String hash = stored.document(doc, Set.of(IndexSchema.TEXT_HASH)).get(IndexSchema.TEXT_HASH);
      if (hash != null && missing.containsKey(hash)) take(hash, values, vectors, doc, missing, out);
    }
  }

  /**
   * The doc values of one segment beside its paragraph vectors, each null when the segment has
   * none.
   *
   * @param withPieces whether word pieces are wanted: without, they are neither read nor reused
   */
  private record Stored(
      BinaryDocValues sentences,
      boolean wantsPieces,
      BinaryDocValues pieceIds,
      BinaryDocValues pieceVectors) {
    static Stored of(LeafReader reader, boolean withPieces) throws IOException {
      return new Stored(
          reader.getBinaryDocValues(IndexSchema.SENTENCE_VECTORS),
          withPieces,
          withPieces ? reader.getBinaryDocValues(IndexSchema.PIECE_IDS) : null,
          withPieces ? reader.getBinaryDocValues(IndexSchema.PIECE_VECTORS) : null);
    }
  }

  /**
   * Moves one paragraph from {@code missing} to {@code out} with the vectors of {@code doc}, on
   * which {@code values} stands; left missing when its sentences' or word pieces' vectors are not
   * there.
   */
  private static void take(
      String hash,
      FloatVectorValues values,
      Stored stored,
      int doc,
      Map<String, String> missing,
      Map<String, ParagraphVectors> out)
      throws IOException {
    BytesRef sentences = valueOf(stored.sentences(), doc);
    if (sentences == null && SentenceSplitter.split(missing.get(hash)).size() > 1) return;
    BytesRef pieceIds = valueOf(stored.pieceIds(), doc);
    BytesRef pieceVectors = valueOf(stored.pieceVectors(), doc);
    if (stored.wantsPieces() && (pieceIds == null || pieceVectors == null)) return;
    out.put(
        hash,
        new ParagraphVectors(values.vectorValue().clone(), sentences, pieceIds, pieceVectors));
    missing.remove(hash);
  }

  /** A copy of the doc value of {@code doc}, null when there is none. */
  private static BytesRef valueOf(BinaryDocValues values, int doc) throws IOException {
    return values != null && values.docID() <= doc && values.advanceExact(doc)
        ? BytesRef.deepCopyOf(values.binaryValue())
        : null;
  }

  /** Embeds paragraphs with their word pieces, and the sentences of those that have several. */
  private List<ParagraphVectors> embed(List<String> paragraphs) {
    List<String> sentences = new ArrayList<>();
    List<Integer> sentenceCounts = new ArrayList<>();
    for (String text : paragraphs) {
      List<String> split = SentenceSplitter.split(text);
      if (split.size() > 1) sentences.addAll(split);
      sentenceCounts.add(split.size() > 1 ? split.size() : 0);
    }
    List<PassageEmbedder.Encoding> encoded = embedder.encodePassages(paragraphs);
    List<float[]> vectors = sentences.isEmpty() ? List.of() : embedder.embedPassages(sentences);
    List<ParagraphVectors> out = new ArrayList<>(paragraphs.size());
    int at = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      int count = sentenceCounts.get(i);
      BytesRef packed = count == 0 ? null : SentenceVectors.encode(vectors.subList(at, at + count));
      at += count;
      WordPieces pieces = encoded.get(i).pieces();
      out.add(
          new ParagraphVectors(
              encoded.get(i).vector(), packed, pieces.packedIds(), pieces.packedVectors()));
    }
    return out;
  }
}
