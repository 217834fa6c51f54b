package org.peacetalks.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.peacetalks.search.PassageEmbedder;

/**
 * An embedder that adds up the time spent in the model, per passage and per question. Thread-safe.
 */
final class TimedEmbedder implements PassageEmbedder {
  private final PassageEmbedder model;
  private final AtomicLong passageNanos = new AtomicLong();
  private final AtomicLong passages = new AtomicLong();
  private final AtomicLong queryNanos = new AtomicLong();
  private final AtomicLong queries = new AtomicLong();

  TimedEmbedder(PassageEmbedder model) {
    this.model = model;
  }

  @Override
  public String name() {
    return model.name();
  }

  @Override
  public int dimension() {
    return model.dimension();
  }

  @Override
  public List<float[]> embedPassages(List<String> texts) {
    long start = System.nanoTime();
    List<float[]> out = model.embedPassages(texts);
    passageNanos.addAndGet(System.nanoTime() - start);
    passages.addAndGet(texts.size());
    return out;
  }

  @Override
  public float[] embedQuery(String question) {
    long start = System.nanoTime();
    float[] out = model.embedQuery(question);
    queryNanos.addAndGet(System.nanoTime() - start);
    queries.incrementAndGet();
    return out;
  }

  /** Counted with the question it belongs to: it is question-time work. */
  @Override
  public float[] embedSentence(String text) {
    long start = System.nanoTime();
    float[] out = model.embedSentence(text);
    queryNanos.addAndGet(System.nanoTime() - start);
    return out;
  }

  @Override
  public boolean givesWordPieces() {
    return model.givesWordPieces();
  }

  @Override
  public List<Encoding> encodePassages(List<String> texts) {
    long start = System.nanoTime();
    List<Encoding> out = model.encodePassages(texts);
    passageNanos.addAndGet(System.nanoTime() - start);
    passages.addAndGet(texts.size());
    return out;
  }

  /** Counted with the question it belongs to, as {@link #embedSentence}. */
  @Override
  public Encoding encodeSentence(String text) {
    long start = System.nanoTime();
    Encoding out = model.encodeSentence(text);
    queryNanos.addAndGet(System.nanoTime() - start);
    return out;
  }

  /**
   * Mean model time per text embedded (a paragraph or one of its sentences), in ms; NaN before any.
   */
  double msPerPassage() {
    return passages.get() == 0 ? Double.NaN : passageNanos.get() / 1e6 / passages.get();
  }

  /** All model time spent on passages so far, in ms. */
  double passageMs() {
    return passageNanos.get() / 1e6;
  }

  /** Texts embedded so far (paragraphs and sentences). */
  long passagesEmbedded() {
    return passages.get();
  }

  /**
   * Mean model time per question, in ms (its query vector and its plain-sentence vector); NaN
   * before any.
   */
  double msPerQuery() {
    return queries.get() == 0 ? Double.NaN : queryNanos.get() / 1e6 / queries.get();
  }

  void resetQueries() {
    queryNanos.set(0);
    queries.set(0);
  }

  @Override
  public void close() {
    model.close();
  }
}
