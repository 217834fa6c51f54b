package org.peacetalks.search;

import java.nio.ByteBuffer;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/**
 * The vectors of a paragraph's sentences, packed into one doc value: per sentence a float scale and
 * one signed byte per dimension (int8, a quarter of the float size, cosine error ≈ 0.001). Read at
 * answer time for the few candidate paragraphs only, so they are not a vector index. The vectors of
 * a paragraph's word pieces ({@link WordPieces}) are packed the same way.
 *
 * <p>Stateless and thread-safe.
 */
final class SentenceVectors {
  private SentenceVectors() {}

  static BytesRef encode(List<float[]> vectors) {
    if (vectors.isEmpty()) throw new IllegalArgumentException("no sentence vectors");
    int dimension = vectors.get(0).length;
    ByteBuffer out = ByteBuffer.allocate(vectors.size() * (Float.BYTES + dimension));
    for (float[] v : vectors) {
      if (v.length != dimension)
        throw new IllegalArgumentException("sentence vectors of different lengths");
      float maxAbs = 0;
      for (float x : v) maxAbs = Math.max(maxAbs, Math.abs(x));
      float scale = maxAbs == 0 ? 1 : maxAbs / 127f;
      out.putFloat(scale);
      for (float x : v) out.put((byte) Math.round(x / scale));
    }
    return new BytesRef(out.array());
  }

  /** The dot product of {@code query} with each packed vector, in order. */
  static float[] dots(float[] query, BytesRef packed) {
    int stride = Float.BYTES + query.length;
    if (packed.length % stride != 0)
      throw new IllegalArgumentException("packed vectors do not match the query's length");
    ByteBuffer in = ByteBuffer.wrap(packed.bytes, packed.offset, packed.length);
    float[] out = new float[packed.length / stride];
    for (int k = 0; k < out.length; k++) {
      int at = packed.offset + k * stride;
      float dot = 0;
      for (int i = 0; i < query.length; i++) dot += query[i] * packed.bytes[at + Float.BYTES + i];
      out[k] = dot * in.getFloat(at);
    }
    return out;
  }

  /** The highest dot product of {@code query} with any of the packed vectors. */
  static float maxDot(float[] query, BytesRef packed) {
    ByteBuffer in = ByteBuffer.wrap(packed.bytes, packed.offset, packed.length);
    int stride = Float.BYTES + query.length;
    if (packed.length % stride != 0)
      throw new IllegalArgumentException("packed vectors do not match the query's length");
    float best = Float.NEGATIVE_INFINITY;
    for (int at = packed.offset; at < packed.offset + packed.length; at += stride) {
      float scale = in.getFloat(at);
      float dot = 0;
      for (int i = 0; i < query.length; i++) dot += query[i] * packed.bytes[at + Float.BYTES + i];
      best = Math.max(best, dot * scale);
    }
    return best;
  }
}
