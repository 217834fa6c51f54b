package org.peacetalks.search;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * BAAI bge-small-en-v1.5 (int8-quantized ONNX, 384 dimensions), run in process by ONNX Runtime. The
 * model and tokenizer ship inside the langchain4j artifact, so nothing is downloaded; DJL's offline
 * and no-tracking switches are set before it loads so it makes no connection attempts.
 *
 * <p>Questions carry bge's retrieval instruction; passages do not (as the model card says).
 */
public final class BgeSmallEmbedder implements PassageEmbedder {
  static final String QUERY_INSTRUCTION =
      "Represent this sentence for searching relevant passages: ";
  private static final int DIMENSION = 384;
  private static final int BATCH = 32;

  private final BgeSmallEnV15QuantizedEmbeddingModel model;

  public BgeSmallEmbedder() {
    System.setProperty("ai.djl.offline", "true");
    System.setProperty("OPT_OUT_TRACKING", "true");
    this.model = new BgeSmallEnV15QuantizedEmbeddingModel(Runnable::run);
  }

  @Override
  public String name() {
    return "bge-small-en-v1.5-q";
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public List<float[]> embedPassages(List<String> passages) {
    List<float[]> out = new ArrayList<>(passages.size());
    for (int from = 0; from < passages.size(); from += BATCH) {
      List<TextSegment> batch = new ArrayList<>();
      for (String p : passages.subList(from, Math.min(passages.size(), from + BATCH)))
        batch.add(TextSegment.from(p));
      for (Embedding e : model.embedAll(batch).content()) out.add(unit(e.vector()));
    }
    return out;
  }

  @Override
  public float[] embedQuery(String question) {
    return unit(model.embed(QUERY_INSTRUCTION + question).content().vector());
  }

  /** Without the instruction, which is meant for a short query against a longer passage. */
  @Override
  public float[] embedSentence(String text) {
    return unit(model.embed(text).content().vector());
  }

  static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) norm += x * x;
    norm = Math.sqrt(norm);
    if (norm == 0) return v;
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / norm);
    return out;
  }
}
