package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SentenceVectorsTest {
  @Test
  void theBestSentenceWinsWithinQuantisationError() {
    float[] question = BagOfWordsVectors.of("who leads the delegation", 64);
    List<float[]> sentences =
        BagOfWordsVectors.ofEach(
            List.of(
                "Talks resumed in Geneva on Sunday",
                "Umerov leads the delegation",
                "The weather was cold"),
            64);
    BytesRef packed = SentenceVectors.encode(sentences);
    assertEquals(
        3 * (Float.BYTES + 64), packed.length, "a scale and one byte per dimension, per sentence");
    float exact = 0;
    for (int i = 0; i < 64; i++) exact += question[i] * sentences.get(1)[i];
    assertEquals(exact, SentenceVectors.maxDot(question, packed), 0.01);
  }

  @Test
  void readsFromAnOffsetIntoASharedBuffer() {
    float[] v = BagOfWordsVectors.of("security guarantees", 8);
    BytesRef packed = SentenceVectors.encode(List.of(v));
    byte[] shared = new byte[packed.length + 5];
    System.arraycopy(packed.bytes, packed.offset, shared, 5, packed.length);
    assertEquals(1.0, SentenceVectors.maxDot(v, new BytesRef(shared, 5, packed.length)), 0.01);
  }

  @Test
  void refusesVectorsOfAnotherLength() {
    BytesRef packed = SentenceVectors.encode(List.of(new float[8]));
    assertThrows(
        IllegalArgumentException.class, () -> SentenceVectors.maxDot(new float[16], packed));
    assertThrows(IllegalArgumentException.class, () -> SentenceVectors.encode(List.of()));
  }
}
