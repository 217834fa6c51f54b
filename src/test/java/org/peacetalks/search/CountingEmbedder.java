package org.peacetalks.search;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A stand-in embedding: hashed bag of words, unit length. Counts the passages it embeds. */
final class CountingEmbedder implements PassageEmbedder {
  final AtomicInteger passagesEmbedded = new AtomicInteger();
  private final int failAfter;

  CountingEmbedder() {
    this(Integer.MAX_VALUE);
  }

  /** Throws once more than {@code failAfter} passages were asked for: a crash mid-rebuild. */
  CountingEmbedder(int failAfter) {
    this.failAfter = failAfter;
  }

  @Override
  public int dimension() {
    return 64;
  }

  @Override
  public List<float[]> embedPassages(List<String> passages) {
    if (passagesEmbedded.addAndGet(passages.size()) > failAfter) throw new IllegalStateException("embedding failed");
    return BagOfWordsVectors.ofEach(passages, dimension());
  }

  @Override
  public float[] embedQuery(String question) {
    return BagOfWordsVectors.of(question, dimension());
  }
}
