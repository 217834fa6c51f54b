package org.peacetalks.search;

import org.apache.lucene.util.BytesRef;

/**
 * A paragraph's meaning vectors: one for the whole paragraph (searched with HNSW) and, when it has
 * more than one sentence, one per sentence, packed by {@link SentenceVectors}; and the vectors of
 * its content words' pieces in context with their vocabulary ids ({@link WordPieces}).
 *
 * @param sentences null for a paragraph of one sentence (its paragraph vector is that sentence's)
 * @param pieceIds the pieces' ids ({@link WordPieces#packedIds}); null when the model gives no
 *     pieces or the paragraph has no content word
 * @param pieceVectors the pieces' vectors, packed as the sentences' are; null with {@code pieceIds}
 */
record ParagraphVectors(
    float[] paragraph, BytesRef sentences, BytesRef pieceIds, BytesRef pieceVectors) {
  ParagraphVectors {
    if (paragraph == null) throw new IllegalArgumentException("paragraph == null");
    if ((pieceIds == null) != (pieceVectors == null))
      throw new IllegalArgumentException("word piece ids without vectors, or vectors without ids");
  }
}
