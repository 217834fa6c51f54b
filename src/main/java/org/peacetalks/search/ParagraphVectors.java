package org.peacetalks.search;

import org.apache.lucene.util.BytesRef;

/**
 * A paragraph's meaning vectors: one for the whole paragraph (searched with HNSW) and, when it has
 * more than one sentence, one per sentence, packed by {@link SentenceVectors}.
 *
 * @param sentences null for a paragraph of one sentence (its paragraph vector is that sentence's)
 */
record ParagraphVectors(float[] paragraph, BytesRef sentences) {
  ParagraphVectors {
    if (paragraph == null) throw new IllegalArgumentException("paragraph == null");
  }
}
