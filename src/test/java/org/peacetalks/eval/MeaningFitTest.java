package org.peacetalks.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peacetalks.search.PassageSearcher.RankingFeatures;
import org.peacetalks.search.SearchTuning;

class MeaningFitTest {
  private static final SearchTuning.Blend BLEND = new SearchTuning.Blend(0.75, 0.37, 2, 1.06, 0, 0);
  private static final float[] QUESTION = {0.5f, 0.5f, 0.5f, 0.5f};

  /** Enough for the evidence to outweigh the fit's L2 penalty. */
  private static final int QUESTIONS_PER_FILE = 50;

  /**
   * The blend prefers the non-answering passages a little (more words matched); what tells the
   * answer apart is the first dimension of its vector, which the plain cosine weighs like the
   * second.
   */
  private static BlendFit.Question question(String file, String id) {
    List<RankingFeatures> candidates = new ArrayList<>();
    candidates.add(candidate(0.8, new float[] {0.1f, 0.9f, 0.3f, 0.3f}));
    candidates.add(candidate(0.8, new float[] {0.2f, 0.8f, 0.4f, 0.3f}));
    candidates.add(candidate(0.6, new float[] {0.9f, 0.1f, 0.3f, 0.3f}));
    EvalQuestion q = new EvalQuestion(file, id, "q " + id, List.of("answer"), false, null);
    return new BlendFit.Question(q, candidates, new boolean[] {false, false, true});
  }

  private static RankingFeatures candidate(double words, float[] vector) {
    return new RankingFeatures(
        "text", "article", 0, words, 0.5, 0.5, 0.5, 0, false, false, QUESTION, vector);
  }

  private static List<BlendFit.Question> files() {
    List<BlendFit.Question> out = new ArrayList<>();
    for (String file : List.of("a", "b", "c"))
      for (int i = 0; i < QUESTIONS_PER_FILE; i++) out.add(question(file, file + i));
    return out;
  }

  @Test
  void learnsWhichDimensionsTellAnswersApartAndBeatsTheBlendHeldOut() {
    BlendFit.Comparison c = BlendFit.compare(files(), BLEND);
    assertEquals(0, c.configured()[0], "the blend alone puts a non-answer first");
    assertEquals(1, c.withMeaning()[0], "each file ranked by weights fitted on the others");
    assertEquals(List.of("a", "b", "c"), List.copyOf(c.meaningByFile().keySet()));
    double[] w = c.meaningOnAll().weights();
    assertTrue(w[0] > w[1], "the first dimension counts more than the second");
  }

  @Test
  void withoutVectorsOrWithoutBothKindsOfPassageThereIsNothingToFit() {
    EvalQuestion q = new EvalQuestion("a", "x", "q", List.of("answer"), false, null);
    RankingFeatures noVector =
        new RankingFeatures("t", "a", 0, 1, 1, 1, 1, 0, false, false, null, null);
    BlendFit.Question words =
        new BlendFit.Question(q, List.of(noVector, noVector), new boolean[] {true, false});
    assertFalse(MeaningFit.fit(List.of(words), BLEND).reads(4));
    BlendFit.Question allAnswer =
        new BlendFit.Question(
            q, List.of(candidate(1, QUESTION), candidate(1, QUESTION)), new boolean[] {true, true});
    assertFalse(MeaningFit.fit(List.of(allAnswer), BLEND).reads(4));
  }

  @Test
  void aFileIsRankedByWeightsThatNeverSawIt() {
    List<BlendFit.Question> questions = new ArrayList<>();
    for (BlendFit.Question q : files()) if (!q.question().file().equals("c")) questions.add(q);
    // In c only the last dimension tells the answer apart; in a and b it never varies.
    for (int i = 0; i < QUESTIONS_PER_FILE; i++) {
      List<RankingFeatures> candidates =
          List.of(
              candidate(0.8, new float[] {0.5f, 0.5f, 0.3f, 0.1f}),
              candidate(0.8, new float[] {0.5f, 0.5f, 0.3f, 0.2f}),
              candidate(0.6, new float[] {0.5f, 0.5f, 0.3f, 0.9f}));
      EvalQuestion q = new EvalQuestion("c", "c" + i, "q c" + i, List.of("answer"), false, null);
      questions.add(new BlendFit.Question(q, candidates, new boolean[] {false, false, true}));
    }
    BlendFit.Comparison c = BlendFit.compare(questions, BLEND);
    assertEquals(1, c.byFile().get("a").withMeaning()[0]);
    assertEquals(0, c.byFile().get("c").withMeaning()[0], "weights fitted on c would rank it");
  }
}
