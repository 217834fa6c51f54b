package org.peacetalks.eval;

import java.util.Arrays;
import java.util.List;

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares) on standardised features: exact, deterministic and quick for the few signals and
 * hundreds of examples it is used on.
 */
final class LogisticFit {
  private static final int MAX_ITERATIONS = 50;
  private static final double CONVERGED = 1e-9;

  /**
   * The fitted numbers: per feature a mean and scale (standardisation) and a weight, and a bias.
   */
  record Result(double[] mean, double[] scale, double[] weights, double bias) {
    double probability(double[] x) {
      double z = bias;
      for (int j = 0; j < x.length; j++) z += weights[j] * (x[j] - mean[j]) / scale[j];
      return 1 / (1 + Math.exp(-z));
    }
  }

  private LogisticFit() {}

  /**
   * @param rows one feature vector per example
   * @param labels 1 for positive examples, 0 for negative
   * @param l2 the penalty on the squared weights (not on the bias)
   */
  static Result fit(List<double[]> rows, int[] labels, double l2) {
    int n = rows.size();
    int d = rows.isEmpty() ? 0 : rows.get(0).length;
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (double[] r : rows) for (int j = 0; j < d; j++) mean[j] += r[j] / n;
    for (double[] r : rows)
      for (int j = 0; j < d; j++) scale[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / n;
    for (int j = 0; j < d; j++) scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
    double[][] x = new double[n][d + 1];
    for (int i = 0; i < n; i++) {
      x[i][0] = 1;
      for (int j = 0; j < d; j++) x[i][j + 1] = (rows.get(i)[j] - mean[j]) / scale[j];
    }
    double[] beta = new double[d + 1];
    for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
      double[] gradient = new double[d + 1];
      double[][] hessian = new double[d + 1][d + 1];
      for (int i = 0; i < n; i++) {
        double p = sigmoid(dot(beta, x[i]));
        double w = Math.max(p * (1 - p), 1e-12);
        for (int a = 0; a <= d; a++) {
          gradient[a] += (labels[i] - p) * x[i][a];
          for (int b = 0; b <= d; b++) hessian[a][b] += w * x[i][a] * x[i][b];
        }
      }
      for (int a = 1; a <= d; a++) {
        gradient[a] -= l2 * beta[a];
        hessian[a][a] += l2;
      }
      double[] step = solve(hessian, gradient);
      double size = 0;
      for (int a = 0; a <= d; a++) {
        beta[a] += step[a];
        size += Math.abs(step[a]);
      }
      if (size < CONVERGED) break;
    }
    return new Result(mean, scale, Arrays.copyOfRange(beta, 1, d + 1), beta[0]);
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  /**
   * Solves {@code a x = b} by Gaussian elimination with partial pivoting (a is small and positive
   * definite).
   */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++)
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
      double[] t = m[col];
      m[col] = m[pivot];
      m[pivot] = t;
      if (Math.abs(m[col][col]) < 1e-15) continue;
      for (int r = col + 1; r < n; r++) {
        double f = m[r][col] / m[col][col];
        for (int c = col; c <= n; c++) m[r][c] -= f * m[col][c];
      }
    }
    double[] out = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = m[r][n];
      for (int c = r + 1; c < n; c++) s -= m[r][c] * out[c];
      out[r] = Math.abs(m[r][r]) < 1e-15 ? 0 : s / m[r][r];
    }
    return out;
  }
}
