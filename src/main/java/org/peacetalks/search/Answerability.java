package org.peacetalks.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * The no-answer decision: a logistic regression over the {@link AnswerSignals} of a question,
 * fitted by {@code eval --fit} on the question files with known answers and kept in {@code
 * answerability.json} beside this class. One model for rankings with meaning signals (hybrid), one
 * for words alone. A question is answered when the model's probability that the articles answer it
 * reaches the fitted threshold. The hybrid model also weighs the {@link TopicProbe}'s reading of
 * the question, fitted alongside and kept in the same file.
 *
 * <p>Immutable and thread-safe.
 */
public final class Answerability {
  static final String RESOURCE = "answerability.json";

  private final Model hybrid;
  private final Model lexical;
  private final TopicProbe topic;

  public Answerability(Model hybrid, Model lexical, TopicProbe topic) {
    this.hybrid = Objects.requireNonNull(hybrid, "hybrid == null");
    this.lexical = Objects.requireNonNull(lexical, "lexical == null");
    this.topic = Objects.requireNonNull(topic, "topic == null");
  }

  /** The models fitted for the bundled embedding model, from the class path. */
  public static Answerability fitted() {
    return Fitted.MODELS;
  }

  private static final class Fitted {
    static final Answerability MODELS = FittedResource.read(RESOURCE, Answerability::read);
  }

  /** The models of an {@code answerability.json}. */
  static Answerability read(InputStream in) throws IOException {
    Models m = new ObjectMapper().readValue(in, Models.class);
    if (m.topic() == null && m.hybrid().features().contains("offTopic"))
      throw new IllegalStateException(RESOURCE + " weighs offTopic but holds no topic probe");
    return new Answerability(
        m.hybrid(), m.lexical(), m.topic() == null ? TopicProbe.NONE : m.topic());
  }

  /** A decision that never refuses: for measuring the ranking alone, and for fitting. */
  public static Answerability never() {
    Model always = new Model(List.of(), new double[0], new double[0], new double[0], 0, 0);
    return new Answerability(always, always, TopicProbe.NONE);
  }

  /** Reads from a question's vector whether it is about another subject (a signal of the model). */
  public TopicProbe topic() {
    return topic;
  }

  /** Whether the articles answer the question these signals describe. */
  public boolean answers(AnswerSignals signals) {
    Model m = modelFor(signals);
    return m.probability(signals) >= m.threshold();
  }

  /** The model that judges these signals: hybrid when they hold meaning signals. */
  private Model modelFor(AnswerSignals signals) {
    return signals.hybrid() ? hybrid : lexical;
  }

  /** Both models and the topic probe, as stored in {@code answerability.json}. */
  public record Models(
      @JsonProperty("refit") String refit,
      @JsonProperty("hybrid") Model hybrid,
      @JsonProperty("lexical") Model lexical,
      @JsonProperty("topic") TopicProbe topic) {}

  /**
   * One fitted logistic regression: each named signal is standardised with its mean and scale,
   * weighted, summed with the bias and squashed to a probability.
   *
   * @param threshold the probability at or above which a question is answered
   */
  public record Model(
      List<String> features,
      double[] mean,
      double[] scale,
      double[] weights,
      double bias,
      double threshold) {
    public Model {
      features = List.copyOf(features);
      int n = features.size();
      if (mean.length != n || scale.length != n || weights.length != n) {
        throw new IllegalArgumentException(
            "a model needs a mean, scale and weight for each of its " + n + " features");
      }
      for (String f : features) {
        if (!AnswerSignals.NAMES.contains(f))
          throw new IllegalArgumentException("unknown signal " + f);
      }
    }

    public double probability(AnswerSignals signals) {
      double[] all = signals.values();
      double z = bias;
      for (int i = 0; i < features.size(); i++) {
        double x = all[AnswerSignals.NAMES.indexOf(features.get(i))];
        // A signal not read (NaN) counts as its mean: it neither raises nor lowers the odds.
        if (!Double.isNaN(x)) z += weights[i] * (x - mean[i]) / scale[i];
      }
      return 1 / (1 + Math.exp(-z));
    }
  }
}
