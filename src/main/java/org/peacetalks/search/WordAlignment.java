package org.peacetalks.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * How well a paragraph's words, read in context, stand for each content word of the question: for
 * every piece of the question, the closest piece of the paragraph (cosine of their vectors in
 * context), averaged with the weight of the piece's rarity (IDF over the paragraphs). A paraphrase
 * ("signed off on" for "agreed to") comes close where word matching finds nothing and one vector
 * for the whole paragraph blurs it with the paragraph's other subjects (BERTScore's recall, with
 * the embedding model of the search).
 *
 * <p>Read for the best candidates only ({@link SearchTuning#ALIGNED}): it costs one dot product per
 * pair of pieces.
 */
final class WordAlignment {
  private WordAlignment() {}

  /**
   * Sets {@link Candidate#alignment} of each of these candidates whose paragraph has word pieces in
   * the index, and marks them all {@link Candidate#aligned}. A question without content pieces
   * aligns none.
   */
  static void measure(IndexSearcher s, WordPieces question, List<Candidate> candidates)
      throws IOException {
    if (question.isEmpty() || candidates.isEmpty()) return;
    double[] weights = rarity(s.getIndexReader(), question);
    List<Candidate> byDoc = new ArrayList<>(candidates);
    byDoc.sort(Comparator.comparingInt(c -> c.doc));
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    int leaf = -1;
    BinaryDocValues pieces = null;
    for (Candidate c : byDoc) {
      int at = ReaderUtil.subIndex(c.doc, leaves);
      if (at != leaf) {
        leaf = at;
        pieces = leaves.get(at).reader().getBinaryDocValues(IndexSchema.PIECE_VECTORS);
      }
      int local = c.doc - leaves.get(at).docBase;
      c.aligned = true;
      if (pieces != null && pieces.advanceExact(local))
        c.alignment = of(question, weights, pieces.binaryValue());
    }
  }

  /** The rarity-weighted mean over the question's pieces of the closest paragraph piece. */
  static double of(WordPieces question, double[] weights, BytesRef paragraph) {
    double sum = 0;
    double total = 0;
    for (int i = 0; i < question.size(); i++) {
      sum += weights[i] * SentenceVectors.maxDot(question.vector(i), paragraph);
      total += weights[i];
    }
    return total == 0 ? 0 : sum / total;
  }

  /** Each piece's IDF over the paragraphs that have pieces: rare pieces say what is asked. */
  private static double[] rarity(IndexReader reader, WordPieces question) throws IOException {
    int paragraphs = reader.getDocCount(IndexSchema.PIECES);
    double[] out = new double[question.size()];
    for (int i = 0; i < out.length; i++) {
      int df = reader.docFreq(new Term(IndexSchema.PIECES, Long.toString(question.id(i))));
      out[i] = Math.log((paragraphs + 1.0) / (df + 1.0));
    }
    return out;
  }
}
