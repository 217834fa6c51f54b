package org.peacetalks.search;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ranks the candidate passages of a question: plans the query, gathers the pool, lets each signal
 * score it, and orders it tier first. With vectors in the index the signals are blended ({@link
 * SignalBlend}); without, the word score alone ranks.
 *
 * <p>Thread-safe: it holds no state of its own between questions.
 */
final class PassageRanker {
  private static final Logger log = LoggerFactory.getLogger(PassageRanker.class);
  private static final Comparator<Candidate> TIER_FIRST = Comparator.comparingInt(c -> c.tier);

  /** The candidates aligned word by word were the best by the other signals: they stay ahead. */
  private static final Comparator<Candidate> ALIGNED_FIRST =
      Comparator.comparing((Candidate c) -> !c.aligned);

  private final QueryPlanner planner;
  private final WordScorer words;
  private final PassageEmbedder embedder;
  private final SearchTuning tuning;
  private final TopicProbe topic;
  private final boolean readsTopic;
  private final MeaningWeights meaning;

  /**
   * @param embedder embeds questions; {@code null} ranks by words alone
   * @param topic reads from the question's vector whether it is about another subject
   * @param meaning the learned correction of closeness in meaning; {@link MeaningWeights#NONE} for
   *     none
   */
  PassageRanker(
      QueryPlanner planner,
      PassageEmbedder embedder,
      SearchTuning tuning,
      TopicProbe topic,
      MeaningWeights meaning) {
    this.planner = planner;
    this.words = new WordScorer(tuning);
    this.embedder = embedder;
    this.tuning = tuning;
    this.topic = topic;
    this.readsTopic = embedder != null && topic.reads(embedder.dimension());
    this.meaning = meaning;
    if (embedder != null && !readsTopic && topic.weights().length > 0) {
      log.warn(
          "The topic probe was fitted for another embedding model than {}: the no-answer decision"
              + " weighs the topic at its mean (refit with eval --fit)",
          embedder.name());
    }
  }

  /**
   * @param needed how many passages the pages shown so far and this one may take, before dropping
   *     duplicates and irrelevant ones: whole tiers are ranked for them
   */
  Ranking rank(IndexSearcher s, String question, int needed) throws IOException {
    return rank(s, question, needed, false);
  }

  /**
   * @param keepVectors keep each candidate's paragraph vector ({@link Candidate#vector}) and align
   *     every candidate of the first tier, for fitting the blend and the meaning weights; answers
   *     need neither
   */
  Ranking rank(IndexSearcher s, String question, int needed, boolean keepVectors)
      throws IOException {
    QueryPlan plan = planner.plan(question, s.getIndexReader());
    boolean useVectors = embedder != null && MeaningScorer.hasVectorsOf(s, embedder.dimension());
    int size = useVectors ? tuning.hybridCandidates() : tuning.candidates();
    // The model reads the question as the word side does: numbers and dates as the articles write
    // them, misspellings corrected, chat noise dropped (held out, one more question in the top 3).
    float[] questionVector = useVectors ? embedder.embedQuery(plan.meaningText()) : null;
    CandidatePool pool = CandidatePool.fetch(s, plan, questionVector, size, needed);
    boolean hybrid = pool.hybrid();
    List<Candidate> candidates = pool.all();
    ConceptCoverage.measure(s, plan, candidates);
    words.score(s, question, pool);
    WordPieces questionPieces = WordPieces.NONE;
    if (questionVector != null) {
      // The plain vector is for the no-answer decision only; held out over four files it refused
      // 0.733 of the on-topic questions the articles lack instead of 0.600, all else equal
      // (retrieval.md). Its word pieces are aligned with the best candidates'.
      PassageEmbedder.Encoding plain = embedder.encodeSentence(plan.meaningText());
      questionPieces = plain.pieces();
      MeaningScorer.measure(s, questionVector, plain.vector(), meaning, keepVectors, candidates);
    }
    if (hybrid) {
      List<Candidate> firstTier = firstTier(candidates);
      SignalBlend blend = SignalBlend.over(firstTier);
      blend.blend(tuning.blend(), candidates);
      // Fitting the blend needs every candidate's alignment and answer type; an answer, the best
      // few's.
      List<Candidate> best = best(firstTier, keepVectors ? firstTier.size() : SearchTuning.ALIGNED);
      WordAlignment.measure(s, questionPieces, best);
      AnswerTypeMatch.measure(s, question, best);
      blend.blend(tuning.blend(), candidates);
    } else for (Candidate c : candidates) c.score = c.lexicalScore;
    List<Candidate> ranked =
        candidates.stream()
            .filter(c -> hybrid || c.lexicalScore > 0)
            .sorted(
                TIER_FIRST
                    .thenComparing(ALIGNED_FIRST)
                    .thenComparing(Comparator.comparingDouble((Candidate c) -> c.score).reversed()))
            .toList();
    double offTopic = hybrid && readsTopic ? topic.offTopic(questionVector) : Double.NaN;
    return new Ranking(
        plan,
        ranked,
        hybrid,
        AnswerEvidence.of(plan, candidates, hybrid, offTopic),
        questionVector);
  }

  /** The {@code n} best of these candidates by their scores so far. */
  private static List<Candidate> best(List<Candidate> candidates, int n) {
    return candidates.stream()
        .sorted(Comparator.comparingDouble((Candidate c) -> c.score).reversed())
        .limit(n)
        .toList();
  }

  private static List<Candidate> firstTier(List<Candidate> candidates) {
    return candidates.stream().filter(Candidate::inFirstTier).toList();
  }
}
