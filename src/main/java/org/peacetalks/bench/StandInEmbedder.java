package org.peacetalks.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.peacetalks.search.PassageEmbedder;

/**
 * Vectors without a model, under the real model's name and length, so an index built with them
 * takes the real model's vectors' place (reuse, stamps) while nothing is really embedded: a hashed
 * bag of character trigrams, unit length. For measuring the bookkeeping around embedding.
 */
final class StandInEmbedder implements PassageEmbedder {
  private final String name;
  private final int dimension;

  StandInEmbedder(String name, int dimension) {
    this.name = name;
    this.dimension = dimension;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public List<float[]> embedPassages(List<String> passages) {
    List<float[]> out = new ArrayList<>(passages.size());
    for (String p : passages) out.add(vector(p));
    return out;
  }

  @Override
  public float[] embedQuery(String question) {
    return vector(question);
  }

  private float[] vector(String text) {
    float[] v = new float[dimension];
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + 2 < bytes.length; i++) {
      int h = (bytes[i] * 31 + bytes[i + 1]) * 31 + bytes[i + 2];
      v[Math.floorMod(h, dimension)] += 1;
    }
    double norm = 0;
    for (float x : v) norm += x * x;
    if (norm == 0) {
      v[0] = 1;
      return v;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < dimension; i++) v[i] *= scale;
    return v;
  }
}
