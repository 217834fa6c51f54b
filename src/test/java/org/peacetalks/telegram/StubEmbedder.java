package org.peacetalks.telegram;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.peacetalks.search.BagOfWordsVectors;
import org.peacetalks.search.PassageEmbedder;

/**
 * A stand-in embedding model (hashed bag of words, unit length) that a test can make fail or wait
 * at a given batch: a rebuild that crashes halfway, or one slow enough to ask questions during it.
 */
public final class StubEmbedder implements PassageEmbedder {
  private final AtomicInteger batches = new AtomicInteger();
  private volatile int trapAt = -1;
  private volatile CountDownLatch entered;
  private volatile CountDownLatch release;

  /** From now on, the {@code n}-th batch (1-based) throws. */
  public synchronized void failAtBatch(int n) {
    batches.set(0);
    entered = null;
    release = null;
    trapAt = n;
  }

  /**
   * From now on, the {@code n}-th batch counts {@code entered} down and waits for {@code release}.
   */
  public synchronized void holdAtBatch(int n, CountDownLatch entered, CountDownLatch release) {
    batches.set(0);
    this.entered = entered;
    this.release = release;
    trapAt = n;
  }

  public synchronized void disarm() {
    trapAt = -1;
  }

  @Override
  public int dimension() {
    return 16;
  }

  @Override
  public List<float[]> embedPassages(List<String> passages) {
    if (batches.incrementAndGet() == trapAt) {
      CountDownLatch wait = release;
      if (wait == null) throw new IllegalStateException("embedding model crashed");
      entered.countDown();
      try {
        if (!wait.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    return BagOfWordsVectors.ofEach(passages, dimension());
  }

  @Override
  public float[] embedQuery(String question) {
    return BagOfWordsVectors.of(question, dimension());
  }
}
