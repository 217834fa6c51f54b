package org.peacetalks.search;

import java.util.Locale;

/** Test stand-in for an embedding: hashed bag of words, unit length. Same words, same vector. */
public final class BagOfWordsVectors {
  private BagOfWordsVectors() {}

  public static java.util.List<float[]> ofEach(java.util.List<String> texts, int dimension) {
    return texts.stream().map(t -> of(t, dimension)).toList();
  }

  public static float[] of(String text, int dimension) {
    float[] v = new float[dimension];
    for (String w : text.toLowerCase(Locale.ROOT).split("\\W+")) {
      if (!w.isEmpty()) v[Math.floorMod(w.hashCode(), v.length)] += 1;
    }
    v[0] += 0.01f; // never the zero vector
    return BgeSmallEmbedder.unit(v);
  }
}
