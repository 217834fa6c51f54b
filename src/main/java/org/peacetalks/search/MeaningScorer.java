package org.peacetalks.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.VectorUtil;

/**
 * How close in meaning each candidate is to the question, from the vectors stored in the index: the
 * exact cosine of the whole paragraph and of its closest sentence (a long paragraph about several
 * things can answer with one sentence). Exact rather than the nearest-neighbour search's
 * approximate score, because word hits have no such score at all.
 */
final class MeaningScorer {
  private MeaningScorer() {}

  /**
   * Whether the index holds vectors of this length. An index built without vectors, or by another
   * model, is answered by words alone until it is rebuilt (rather than failing every question).
   */
  static boolean hasVectorsOf(IndexSearcher s, int dimension) {
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      FieldInfo field = leaf.reader().getFieldInfos().fieldInfo(IndexSchema.VECTOR);
      if (field != null && field.getVectorDimension() == dimension) return true;
    }
    return false;
  }

  /**
   * Sets {@link Candidate#cosine} and {@link Candidate#sentenceCosine} (the paragraph's when it is
   * one sentence) of each candidate that has a vector.
   *
   * @param question the question's unit-length embedding, so a dot product is the cosine
   */
  static void measure(IndexSearcher s, float[] question, List<Candidate> candidates)
      throws IOException {
    measure(s, question, null, MeaningWeights.NONE, false, candidates);
  }

  /**
   * As {@link #measure(IndexSearcher, float[], List)}, and sets {@link
   * Candidate#plainSentenceCosine} too.
   *
   * @param plainQuestion the question embedded as a plain sentence; {@code null} to skip
   * @param weights set {@link Candidate#meaning} where they read the question's vectors
   * @param keepVectors set {@link Candidate#vector} too (a copy of each paragraph's vector)
   */
  static void measure(
      IndexSearcher s,
      float[] question,
      float[] plainQuestion,
      MeaningWeights weights,
      boolean keepVectors,
      List<Candidate> candidates)
      throws IOException {
    boolean weighted = weights.reads(question.length);
    // Vector values only move forward: walk the candidates in document order.
    List<Candidate> byDoc = new ArrayList<>(candidates);
    byDoc.sort(Comparator.comparingInt(c -> c.doc));
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    int leaf = -1;
    FloatVectorValues values = null;
    BinaryDocValues sentences = null;
    for (Candidate c : byDoc) {
      int at = ReaderUtil.subIndex(c.doc, leaves);
      if (at != leaf) {
        leaf = at;
        values = leaves.get(at).reader().getFloatVectorValues(IndexSchema.VECTOR);
        sentences = leaves.get(at).reader().getBinaryDocValues(IndexSchema.SENTENCE_VECTORS);
      }
      if (values == null) continue;
      int local = c.doc - leaves.get(at).docBase;
      int found = values.docID() < local ? values.advance(local) : values.docID();
      double plainWhole = c.cosine;
      if (found == local) {
        float[] vector = values.vectorValue();
        c.cosine = VectorUtil.dotProduct(question, vector);
        if (weighted) c.meaning = weights.score(question, vector);
        if (keepVectors) c.vector = vector.clone();
        if (plainQuestion != null) plainWhole = VectorUtil.dotProduct(plainQuestion, vector);
      }
      boolean split = sentences != null && sentences.advanceExact(local);
      c.sentenceCosine =
          split ? SentenceVectors.maxDot(question, sentences.binaryValue()) : c.cosine;
      if (plainQuestion != null)
        c.plainSentenceCosine =
            split ? SentenceVectors.maxDot(plainQuestion, sentences.binaryValue()) : plainWhole;
    }
  }
}
