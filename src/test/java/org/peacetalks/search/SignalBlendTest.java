package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the four signals are scaled over the first tier and weighed into one score. */
class SignalBlendTest {
  private static Candidate candidate(
      int tier, double words, double coverage, double cosine, double sentence) {
    Candidate c = new Candidate(tier * 100 + (int) (words * 10), tier);
    c.lexicalScore = words;
    c.coverage = coverage;
    c.cosine = cosine;
    c.sentenceCosine = sentence;
    return c;
  }

  @Test
  void eachSignalIsScaledFromItsLowestToItsHighestInTheFirstTier() {
    Candidate low = candidate(0, 2, 0.2, 0.3, 0.4);
    Candidate mid = candidate(0, 5, 0.6, 0.5, 0.5);
    Candidate high = candidate(0, 8, 1.0, 0.7, 0.9);
    SignalBlend scales = SignalBlend.over(List.of(low, mid, high));
    assertEquals(0, scales.words(low));
    assertEquals(0.5, scales.words(mid), 1e-12);
    assertEquals(1, scales.words(high));
    assertEquals(0.5, scales.coverage(mid), 1e-12);
    assertEquals(0.5, scales.paragraph(mid), 1e-12);
    assertEquals(0.2, scales.sentence(mid), 1e-12);
  }

  @Test
  void aSignalThatDoesNotVaryCannotTellCandidatesApart() {
    Candidate a = candidate(0, 3, 0.5, -1, -1);
    Candidate b = candidate(0, 4, 0.5, -1, -1);
    SignalBlend scales = SignalBlend.over(List.of(a, b));
    assertEquals(0, scales.coverage(b));
    assertEquals(0, scales.paragraph(b));
  }

  @Test
  void aLaterTierIsScaledAsTheFirstSetsItSoItsScoresMayLeaveZeroToOne() {
    Candidate a = candidate(0, 2, 0, 0, 0);
    Candidate b = candidate(0, 4, 0, 0, 0);
    Candidate deeper = candidate(1, 6, 0, 0, 0);
    assertEquals(2, SignalBlend.over(List.of(a, b)).words(deeper), 1e-12);
  }

  @Test
  void theScoreIsTheWeightedMeanOfTheScaledSignals() {
    Candidate low = candidate(0, 1, 0, 0, 0);
    Candidate c = candidate(0, 3, 1, 0.2, 1);
    Candidate high = candidate(0, 5, 1, 1, 1);
    List<Candidate> all = List.of(low, c, high);
    SignalBlend.over(all).blend(new SearchTuning.Blend(1, 2, 1, 2, 0, 0), all);
    // words 0.5, coverage 1, paragraph 0.2, sentence 1
    assertEquals((0.5 + 2 + 0.2 + 2) / 6, c.score, 1e-12);
    assertEquals(0, low.score);
    assertEquals(1, high.score, 1e-12);
  }

  @Test
  void theLearnedMeaningCorrectionIsAddedBeforeTheMean() {
    Candidate low = candidate(0, 1, 0, 0, 0);
    Candidate c = candidate(0, 3, 1, 0.2, 1);
    Candidate high = candidate(0, 5, 1, 1, 1);
    c.meaning = 0.6;
    List<Candidate> all = List.of(low, c, high);
    SignalBlend.over(all).blend(new SearchTuning.Blend(1, 2, 1, 2, 0, 0), all);
    assertEquals((0.5 + 2 + 0.2 + 2 + 0.6) / 6, c.score, 1e-12);
  }
}
