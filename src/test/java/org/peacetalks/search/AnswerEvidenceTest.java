package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;

/** The evidence read off the first tier of a ranking for the no-answer decision. */
class AnswerEvidenceTest {
  private static final QueryPlan KNOWN_WORDS =
      new QueryPlan(
          List.of(concept("geneva", 2f, true), concept("ceasefire", 1.5f, true)),
          new MatchAllDocsQuery(),
          Set.of(),
          2,
          true,
          "geneva ceasefire");

  private static Concept concept(String label, float weight, boolean known) {
    return new Concept(label, List.of(List.of(label)), weight, known);
  }

  private static Candidate candidate(int doc, int tier, double cosine, double bm25) {
    Candidate c = new Candidate(doc, tier);
    c.cosine = cosine;
    c.sentenceCosine = cosine;
    c.bm25 = bm25;
    c.coverage = cosine / 2;
    return c;
  }

  /** Twelve first-tier candidates, cosines 0.10 .. 0.65 by 0.05. */
  private static List<Candidate> twelve() {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < 12; i++) out.add(candidate(i, 0, 0.10 + 0.05 * i, i));
    return out;
  }

  @Test
  void theBestOfTheFirstTierAndHowFarItStandsAboveTheTenth() {
    AnswerSignals signals = AnswerEvidence.of(KNOWN_WORDS, twelve(), true, 0);
    assertTrue(signals.hybrid());
    assertEquals(0.65, signals.bestCosine(), 1e-12);
    assertEquals(0.65, signals.bestSentenceCosine(), 1e-12);
    assertEquals(0.65 - 0.20, signals.cosineMargin(), 1e-12);
    assertEquals(0.325, signals.bestCoverage(), 1e-12);
    assertEquals(2, signals.knownConcepts());
    assertEquals(0, signals.unknownShare());
    assertEquals(0, signals.unknownNames());
  }

  @Test
  void theClosestSentenceIsJudgedByThePlainSentenceVectorWhereItWasMeasured() {
    List<Candidate> candidates = twelve();
    for (Candidate c : candidates) c.plainSentenceCosine = c.cosine + 0.1;
    assertEquals(
        0.75, AnswerEvidence.of(KNOWN_WORDS, candidates, true, 0).bestSentenceCosine(), 1e-9);
    for (Candidate c : candidates) c.plainSentenceCosine = c.cosine - 0.3;
    assertEquals(
        0.65,
        AnswerEvidence.of(KNOWN_WORDS, candidates, true, 0).bestSentenceCosine(),
        1e-9,
        "never below the paragraph's own cosine");
  }

  @Test
  void theWordScoreIsAShareOfWhatTheKnownWordsCouldGive() {
    AnswerSignals signals = AnswerEvidence.of(KNOWN_WORDS, twelve(), true, 0);
    assertEquals(11 / 3.5, signals.wordScore(), 1e-6);
  }

  @Test
  void laterTiersAreNoEvidence() {
    List<Candidate> candidates = new ArrayList<>(twelve());
    candidates.add(candidate(99, 1, 0.99, 50));
    AnswerSignals signals = AnswerEvidence.of(KNOWN_WORDS, candidates, true, 0);
    assertEquals(0.65, signals.bestCosine(), 1e-12);
    assertEquals(11 / 3.5, signals.wordScore(), 1e-6);
  }

  @Test
  void withFewerCandidatesThanTheMarginRankThereIsNoMargin() {
    AnswerSignals signals = AnswerEvidence.of(KNOWN_WORDS, twelve().subList(0, 9), true, 0);
    assertEquals(0, signals.cosineMargin());
  }

  @Test
  void byWordsAloneTheMeaningSignalsAreZero() {
    AnswerSignals signals = AnswerEvidence.of(KNOWN_WORDS, twelve(), false, 0);
    assertFalse(signals.hybrid());
    assertEquals(0, signals.bestCosine());
    assertEquals(0, signals.bestSentenceCosine());
    assertEquals(0, signals.cosineMargin());
    assertEquals(0.325, signals.bestCoverage(), 1e-12);
    assertTrue(Double.isNaN(AnswerEvidence.of(KNOWN_WORDS, twelve(), false, 2.5).offTopic()));
  }

  @Test
  void theTopicReadingIsCarriedWithMeaningSignals() {
    assertEquals(2.5, AnswerEvidence.of(KNOWN_WORDS, twelve(), true, 2.5).offTopic());
  }

  @Test
  void aQuestionWithNoKnownWordHasNoWordScore() {
    QueryPlan unknown =
        new QueryPlan(
            List.of(concept("Lukashenko", 3f, false)),
            new MatchAllDocsQuery(),
            Set.of(),
            1,
            true,
            "Lukashenko");
    AnswerSignals signals = AnswerEvidence.of(unknown, List.of(), false, 0);
    assertEquals(0, signals.wordScore());
    assertEquals(1, signals.unknownShare());
    assertEquals(1, signals.unknownNames(), "capitalised: a name");
  }
}
