package org.peacetalks.search;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * BAAI bge-small-en-v1.5 (int8-quantized ONNX, 384 dimensions), run in process by ONNX Runtime. The
 * model and tokenizer ship inside the langchain4j artifact, so nothing is downloaded; DJL's offline
 * and no-tracking switches are set before it loads so it makes no connection attempts.
 *
 * <p>A text's vector is the model's first output ([CLS]) at unit length, as the model card and
 * langchain4j take it; a text of more than 510 word pieces is read in parts whose vectors are
 * averaged, weighed by their length. One run also gives each word piece's vector in context, from
 * which {@link WordPieces} keeps those of content words.
 *
 * <p>Questions carry bge's retrieval instruction; passages do not (as the model card says).
 */
public final class BgeSmallEmbedder implements PassageEmbedder {
  static final String QUERY_INSTRUCTION =
      "Represent this sentence for searching relevant passages: ";
  private static final int DIMENSION = 384;
  private static final int MAX_PIECES = 510;
  private static final String MODEL = "bge-small-en-v1.5-q.onnx";
  private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean readsTypeIds;
  private final long start;
  private final long end;
  private final AtomicBoolean closed = new AtomicBoolean();

  public BgeSmallEmbedder() {
    System.setProperty("ai.djl.offline", "true");
    System.setProperty("OPT_OUT_TRACKING", "true");
    try (InputStream model = resource(MODEL);
        InputStream vocabulary = resource(TOKENIZER)) {
      this.environment = OrtEnvironment.getEnvironment();
      this.session =
          environment.createSession(model.readAllBytes(), new OrtSession.SessionOptions());
      this.readsTypeIds = session.getInputNames().contains("token_type_ids");
      this.tokenizer = HuggingFaceTokenizer.newInstance(vocabulary, Map.of("padding", "false"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load " + MODEL, e);
    }
    long[] marks = tokenizer.encode("", true, false).getIds();
    this.start = marks[0];
    this.end = marks[marks.length - 1];
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = BgeSmallEmbedder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) throw new IOException(name + " is not on the class path");
    return in;
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
    for (String p : passages) out.add(encode(p, false).vector());
    return out;
  }

  @Override
  public boolean givesWordPieces() {
    return true;
  }

  @Override
  public List<Encoding> encodePassages(List<String> passages) {
    List<Encoding> out = new ArrayList<>(passages.size());
    for (String p : passages) out.add(encode(p, true));
    return out;
  }

  @Override
  public float[] embedQuery(String question) {
    return encode(QUERY_INSTRUCTION + question, false).vector();
  }

  /** Without the instruction, which is meant for a short query against a longer passage. */
  @Override
  public float[] embedSentence(String text) {
    return encode(text, false).vector();
  }

  @Override
  public Encoding encodeSentence(String text) {
    return encode(text, true);
  }

  private Encoding encode(String text, boolean withPieces) {
    ai.djl.huggingface.tokenizers.Encoding tokens = tokenizer.encode(text, false, false);
    long[] ids = tokens.getIds();
    String[] pieces = tokens.getTokens();
    float[] sum = new float[DIMENSION];
    WordPieces.Builder kept = new WordPieces.Builder();
    int from = 0;
    do {
      int to = Math.min(ids.length, from + MAX_PIECES);
      float[][] states = run(ids, from, to);
      int weight = Math.max(1, to - from); // a text of no pieces still gets its marks' vector
      for (int i = 0; i < DIMENSION; i++) sum[i] += states[0][i] * weight;
      if (withPieces)
        for (int k = from; k < to; k++) kept.add(pieces[k], ids[k], states[k - from + 1]);
      from = to;
    } while (from < ids.length);
    return new Encoding(unit(sum), withPieces ? kept.build() : WordPieces.NONE);
  }

  /** The model's output for pieces {@code from..to} between the start and end marks. */
  private float[][] run(long[] ids, int from, int to) {
    int n = to - from + 2;
    long[] input = new long[n];
    input[0] = start;
    System.arraycopy(ids, from, input, 1, to - from);
    input[n - 1] = end;
    long[] mask = new long[n];
    Arrays.fill(mask, 1);
    Map<String, OnnxTensor> in = new HashMap<>();
    try {
      in.put("input_ids", OnnxTensor.createTensor(environment, new long[][] {input}));
      in.put("attention_mask", OnnxTensor.createTensor(environment, new long[][] {mask}));
      if (readsTypeIds)
        in.put("token_type_ids", OnnxTensor.createTensor(environment, new long[][] {new long[n]}));
      try (OrtSession.Result result = session.run(in)) {
        return ((float[][][]) result.get(0).getValue())[0];
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the embedding model failed", e);
    } finally {
      for (OnnxTensor t : in.values()) t.close();
    }
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

  /** Idempotent: an index and its owner may both close the model. */
  @Override
  public void close() {
    if (closed.getAndSet(true)) return;
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    }
    tokenizer.close();
  }
}
