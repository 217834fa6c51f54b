package org.peacetalks.search;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether a question is about something else than the articles' subject (the weather, a recipe, a
 * football score), read from its embedding alone: a linear model over the question's vector, fitted
 * by {@code eval --fit} on the question files' unrelated and small-talk questions against the rest.
 * It reads the topic, not the names, so "weather in geneva this weekend" reads as unrelated
 * although the articles name Geneva often; whether the articles hold the answer is left to the
 * other {@link AnswerSignals}.
 *
 * <p>Fitted for one embedding model: the weights are per dimension of its vectors. Immutable and
 * thread-safe. Two of them are equal only when they are the same object (a record over an array).
 *
 * @param weights one per dimension of the question's vector
 * @param bias the log-odds of a question at the origin
 */
public record TopicProbe(
    @JsonProperty("weights") double[] weights, @JsonProperty("bias") double bias) {
  /** No probe: it reads no vector, and the decision weighs the topic at its mean. */
  public static final TopicProbe NONE = new TopicProbe(new double[0], 0);

  public TopicProbe {
    weights = weights == null ? new double[0] : weights.clone();
  }

  /** Whether it was fitted on vectors of this many dimensions (never, for {@link #NONE}). */
  public boolean reads(int dimension) {
    return weights.length > 0 && weights.length == dimension;
  }

  /**
   * The log-odds that the question is off the articles' subject.
   *
   * @throws IllegalArgumentException when the vector is not of the dimension the probe was fitted
   *     on ({@link #reads})
   */
  public double offTopic(float[] questionVector) {
    if (!reads(questionVector.length)) {
      throw new IllegalArgumentException(
          "the topic probe was fitted on vectors of "
              + weights.length
              + " dimensions, the question's has "
              + questionVector.length);
    }
    double z = bias;
    for (int i = 0; i < weights.length; i++) z += weights[i] * questionVector[i];
    return z;
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }
}
