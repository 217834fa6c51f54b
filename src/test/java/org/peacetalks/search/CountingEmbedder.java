package org.peacetalks.search;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A stand-in embedding: hashed bag of words, unit length. Counts the passages it embeds. */
final class CountingEmbedder implements PassageEmbedder {
  final AtomicInteger passagesEmbedded = new AtomicInteger();
  private final int failAfter;
  private final String name;
  private final int dimension;

  CountingEmbedder() {
    this(Integer.MAX_VALUE);
  }

  /** Throws once more than {@code failAfter} passages were asked for: a crash mid-rebuild. */
  CountingEmbedder(int failAfter) {
    this(failAfter, "counting", 64);
  }

  /** Another model, as far as an index can tell: its own name and vector length. */
  CountingEmbedder(String name, int dimension) {
    this(Integer.MAX_VALUE, name, dimension);
  }

  private CountingEmbedder(int failAfter, String name, int dimension) {
    this.failAfter = failAfter;
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
    if (passagesEmbedded.addAndGet(passages.size()) > failAfter)
      throw new IllegalStateException("embedding failed");
    return BagOfWordsVectors.ofEach(passages, dimension());
  }

  @Override
  public float[] embedQuery(String question) {
    return BagOfWordsVectors.of(question, dimension());
  }
}
