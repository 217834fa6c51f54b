package org.peacetalks.search;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Ranks by a weighted mean of four signals, each scaled to 0..1 across the first tier of
 * candidates: the word score, the share of the question covered, and the closeness in meaning of
 * the paragraph and of its closest sentence; and of the alignment of the question's words with the
 * paragraph's ({@link WordAlignment}, already on one scale) and whether the paragraph holds the
 * kind of thing the question asks for ({@link AnswerType}, 0 or 1); plus a learned correction of
 * the paragraph's closeness ({@link MeaningWeights}). Scaling first lets the weights, not the
 * signals' different spreads, decide; scaling over the first tier alone keeps the first pages'
 * scores the same however deep a later page reaches.
 */
final class SignalBlend {
  private final Range words;
  private final Range coverage;
  private final Range paragraph;
  private final Range sentence;

  private SignalBlend(Range words, Range coverage, Range paragraph, Range sentence) {
    this.words = words;
    this.coverage = coverage;
    this.paragraph = paragraph;
    this.sentence = sentence;
  }

  /** The scales of the four signals across these candidates (a question's first tier). */
  static SignalBlend over(List<Candidate> firstTier) {
    return new SignalBlend(
        Range.of(firstTier, c -> c.lexicalScore),
        Range.of(firstTier, c -> c.coverage),
        Range.of(firstTier, c -> c.cosine),
        Range.of(firstTier, c -> c.sentenceCosine));
  }

  /**
   * Sets each candidate's {@link Candidate#score} to the weighted mean of its scaled signals, with
   * the learned correction of its closeness in meaning ({@link Candidate#meaning}) added to the
   * sum, as it was fitted.
   */
  void blend(SearchTuning.Blend w, List<Candidate> candidates) {
    for (Candidate c : candidates) {
      c.score =
          (w.words() * words(c)
                  + w.coverage() * coverage(c)
                  + w.paragraph() * paragraph(c)
                  + w.sentence() * sentence(c)
                  + w.alignment() * c.alignment
                  + (c.holdsAnswerType ? w.answerType() : 0)
                  + c.meaning)
              / w.total();
    }
  }

  double words(Candidate c) {
    return words.scale(c.lexicalScore);
  }

  double coverage(Candidate c) {
    return coverage.scale(c.coverage);
  }

  double paragraph(Candidate c) {
    return paragraph.scale(c.cosine);
  }

  double sentence(Candidate c) {
    return sentence.scale(c.sentenceCosine);
  }

  /** The spread of one signal across the candidates, to scale it to 0..1. */
  private record Range(double min, double max) {
    static Range of(List<Candidate> candidates, ToDoubleFunction<Candidate> signal) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (Candidate c : candidates) {
        double v = signal.applyAsDouble(c);
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      return new Range(min, max);
    }

    /** 0 for every value when the signal does not vary: it then cannot tell candidates apart. */
    double scale(double v) {
      return max > min ? (v - min) / (max - min) : 0;
    }
  }
}
