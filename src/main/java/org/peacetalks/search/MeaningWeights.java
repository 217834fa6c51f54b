package org.peacetalks.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A learned correction of the paragraph's closeness in meaning: a weight per dimension of the
 * embedding, so that {@code Σ w[i]·q[i]·p[i]} over the question's vector q and the paragraph's p
 * says how much more (or less) the dimensions that tell answers apart should count than the plain
 * cosine lets them. It is added to the ranking blend ({@link SignalBlend}); fitted by {@code eval
 * --fit} by pairwise logistic regression on the question files' answering and non-answering
 * candidates, with the configured blend held fixed, and kept in {@code ranking.json} beside this
 * class.
 *
 * <p>Fitted for one embedding model. Immutable and thread-safe. Two of them are equal only when
 * they are the same object (a record over an array).
 *
 * @param refit the command that wrote it
 * @param weights one per dimension of the vectors
 */
public record MeaningWeights(
    @JsonProperty("refit") String refit, @JsonProperty("weights") double[] weights) {
  static final String RESOURCE = "ranking.json";

  /** No correction: the blend alone ranks. */
  public static final MeaningWeights NONE = new MeaningWeights(null, new double[0]);

  public MeaningWeights {
    weights = weights == null ? new double[0] : weights.clone();
  }

  /** The weights fitted for the bundled embedding model, from the class path. */
  public static MeaningWeights fitted() {
    return Fitted.WEIGHTS;
  }

  private static final class Fitted {
    static final MeaningWeights WEIGHTS =
        FittedResource.read(RESOURCE, in -> new ObjectMapper().readValue(in, MeaningWeights.class));
  }

  /** Whether they were fitted on vectors of this many dimensions (never, for {@link #NONE}). */
  public boolean reads(int dimension) {
    return weights.length > 0 && weights.length == dimension;
  }

  /**
   * The correction for one paragraph.
   *
   * @throws IllegalArgumentException when the vectors are not of the fitted dimension
   */
  public double score(float[] question, float[] paragraph) {
    if (!reads(question.length) || paragraph.length != question.length)
      throw new IllegalArgumentException(
          "meaning weights for " + weights.length + " dimensions, vectors of " + question.length);
    double sum = 0;
    for (int i = 0; i < weights.length; i++) sum += weights[i] * question[i] * paragraph[i];
    return sum;
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }
}
