package org.peacetalks.search;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/**
 * The word pieces of a text's content words with their vectors in context, as the embedding model
 * reads them: the pieces of stop words, punctuation and the model's marks are left out. A
 * question's pieces are aligned with a paragraph's ({@link WordAlignment}).
 */
final class WordPieces {
  static final WordPieces NONE = new WordPieces(new long[0], List.of());

  private final long[] ids;
  private final List<float[]> vectors;

  private WordPieces(long[] ids, List<float[]> vectors) {
    this.ids = ids;
    this.vectors = List.copyOf(vectors);
  }

  boolean isEmpty() {
    return ids.length == 0;
  }

  int size() {
    return ids.length;
  }

  /** The vocabulary id of piece {@code i}. */
  long id(int i) {
    return ids[i];
  }

  /** The unit vector of piece {@code i}. */
  float[] vector(int i) {
    return vectors.get(i);
  }

  /** The pieces' vectors packed as {@link SentenceVectors} packs them; null when there are none. */
  BytesRef packedVectors() {
    return isEmpty() ? null : SentenceVectors.encode(vectors);
  }

  /** The pieces' vocabulary ids packed four bytes each; null when there are none. */
  BytesRef packedIds() {
    if (isEmpty()) return null;
    ByteBuffer out = ByteBuffer.allocate(ids.length * Integer.BYTES);
    for (long id : ids) out.putInt((int) id);
    return new BytesRef(out.array());
  }

  /** The vocabulary ids {@link #packedIds} packed. */
  static long[] ids(BytesRef packed) {
    ByteBuffer in = ByteBuffer.wrap(packed.bytes, packed.offset, packed.length);
    long[] out = new long[packed.length / Integer.BYTES];
    for (int i = 0; i < out.length; i++) out[i] = in.getInt();
    return out;
  }

  /** Whether a piece belongs to a content word: not a mark, punctuation or a stop word. */
  static boolean content(String piece) {
    if (piece.startsWith("[") && piece.endsWith("]")) return false;
    String word = piece.startsWith("##") ? piece.substring(2) : piece;
    return word.chars().anyMatch(Character::isLetterOrDigit)
        && !DomainAnalyzer.STOP_WORDS.contains(word);
  }

  /** Collects the content pieces of a text as the model reads it, piece by piece. */
  static final class Builder {
    private final List<Long> ids = new ArrayList<>();
    private final List<float[]> vectors = new ArrayList<>();

    void add(String piece, long id, float[] state) {
      if (!content(piece)) return;
      ids.add(id);
      vectors.add(BgeSmallEmbedder.unit(state));
    }

    WordPieces build() {
      return ids.isEmpty()
          ? NONE
          : new WordPieces(ids.stream().mapToLong(Long::longValue).toArray(), vectors);
    }
  }
}
