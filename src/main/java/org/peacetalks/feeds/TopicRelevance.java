package org.peacetalks.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.Paragraph;
import org.peacetalks.search.PassageEmbedder;

/**
 * Decides whether an article is about the Russia–Ukraine war and the talks to end it, from what the
 * bot already has: the embedding model, compared with a short description of the topic, and the
 * domain words of {@link TopicWords}. The two are weighed by a logistic model fitted on the
 * labelled set in {@code src/test/resources/feeds/relevance} ({@code eval --relevance}); {@link
 * #score} is its probability that the article is on topic, and {@link #isOnTopic} compares it with
 * the configured threshold ({@code feeds.relevance}).
 *
 * <p>Only the title and the first {@value #FIRST_PARAGRAPHS} paragraphs are read: what a story is
 * about is in its opening, and a live blog's hundredth entry should not decide. A feed item of two
 * sentences is judged the same way, from its title and those sentences.
 *
 * <p>Text that is mostly Cyrillic (Ukrainian, Russian) is judged by its domain words alone: the
 * model is English-only and gives Cyrillic text vectors that mean little. Without a model ({@code
 * search.semantic: false}) every article is judged by its words.
 *
 * <p>Thread-safe when the embedder is (as every {@link PassageEmbedder} is).
 */
public final class TopicRelevance {
  /**
   * The default of {@code feeds.relevance}: the probability at or above which an article is kept.
   * In five-fold cross-validation on the labelled set, the thresholds each fold's training part
   * chose were 0.52 to 0.53 with the model and 0.44 to 0.52 by words alone; 0.5, the model's even
   * odds, sits between them. Held out, it kept every on-topic article and teaser with the model and
   * let in one of the 212 off-topic articles and teasers (feeds-relevance.md has the table).
   */
  public static final double DEFAULT_THRESHOLD = 0.5;

  /** Title plus this many paragraphs are read. */
  static final int FIRST_PARAGRAPHS = 6;

  /**
   * What the topic is, as the model compares it with passages. Several short sentences rather than
   * one long one: a passage close to any of them is close to the topic, and each names one strand
   * of the news (talks, fighting, pressure on Russia).
   */
  static final List<String> TOPIC =
      List.of(
          "Peace talks to end Russia's war in Ukraine: the U.S. peace plan, envoys and delegations of "
              + "Ukraine, Russia, the United States and Europe, a ceasefire and territory.",
          "Russia's war against Ukraine: fighting on the front line, Russian missile and drone strikes on "
              + "Ukrainian cities and the power grid.",
          "Pressure on Russia and support for Ukraine: sanctions, frozen Russian assets, security "
              + "guarantees, prisoner exchanges between Ukraine and Russia.");

  /**
   * The measurements an article is judged by.
   *
   * @param cosine the mean of the two passages (title included) closest to the topic; 0 when no
   *     model judged it
   * @param nameShare share of its words that are names of this war ({@link TopicWords#NAMES})
   * @param contextShare share of its words that are war and talks vocabulary
   * @param distinctNames how many different names it has
   * @param semantic whether the model judged it (a model is loaded and the text is not Cyrillic)
   */
  public record Signals(
      double cosine, double nameShare, double contextShare, int distinctNames, boolean semantic) {
    /**
     * The features of the model that applies, in the order of its weights. War and talks vocabulary
     * counts only beside a name of this war: without one, "ceasefire talks" are another conflict's
     * (a short item about Gaza talks passed by words before this).
     */
    public double[] features() {
      double names = Math.log1p(distinctNames);
      double context = distinctNames > 0 ? contextShare : 0;
      return semantic
          ? new double[] {cosine, nameShare, context, names}
          : new double[] {nameShare, context, names};
    }
  }

  /**
   * A fitted logistic model on raw (unstandardised) features.
   *
   * @param weights one per feature of {@link Signals#features()}
   */
  public record Model(double bias, double[] weights) {
    public Model {
      weights = weights.clone();
    }

    public double probability(double[] features) {
      if (features.length != weights.length) {
        throw new IllegalArgumentException(
            features.length + " features for " + weights.length + " weights");
      }
      double z = bias;
      for (int i = 0; i < weights.length; i++) z += weights[i] * features[i];
      return 1 / (1 + Math.exp(-z));
    }
  }

  /**
   * The two fitted models: with the embedding model, and by words alone (no model loaded, or
   * Cyrillic text).
   */
  public record Models(Model withModel, Model words) {
    public Models {
      Objects.requireNonNull(withModel, "withModel == null");
      Objects.requireNonNull(words, "words == null");
    }

    /** The probability by the model that applies to these signals. */
    public double score(Signals s) {
      return (s.semantic() ? withModel : words).probability(s.features());
    }
  }

  /**
   * Fitted on the labelled set: {@code eval --relevance src/test/resources/feeds/relevance} prints
   * them ("fitted on all"). With the model the features are cosine, name share, context share,
   * log(1 + distinct names); by words alone the last three.
   */
  public static final Models DEFAULT_MODELS =
      new Models(
          new Model(-13.707, new double[] {15.626, 27.527, 52.077, 2.105}),
          new Model(-5.089, new double[] {27.151, 58.866, 2.934}));

  private final PassageEmbedder embedder;
  private final List<float[]> topic;
  private final double threshold;
  private final Models models;

  /**
   * @param embedder the bot's embedding model, or null to judge by words alone
   * @param threshold {@code feeds.relevance}, a probability in (0, 1)
   */
  public TopicRelevance(PassageEmbedder embedder, double threshold) {
    this(embedder, threshold, DEFAULT_MODELS);
  }

  /** With other fitted models: for calibrating them ({@code eval --relevance}). */
  public TopicRelevance(PassageEmbedder embedder, double threshold, Models models) {
    if (!(threshold > 0 && threshold < 1))
      throw new IllegalArgumentException("threshold not in (0, 1): " + threshold);
    this.embedder = embedder;
    this.threshold = threshold;
    this.models = Objects.requireNonNull(models, "models == null");
    this.topic = embedder == null ? List.of() : embedder.embedPassages(TOPIC);
  }

  public double threshold() {
    return threshold;
  }

  /**
   * Whether the article is about the war and the talks: its {@link #score} reaches the threshold.
   */
  public boolean isOnTopic(Article article) {
    return score(article) >= threshold;
  }

  /** The probability, by the fitted model, that the article is about the war and the talks. */
  public double score(Article article) {
    return models.score(signals(article));
  }

  /** What the article is judged by. */
  public Signals signals(Article article) {
    List<String> units = units(article);
    TopicWords.Counts words = TopicWords.count(String.join("\n", units));
    boolean semantic = embedder != null && !mostlyCyrillic(units);
    double cosine = semantic ? closeness(units) : 0;
    return new Signals(
        cosine, words.nameShare(), words.contextShare(), words.distinctNames(), semantic);
  }

  /** The title and the first paragraphs with text. */
  static List<String> units(Article article) {
    List<String> units = new ArrayList<>();
    if (!article.title().isBlank()) units.add(article.title().strip());
    for (Paragraph p : article.paragraphs()) {
      if (units.size() > FIRST_PARAGRAPHS) break;
      if (!p.text().isBlank()) units.add(p.text().strip());
    }
    return units;
  }

  /** The mean cosine of the two units closest to the topic (the one unit's, when there is one). */
  private double closeness(List<String> units) {
    if (units.isEmpty()) return 0;
    List<float[]> vectors = embedder.embedPassages(units);
    double best = -1;
    double second = -1;
    for (float[] v : vectors) {
      double c = -1;
      for (float[] t : topic) c = Math.max(c, dot(v, t));
      if (c > best) {
        second = best;
        best = c;
      } else if (c > second) {
        second = c;
      }
    }
    return second < -0.5 ? best : (best + second) / 2;
  }

  static boolean mostlyCyrillic(List<String> units) {
    int cyrillic = 0;
    int letters = 0;
    for (String u : units) {
      for (int i = 0; i < u.length(); i++) {
        char c = u.charAt(i);
        if (!Character.isLetter(c)) continue;
        letters++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) cyrillic++;
      }
    }
    return letters > 0 && cyrillic * 2 > letters;
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }
}
