package org.peacetalks.eval;

import java.util.ArrayList;
import java.util.List;
import org.peacetalks.search.MeaningWeights;
import org.peacetalks.search.PassageSearcher.RankingFeatures;
import org.peacetalks.search.SearchTuning;

/**
 * Fits {@link MeaningWeights}: pairwise logistic regression (an answering passage should score
 * above a non-answering one of the same question) over the products {@code q[i]·p[i]} of the
 * question's and the paragraph's embeddings, with the configured blend's score of each passage as a
 * fixed offset, so that only the correction is learned. An L2 penalty keeps the weights small: a
 * few hundred questions against 384 dimensions.
 *
 * <p>Solved by Nesterov-accelerated gradient descent with backtracking: each step costs one pass
 * over the candidates (the pairs' gradient gathers per candidate), where Newton's method would cost
 * one over every pair times the dimensions squared.
 */
final class MeaningFit {
  /**
   * On weights of raw products (each about 1/384 of a cosine). With the word alignment in the
   * blend, held out over 22 files, 0.3 and 10 rank alike overall (Hit@1 0.714 and 0.718, Hit@3
   * 0.878 and 0.869, MRR@10 0.802 both), but at 0.3 the files with articles of their own gain what
   * the three shared files and the chat files lose; 10 spreads the gain over all (retrieval.md,
   * thirteenth round).
   */
  static final double L2 = 10;

  private static final int MAX_STEPS = 2000;
  private static final double CONVERGED = 1e-7;

  private MeaningFit() {}

  /** One question's candidates: blend score, vectors and whether each answers. */
  private record Prepared(
      double[] offset, float[] question, float[][] paragraphs, boolean[] good) {}

  static MeaningWeights fit(List<BlendFit.Question> questions, SearchTuning.Blend blend) {
    List<Prepared> data = prepare(questions, blend);
    if (data.isEmpty()) return MeaningWeights.NONE;
    int d = data.get(0).question().length;
    double[] w = new double[d];
    double[] y = w.clone();
    double step = 1;
    double t = 1;
    double[] grad = new double[d];
    double loss = objective(data, w, null);
    for (int k = 0; k < MAX_STEPS; k++) {
      double at = objective(data, y, grad);
      double[] next;
      double nextLoss;
      // Backtracking: shrink the step until it decreases the objective as gradient descent must.
      while (true) {
        next = new double[d];
        double g2 = 0;
        for (int i = 0; i < d; i++) {
          next[i] = y[i] - step * grad[i];
          g2 += grad[i] * grad[i];
        }
        nextLoss = objective(data, next, null);
        if (nextLoss <= at - step / 2 * g2 || step < 1e-12) break;
        step /= 2;
      }
      double tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
      for (int i = 0; i < d; i++) y[i] = next[i] + (t - 1) / tNext * (next[i] - w[i]);
      t = tNext;
      boolean done = Math.abs(loss - nextLoss) < CONVERGED * Math.max(1, Math.abs(loss));
      if (nextLoss > loss) {
        t = 1; // restart the momentum when it overshoots
        System.arraycopy(next, 0, y, 0, d);
      }
      w = next;
      loss = nextLoss;
      if (done) break;
    }
    return new MeaningWeights(null, w);
  }

  private static List<Prepared> prepare(List<BlendFit.Question> questions, SearchTuning.Blend b) {
    List<Prepared> out = new ArrayList<>();
    for (BlendFit.Question q : questions) {
      List<RankingFeatures> cs = q.candidates();
      boolean any = false;
      boolean all = true;
      for (boolean a : q.answers()) {
        any |= a;
        all &= a;
      }
      if (!any || all || cs.get(0).questionVector() == null) continue;
      if (cs.stream().anyMatch(c -> c.vector() == null)) continue;
      double[] offset = new double[cs.size()];
      float[][] paragraphs = new float[cs.size()][];
      for (int i = 0; i < cs.size(); i++) {
        offset[i] = BlendFit.score(cs.get(i), b);
        paragraphs[i] = cs.get(i).vector();
      }
      out.add(new Prepared(offset, cs.get(0).questionVector(), paragraphs, q.answers().clone()));
    }
    return out;
  }

  /**
   * The penalised loss at {@code w}; with {@code grad} not null, also its gradient there. Every
   * (answering, non-answering) pair of a question is one example.
   */
  private static double objective(List<Prepared> data, double[] w, double[] grad) {
    int d = w.length;
    double loss = 0;
    if (grad != null) java.util.Arrays.fill(grad, 0);
    double[] u = new double[d];
    for (Prepared p : data) {
      for (int i = 0; i < d; i++) u[i] = w[i] * p.question()[i];
      int n = p.offset().length;
      double[] score = new double[n];
      for (int c = 0; c < n; c++) {
        double s = p.offset()[c];
        float[] v = p.paragraphs()[c];
        for (int i = 0; i < d; i++) s += u[i] * v[i];
        score[c] = s;
      }
      // coefficient of each candidate's paragraph in the gradient of this question's pairs
      double[] coefficient = grad == null ? null : new double[n];
      for (int a = 0; a < n; a++) {
        if (!p.good()[a]) continue;
        for (int b = 0; b < n; b++) {
          if (p.good()[b]) continue;
          double m = score[a] - score[b];
          loss += m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m));
          if (coefficient != null) {
            double miss = 1 / (1 + Math.exp(m)); // σ(-m)
            coefficient[a] -= miss;
            coefficient[b] += miss;
          }
        }
      }
      if (grad != null) {
        for (int c = 0; c < n; c++) {
          if (coefficient[c] == 0) continue;
          float[] v = p.paragraphs()[c];
          for (int i = 0; i < d; i++) grad[i] += coefficient[c] * p.question()[i] * v[i];
        }
      }
    }
    for (int i = 0; i < d; i++) {
      loss += L2 / 2 * w[i] * w[i];
      if (grad != null) grad[i] += L2 * w[i];
    }
    return loss;
  }
}
