package org.peacetalks.eval;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.Paragraph;
import org.peacetalks.corpus.UnreadableArticleException;
import org.peacetalks.feeds.TopicRelevance;
import org.peacetalks.search.PassageEmbedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How well {@link TopicRelevance} tells articles about the war and the talks from the rest, on a
 * labelled folder: {@code on/} holds articles on topic, {@code off/} the others, in any format the
 * articles folder takes. Each article is judged whole and as the teaser a feed item often is (title
 * and two sentences), since feeds carry both.
 *
 * <p>Reports precision and recall at a given threshold with the shipped models, the threshold that
 * would have been best for them, and an honest estimate by k-fold cross-validation: for each fold,
 * models and threshold fitted on the other folds judge it (an article and its teaser always fall in
 * the same fold). Finally the models fitted on the whole set, to ship.
 */
public final class RelevanceEvaluation {
  private static final Logger log = LoggerFactory.getLogger(RelevanceEvaluation.class);

  /**
   * Penalty on the squared standardised weights: a little, as there are few examples per feature.
   */
  private static final double L2 = 1.0;

  /** A first sentence shorter than this gets the third one too in the teaser. */
  private static final int SHORT_SENTENCE = 60;

  /** One labelled text: an article, or the teaser made from it. */
  public record Example(
      String name,
      boolean onTopic,
      boolean teaser,
      TopicRelevance.Signals withModel,
      TopicRelevance.Signals wordsOnly) {
    /**
     * The fold it belongs to: by article, so that a teaser is never judged by a model that saw its
     * article.
     */
    int fold(int folds) {
      return Math.floorMod(name.hashCode(), folds);
    }
  }

  /** Precision, recall and F1 of the "on topic" class, with the counts they come from. */
  public record Figures(
      int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
    public double precision() {
      return truePositives + falsePositives == 0
          ? 1
          : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
      return truePositives + falseNegatives == 0
          ? 1
          : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Figures plus(boolean onTopic, boolean kept) {
      return new Figures(
          truePositives + (onTopic && kept ? 1 : 0),
          falsePositives + (!onTopic && kept ? 1 : 0),
          falseNegatives + (onTopic && !kept ? 1 : 0),
          trueNegatives + (!onTopic && !kept ? 1 : 0));
    }

    static final Figures NONE = new Figures(0, 0, 0, 0);
  }

  /** A judged example. */
  public record Judged(Example example, double score, boolean kept) {}

  /**
   * Everything the report prints.
   *
   * @param configured the shipped models at the given threshold (with the model when one is loaded)
   * @param bestThreshold the threshold that maximises F1 for the shipped models on this set
   * @param heldOut cross-validated figures with the model (null without one)
   * @param heldOutWords cross-validated figures by words alone
   * @param fittedWithModel fitted on the whole set (null without a model)
   * @param fittedWords fitted on the whole set by words alone
   */
  public record Report(
      int onTopic,
      int offTopic,
      double threshold,
      List<Judged> judged,
      Figures configured,
      double bestThreshold,
      Figures atBest,
      HeldOut heldOut,
      HeldOut heldOutWords,
      TopicRelevance.Model fittedWithModel,
      TopicRelevance.Model fittedWords,
      int folds) {
    public Report {
      judged = List.copyOf(judged);
    }

    /** The figures at the given threshold for some of the examples (articles, teasers). */
    public Figures configured(Predicate<Example> which) {
      Figures f = Figures.NONE;
      for (Judged j : judged)
        if (which.test(j.example())) f = f.plus(j.example().onTopic(), j.kept());
      return f;
    }
  }

  private final ArticleParser parser;
  private final PassageEmbedder embedder;

  /**
   * @param embedder the model, or null to evaluate by words alone
   */
  public RelevanceEvaluation(ArticleParser parser, PassageEmbedder embedder) {
    this.parser = Objects.requireNonNull(parser, "parser == null");
    this.embedder = embedder;
  }

  /** Reads the labelled folder and judges it. */
  public Report run(Path dir, double threshold, int folds) throws IOException {
    if (folds < 2) throw new IllegalArgumentException("folds < 2: " + folds);
    List<Example> examples = examples(dir);
    int on = (int) examples.stream().filter(e -> e.onTopic() && !e.teaser()).count();
    int off = (int) examples.stream().filter(e -> !e.onTopic() && !e.teaser()).count();
    if (on == 0 || off == 0) throw new IOException(dir + ": needs articles in both on/ and off/");

    List<Judged> judged = new ArrayList<>();
    for (Example e : examples) {
      double score = score(e, TopicRelevance.DEFAULT_MODELS);
      judged.add(new Judged(e, score, score >= threshold));
    }
    Figures configured = Figures.NONE;
    for (Judged j : judged) configured = configured.plus(j.example().onTopic(), j.kept());
    double best = bestThreshold(judged.stream().map(Judged::score).toList(), examples);
    Figures atBest = Figures.NONE;
    for (Judged j : judged) atBest = atBest.plus(j.example().onTopic(), j.score() >= best);

    HeldOut heldOut = embedder == null ? null : crossValidate(examples, folds, true);
    HeldOut heldOutWords = crossValidate(examples, folds, false);
    TopicRelevance.Models all = fit(examples);
    return new Report(
        on,
        off,
        threshold,
        judged,
        configured,
        best,
        atBest,
        heldOut,
        heldOutWords,
        embedder == null ? null : all.withModel(),
        all.words(),
        folds);
  }

  private double score(Example e, TopicRelevance.Models models) {
    return embedder == null ? models.score(e.wordsOnly()) : models.score(e.withModel());
  }

  /** The examples of {@code dir/on} and {@code dir/off}, each article and its teaser. */
  List<Example> examples(Path dir) throws IOException {
    TopicRelevance withModel = embedder == null ? null : new TopicRelevance(embedder, 0.5);
    TopicRelevance wordsOnly = new TopicRelevance(null, 0.5);
    List<Example> out = new ArrayList<>();
    for (String label : List.of("on", "off")) {
      for (Path file : files(dir.resolve(label))) {
        Article article;
        try {
          article = parser.parse(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (UnreadableArticleException e) {
          // What the reader refuses never reaches the filter either.
          log.warn("{} skipped: {}", file, e.getMessage());
          continue;
        }
        String name = label + "/" + file.getFileName();
        for (Article a : List.of(article, teaser(article))) {
          boolean teaser = a != article;
          out.add(
              new Example(
                  name,
                  label.equals("on"),
                  teaser,
                  withModel == null ? null : withModel.signals(a),
                  wordsOnly.signals(a)));
        }
      }
    }
    return out;
  }

  private static List<Path> files(Path folder) throws IOException {
    if (!Files.isDirectory(folder))
      throw new IOException(folder + ": no such folder (the labelled set has on/ and off/)");
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
      for (Path p : children) {
        if (Files.isRegularFile(p)
            && ArticleParser.EXTENSIONS.contains(
                ArticleParser.extensionOf(p.getFileName().toString()))) {
          files.add(p);
        }
      }
    }
    files.sort(Comparator.comparing(p -> p.getFileName().toString()));
    return files;
  }

  /**
   * The article as a feed teaser: its title and the first two sentences of its first real
   * paragraph.
   */
  static Article teaser(Article a) {
    String first =
        a.paragraphs().stream()
            .map(Paragraph::text)
            .filter(t -> t.strip().length() >= SHORT_SENTENCE)
            .findFirst()
            .orElse(a.paragraphs().isEmpty() ? "" : a.paragraphs().get(0).text());
    String text = first.strip().replaceAll("\\s+", " ");
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    sentences.setText(text);
    int end = 0;
    for (int i = 0; i < 2; i++) {
      int next = sentences.next();
      if (next == BreakIterator.DONE) break;
      end = next;
    }
    String lead = text.substring(0, end).strip();
    List<Paragraph> ps = lead.isEmpty() ? List.of() : List.of(new Paragraph(1, null, lead));
    return new Article(
        a.id() + "-teaser",
        a.title(),
        a.source(),
        a.url(),
        a.published(),
        a.fileName(),
        a.contentHash(),
        ps);
  }

  /** Each fold judged by models and a threshold fitted on the other folds. */
  private HeldOut crossValidate(List<Example> examples, int folds, boolean withModel) {
    Figures f = Figures.NONE;
    List<Double> thresholds = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      int fold = k;
      List<Example> train = examples.stream().filter(e -> e.fold(folds) != fold).toList();
      List<Example> test = examples.stream().filter(e -> e.fold(folds) == fold).toList();
      if (test.isEmpty()) continue;
      TopicRelevance.Models models = fit(train);
      List<Double> trainScores =
          train.stream().map(e -> models.score(withModel ? e.withModel() : e.wordsOnly())).toList();
      double threshold = bestThreshold(trainScores, train);
      thresholds.add(threshold);
      for (Example e : test)
        f =
            f.plus(
                e.onTopic(), models.score(withModel ? e.withModel() : e.wordsOnly()) >= threshold);
    }
    return new HeldOut(f, thresholds);
  }

  /** Cross-validated figures and the threshold each fold's training part chose. */
  public record HeldOut(Figures figures, List<Double> thresholds) {
    public HeldOut {
      thresholds = List.copyOf(thresholds);
    }
  }

  /**
   * The models fitted on {@code examples}: the one with the embedding model on the examples the
   * model judges (not Cyrillic), the words-only one on every example by words.
   */
  TopicRelevance.Models fit(List<Example> examples) {
    TopicRelevance.Model words =
        fit(
            examples.stream().map(Example::wordsOnly).toList(),
            examples.stream().map(Example::onTopic).toList());
    TopicRelevance.Model model = TopicRelevance.DEFAULT_MODELS.withModel();
    if (embedder != null) {
      List<Example> judgedByModel =
          examples.stream().filter(e -> e.withModel().semantic()).toList();
      model =
          fit(
              judgedByModel.stream().map(Example::withModel).toList(),
              judgedByModel.stream().map(Example::onTopic).toList());
    }
    return new TopicRelevance.Models(model, words);
  }

  private static TopicRelevance.Model fit(
      List<TopicRelevance.Signals> signals, List<Boolean> labels) {
    List<double[]> rows = signals.stream().map(TopicRelevance.Signals::features).toList();
    int[] y = labels.stream().mapToInt(b -> b ? 1 : 0).toArray();
    LogisticFit.Result r = LogisticFit.fit(rows, y, L2);
    // Back to raw features, so the shipped model needs no standardisation step.
    double[] w = new double[r.weights().length];
    double bias = r.bias();
    for (int j = 0; j < w.length; j++) {
      w[j] = r.weights()[j] / r.scale()[j];
      bias -= w[j] * r.mean()[j];
    }
    return new TopicRelevance.Model(bias, w);
  }

  /**
   * The threshold with the highest F1 on these scores; of equally good ones, the middle of the gap
   * between the scores either side, so that it does not sit on one example's score.
   */
  static double bestThreshold(List<Double> scores, List<Example> examples) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) order.add(i);
    order.sort(Comparator.comparing(scores::get));
    double bestF1 = -1;
    double best = 0.5;
    for (int i = 0; i <= order.size(); i++) {
      double below = i == 0 ? 0 : scores.get(order.get(i - 1));
      double above = i == order.size() ? 1 : scores.get(order.get(i));
      if (above <= below) continue;
      double t = (below + above) / 2;
      Figures f = Figures.NONE;
      for (int j = 0; j < scores.size(); j++)
        f = f.plus(examples.get(j).onTopic(), scores.get(j) >= t);
      if (f.f1() > bestF1 + 1e-12) {
        bestF1 = f.f1();
        best = t;
      }
    }
    return best;
  }
}
