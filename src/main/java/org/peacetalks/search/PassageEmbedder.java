package org.peacetalks.search;

import java.util.List;

/**
 * Turns text into unit-length vectors whose dot product measures closeness of meaning. Queries and
 * passages may be embedded differently (retrieval models prefix queries with an instruction).
 * Implementations must be thread-safe.
 */
public interface PassageEmbedder extends AutoCloseable {
  /** Names the model, so that an index knows which model made its vectors. */
  default String name() {
    return getClass().getSimpleName() + "/" + dimension();
  }

  /** Vector length. */
  int dimension();

  /** One unit vector per passage, in order. */
  List<float[]> embedPassages(List<String> passages);

  /** The unit vector of a question. */
  float[] embedQuery(String question);

  /**
   * The unit vector of a question read as a plain sentence, to compare with single sentences, where
   * closeness is symmetric. By default the question's vector: a model without a retrieval
   * instruction embeds both alike.
   */
  default float[] embedSentence(String text) {
    return embedQuery(text);
  }

  /**
   * A text's unit vector and the vectors in context of its content words' pieces ({@link
   * WordPieces#NONE} from a model that does not give them).
   */
  record Encoding(float[] vector, WordPieces pieces) {}

  /** Whether {@link #encodePassages} gives word pieces (an index then keeps them). */
  default boolean givesWordPieces() {
    return false;
  }

  /** As {@link #embedPassages}, with each passage's word pieces. */
  default List<Encoding> encodePassages(List<String> passages) {
    return embedPassages(passages).stream().map(v -> new Encoding(v, WordPieces.NONE)).toList();
  }

  /** As {@link #embedSentence}, with the text's word pieces. */
  default Encoding encodeSentence(String text) {
    return new Encoding(embedSentence(text), WordPieces.NONE);
  }

  @Override
  default void close() {}
}
