package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model run in process: the same vectors as langchain4j's, and word pieces in context. */
class BgeSmallEmbedderTest {
  private static BgeSmallEmbedder model;

  @BeforeAll
  static void load() {
    model = new BgeSmallEmbedder();
  }

  @AfterAll
  static void close() {
    model.close();
    model.close(); // a second close, as an index and its owner may both close it
  }

  @Test
  void vectorsAreLangchain4jsForShortAndLongTexts() {
    String shortText = "Who leads Ukraine's delegation at the talks in Abu Dhabi?";
    String longText =
        ("Ukraine and Russia met again in Geneva to discuss the peace plan. ").repeat(60);
    BgeSmallEnV15QuantizedEmbeddingModel reference = new BgeSmallEnV15QuantizedEmbeddingModel();
    assertArrayEquals(
        BgeSmallEmbedder.unit(reference.embed(shortText).content().vector()),
        model.embedSentence(shortText),
        1e-5f);
    // langchain4j turns each part back into text and reads it again: a hair's difference
    assertArrayEquals(
        BgeSmallEmbedder.unit(reference.embed(longText).content().vector()),
        model.embedSentence(longText),
        1e-3f);
  }

  @Test
  void aTextOfNoPiecesStillHasAUnitVector() {
    float[] v = model.embedSentence("   ");
    double norm = 0;
    for (float x : v) norm += x * x;
    assertEquals(1, norm, 1e-4);
  }

  @Test
  void keepsThePiecesOfContentWordsOnly() {
    PassageEmbedder.Encoding e = model.encodeSentence("What did the envoys sign in Geneva?");
    assertEquals(3, e.pieces().size()); // envoys, sign, geneva
    assertArrayEquals(model.embedSentence("What did the envoys sign in Geneva?"), e.vector());
    assertTrue(model.encodePassages(List.of("Talks resumed.")).get(0).pieces().size() > 0);
    assertFalse(model.encodeSentence("what is it?").pieces().size() > 0);
  }

  @Test
  void aParaphraseAlignsBetterThanAnotherSubject() {
    WordPieces question = model.encodeSentence("Has Kyiv signed off on the framework?").pieces();
    double[] even = new double[question.size()];
    java.util.Arrays.fill(even, 1);
    double paraphrase =
        WordAlignment.of(
            question,
            even,
            model.encodeSentence("Ukraine has agreed to the framework.").pieces().packedVectors());
    double other =
        WordAlignment.of(
            question,
            even,
            model.encodeSentence("Grain exports rose in the autumn.").pieces().packedVectors());
    assertTrue(paraphrase > other, paraphrase + " vs " + other);
  }
}
