package org.peacetalks.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.VectorUtil;

/**
 * Answers a question with the best passages: BM25 over paragraphs, re-ranked by how much of the
 * question each passage covers, near-duplicates shown once, and "nothing in the articles" when even
 * the best passage covers too little of the question.
 *
 * <p>Thread-safe: many questions may be answered at once, also during a reindex.
 */
public final class PassageSearcher {
  /**
   * Text with no word the articles use is a question only when it asks or runs longer than this.
   */
  private static final int MAX_WORDS_OF_NON_QUESTION = 2;

  /**
   * The closeness in meaning of the best passage is compared with that of the candidate this far
   * down.
   */
  private static final int MARGIN_RANK = 9;

  /**
   * Lucene's BM25 scores one matching term below its IDF (its (k1 + 1) factor was dropped in Lucene
   * 8).
   */
  private static final double BM25_TERM_CEILING = 1.0;

  private static final Set<String> TEXT_ONLY = Set.of(IndexSchema.TEXT);
  private static final int ANSWER_TYPE_DEPTH = 20;
  private static final Comparator<Candidate> TIER_FIRST = Comparator.comparingInt(c -> c.tier);

  private final SearchIndex index;
  private final PassageEmbedder embedder;
  private final QueryPlanner planner;
  private final AnswerSentences sentences;
  private final QuestionTranslator translator;
  private final LanguageDetector languages = new LanguageDetector();
  private final SearchTuning tuning;
  private final Answerability answerability;
  private final int defaultPassages;

  /**
   * @param defaultPassages how many passages {@link #answer(String)} returns
   */
  public PassageSearcher(
      SearchIndex index, Synonyms synonyms, SearchTuning tuning, int defaultPassages) {
    this(index, synonyms, tuning, defaultPassages, index.embedder());
  }

  /**
   * @param embedder embeds questions for semantic search; {@code null} ranks by words only (the
   *     index's vectors, if any, are then unused)
   */
  public PassageSearcher(
      SearchIndex index,
      Synonyms synonyms,
      SearchTuning tuning,
      int defaultPassages,
      PassageEmbedder embedder) {
    this(index, synonyms, tuning, defaultPassages, embedder, Answerability.fitted());
  }

  /**
   * @param answerability the no-answer decision ({@link Answerability#never()} to measure the
   *     ranking alone)
   */
  public PassageSearcher(
      SearchIndex index,
      Synonyms synonyms,
      SearchTuning tuning,
      int defaultPassages,
      PassageEmbedder embedder,
      Answerability answerability) {
    if (defaultPassages < 1) throw new IllegalArgumentException("defaultPassages < 1");
    this.index = index;
    this.embedder = embedder;
    this.tuning = tuning;
    this.defaultPassages = defaultPassages;
    this.planner = new QueryPlanner(index.analyzer(), synonyms, tuning);
    this.answerability = answerability;
    this.sentences = new AnswerSentences(index.analyzer());
    this.translator = new QuestionTranslator(index.analyzer());
  }

  public int defaultPassages() {
    return defaultPassages;
  }

  /** The top passages for a question. */
  public Answer answer(String question) throws IOException {
    return answer(question, 0, defaultPassages);
  }

  /** Passages {@code offset+1 .. offset+limit} of the ranking, for paging through results. */
  public Answer answer(String question, int offset, int limit) throws IOException {
    String cleaned = QuestionText.clean(question);
    String shown = question == null ? "" : question;
    Answer.Reason problem = QuestionText.problem(cleaned);
    if (problem != null) {
      QuestionLanguage asked =
          cleaned == null ? QuestionLanguage.ENGLISH : languages.detect(cleaned);
      return Answer.rejected(shown, problem).askedIn(asked);
    }
    return index.withSearcher(
        s -> {
          // Ukrainian and Russian questions are searched with the English words of the articles.
          TranslatedQuestion english = translator.translate(cleaned, s.getIndexReader());
          QuestionLanguage asked = english.language();
          if (english.tooLittleKnown()) return Answer.none(shown).askedIn(asked);
          boolean translated = asked != QuestionLanguage.ENGLISH;
          Ranking ranking = rank(s, english.text(), offset + limit);
          if (!translated && ranking.notAQuestion())
            return Answer.rejected(shown, Answer.Reason.NOT_A_QUESTION);
          // The no-answer model was fitted on English questions; a translated one is a bag of
          // glossary
          // words whose cosines read differently, so for it what decides is whether enough of it
          // maps
          // to the articles' words (tooLittleKnown, above).
          if (ranking.ranked().isEmpty()
              || !translated && !answerability.answers(ranking.signals)) {
            return Answer.none(shown).askedIn(asked);
          }
          return new Answer(
              shown, Answer.Status.ANSWERED, passages(s, ranking, offset, limit), null, asked);
        });
  }

  /**
   * What the ranking says about whether the articles answer the question, without deciding; for
   * fitting the no-answer decision ({@code eval --fit}). {@code null} when the question would be
   * refused before any search (empty, too long, a command or small talk).
   */
  public AnswerSignals signals(String question) throws IOException {
    String cleaned = QuestionText.clean(question);
    if (QuestionText.problem(cleaned) != null) return null;
    return index.withSearcher(
        s -> {
          Ranking ranking = rank(s, cleaned, 1);
          return ranking.notAQuestion() ? null : ranking.signals;
        });
  }

  /**
   * The first tier of candidates of a question with the four blended signals, each scaled to 0..1
   * as the blend sees it, and the text; for fitting the blend's weights ({@code eval --fit}).
   */
  public List<RankingFeatures> rankingFeatures(String question) throws IOException {
    String cleaned = QuestionText.clean(question);
    if (QuestionText.problem(cleaned) != null) return List.of();
    return index.withSearcher(
        s -> {
          Ranking ranking = rank(s, cleaned, 1);
          List<Candidate> firstTier = ranking.ranked().stream().filter(c -> c.tier == 0).toList();
          Range words = Range.of(firstTier, c -> c.lexicalScore);
          Range coverage = Range.of(firstTier, c -> c.coverage);
          Range paragraph = Range.of(firstTier, c -> c.cosine);
          Range sentence = Range.of(firstTier, c -> c.sentenceCosine);
          StoredFields stored = s.storedFields();
          List<RankingFeatures> out = new ArrayList<>();
          for (Candidate c : firstTier) {
            Document d = stored.document(c.doc);
            int ordinal = d.getField(IndexSchema.ORDINAL).numericValue().intValue();
            out.add(
                new RankingFeatures(
                    d.get(IndexSchema.TEXT),
                    d.get(IndexSchema.ARTICLE),
                    ordinal,
                    words.scale(c.lexicalScore),
                    coverage.scale(c.coverage),
                    paragraph.scale(c.cosine),
                    sentence.scale(c.sentenceCosine)));
          }
          return out;
        });
  }

  /**
   * One candidate passage as the blend sees it: each signal scaled to 0..1 across the question's
   * first tier.
   */
  public record RankingFeatures(
      String text,
      String article,
      int ordinal,
      double words,
      double coverage,
      double paragraph,
      double sentence) {}

  /** The candidates of a question in ranked order, and the evidence that the articles answer it. */
  private record Ranking(
      QueryPlan plan,
      List<Candidate> ranked,
      boolean hybrid,
      AnswerSignals signals,
      float[] questionVector) {
    /** Short text in which no word is one the articles use, even misspelt: keyboard mash, "hmm". */
    boolean notAQuestion() {
      return plan.concepts().stream().noneMatch(Concept::known)
          && plan.wordCount() <= MAX_WORDS_OF_NON_QUESTION
          && !plan.asks();
    }
  }

  private Ranking rank(IndexSearcher s, String question, int needed) throws IOException {
    QueryPlan plan = planner.plan(question, s.getIndexReader());
    boolean useVectors = embedder != null && hasVectorsOf(s, embedder.dimension());
    // Candidates come in tiers of the pool's size, the first of which is ranked for the first
    // pages; paging further fetches whole further tiers and ranks them after the ones before, so
    // pages already shown never change.
    int pool = useVectors ? tuning.hybridCandidates() : tuning.candidates();
    int depth = pool * Math.max(1, (needed + pool - 1) / pool);
    ScoreDoc[] lexical =
        plan.hasKnownConcept() ? s.search(plan.query(), depth).scoreDocs : new ScoreDoc[0];
    float[] questionVector = useVectors ? embedder.embedQuery(question) : null;
    // HNSW search is approximate and its beam is k wide: the pool is always searched with the
    // same k, so that its hits do not change when a deeper page asks for more.
    ScoreDoc[] semantic = useVectors ? nearest(s, questionVector, pool) : new ScoreDoc[0];
    ScoreDoc[] deeperSemantic =
        useVectors && depth > pool ? nearest(s, questionVector, depth) : new ScoreDoc[0];
    boolean hybrid = semantic.length > 0;
    Map<Integer, Candidate> byDoc = inTiers(lexical, semantic, deeperSemantic, pool);
    List<Candidate> candidates = new ArrayList<>(byDoc.values());
    coverage(s, plan, candidates);
    scoreWords(s, question, lexical, byDoc, pool);
    if (questionVector != null) cosines(s, questionVector, candidates);
    if (hybrid) blend(candidates);
    else for (Candidate c : candidates) c.score = c.lexicalScore;
    List<Candidate> ranked =
        candidates.stream()
            .filter(c -> hybrid || c.lexicalScore > 0)
            .sorted(
                TIER_FIRST.thenComparing(
                    Comparator.comparingDouble((Candidate c) -> c.score).reversed()))
            .toList();
    return new Ranking(plan, ranked, hybrid, signals(plan, candidates, hybrid), questionVector);
  }

  /**
   * Every candidate from either list, in the tier of its better rank (a tier is the pool's size);
   * the first tier is the k = pool nearest-neighbour search's, and it alone sets the blend's scale.
   */
  private static Map<Integer, Candidate> inTiers(
      ScoreDoc[] lexical, ScoreDoc[] semantic, ScoreDoc[] deeperSemantic, int pool) {
    Map<Integer, Candidate> byDoc = new LinkedHashMap<>();
    for (int i = 0; i < lexical.length; i++)
      byDoc.put(lexical[i].doc, new Candidate(lexical[i].doc, i / pool));
    for (ScoreDoc d : semantic) byDoc.computeIfAbsent(d.doc, doc -> new Candidate(doc, 0)).tier = 0;
    for (int i = 0; i < deeperSemantic.length; i++) {
      Candidate c =
          byDoc.computeIfAbsent(
              deeperSemantic[i].doc, doc -> new Candidate(doc, Integer.MAX_VALUE));
      c.tier = Math.min(c.tier, Math.max(1, i / pool));
    }
    return byDoc;
  }

  /** The lexical ranking: BM25 re-ranked by coverage and, for the best hits, by answer type. */
  private void scoreWords(
      IndexSearcher s, String question, ScoreDoc[] lexical, Map<Integer, Candidate> byDoc, int pool)
      throws IOException {
    AnswerType wanted = AnswerType.of(question);
    StoredFields stored = s.storedFields();
    for (int i = 0; i < lexical.length; i++) {
      ScoreDoc d = lexical[i];
      Candidate c = byDoc.get(d.doc);
      if (i / pool > c.tier)
        continue; // in an earlier tier for its meaning: its word score is as it was there
      c.bm25 = d.score;
      double score = d.score * (1 - tuning.coverageWeight() + tuning.coverageWeight() * c.coverage);
      // Only the best hits are read for the answer-type check: reading text is the costly part.
      if (wanted != AnswerType.OTHER
          && i < ANSWER_TYPE_DEPTH
          && wanted.foundIn(stored.document(d.doc, TEXT_ONLY).get(IndexSchema.TEXT))) {
        score *= tuning.answerTypeBonus();
      }
      c.lexicalScore = score;
    }
  }

  /** The evidence of the first tier of candidates, for the no-answer decision. */
  private AnswerSignals signals(QueryPlan plan, List<Candidate> candidates, boolean hybrid) {
    List<Candidate> firstTier = candidates.stream().filter(c -> c.tier == 0).toList();
    double bestCosine = -1;
    double bestSentence = -1;
    double bestCoverage = 0;
    double bestBm25 = 0;
    double[] cosines = new double[firstTier.size()];
    for (int i = 0; i < firstTier.size(); i++) {
      Candidate c = firstTier.get(i);
      bestCosine = Math.max(bestCosine, c.cosine);
      bestSentence = Math.max(bestSentence, Math.max(c.cosine, c.sentenceCosine));
      bestCoverage = Math.max(bestCoverage, c.coverage);
      bestBm25 = Math.max(bestBm25, c.bm25);
      cosines[i] = c.cosine;
    }
    Arrays.sort(cosines);
    double margin =
        cosines.length > MARGIN_RANK ? bestCosine - cosines[cosines.length - 1 - MARGIN_RANK] : 0;
    // The best passage's word score as a share of what the question's known words could give in
    // the text field alone (section, title and phrase clauses can push it past 1).
    double ceiling = BM25_TERM_CEILING * plan.knownWeight();
    double wordScore = ceiling == 0 ? 0 : bestBm25 / ceiling;
    return new AnswerSignals(
        hybrid,
        hybrid ? bestCosine : 0,
        hybrid ? bestSentence : 0,
        hybrid ? margin : 0,
        bestCoverage,
        plan.unknownShare(),
        unknownNames(plan),
        plan.knownCount(),
        wordScore);
  }

  /** The vocabulary is loaded the first time a question has a word the articles lack. */
  private static int unknownNames(QueryPlan plan) {
    return plan.knownCount() == plan.concepts().size()
        ? 0
        : plan.unknownNames(ModelVocabulary.shared());
  }

  /** Maps the ranked candidates to passages: relevant ones only, near-duplicates once, paged. */
  private List<Passage> passages(IndexSearcher s, Ranking ranking, int offset, int limit)
      throws IOException {
    StoredFields stored = s.storedFields();
    AnswerSentences.Question marks =
        sentences.forQuestion(
            s.getIndexReader(), ranking.plan().concepts(), ranking.questionVector());
    List<Passage> passages = new ArrayList<>();
    List<Set<String>> shownWords = new ArrayList<>();
    int kept = 0;
    for (Candidate c : ranking.ranked()) {
      if (passages.size() == limit) break;
      if (kept > 0 && !isRelevant(c, ranking.hybrid())) break;
      Document d = stored.document(c.doc);
      String text = d.get(IndexSchema.TEXT);
      Set<String> words = wordSet(text);
      if (shownWords.stream().anyMatch(w -> similarity(w, words) >= tuning.duplicateSimilarity()))
        continue;
      shownWords.add(words);
      kept++;
      if (kept <= offset) continue;
      AnswerSentences.Split split = marks.split(c.doc, text);
      passages.add(
          new Passage(
              kept,
              d.get(IndexSchema.ARTICLE),
              d.get(IndexSchema.TITLE),
              d.get(IndexSchema.SOURCE),
              d.get(IndexSchema.URL),
              d.get(IndexSchema.PUBLISHED),
              d.getField(IndexSchema.ORDINAL).numericValue().intValue(),
              d.get(IndexSchema.SECTION),
              text,
              marks.highlight(text),
              Math.round(c.score * 10000) / 10000.0,
              split.sentences(),
              split.answer()));
    }
    return passages;
  }

  /**
   * Ranks by a weighted mean of four signals, each scaled to 0..1 across the first tier of
   * candidates: the word score, the share of the question covered, and the closeness in meaning of
   * the paragraph and of its closest sentence (a long paragraph about several things can answer
   * with one sentence).
   */
  private void blend(List<Candidate> candidates) {
    SearchTuning.Blend w = tuning.blend();
    List<Candidate> firstTier = candidates.stream().filter(c -> c.tier == 0).toList();
    Range words = Range.of(firstTier, c -> c.lexicalScore);
    Range coverage = Range.of(firstTier, c -> c.coverage);
    Range paragraph = Range.of(firstTier, c -> c.cosine);
    Range sentence = Range.of(firstTier, c -> c.sentenceCosine);
    for (Candidate c : candidates) {
      c.score =
          (w.words() * words.scale(c.lexicalScore)
                  + w.coverage() * coverage.scale(c.coverage)
                  + w.paragraph() * paragraph.scale(c.cosine)
                  + w.sentence() * sentence.scale(c.sentenceCosine))
              / w.total();
    }
  }

  private static ScoreDoc[] nearest(IndexSearcher s, float[] question, int k) throws IOException {
    return s.search(new KnnFloatVectorQuery(IndexSchema.VECTOR, question, k), k).scoreDocs;
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

    double scale(double v) {
      return max > min ? (v - min) / (max - min) : 0;
    }
  }

  /**
   * Exact cosine between the question and each candidate's stored paragraph vector, and its closest
   * sentence (the paragraph itself when it is one sentence).
   */
  private static void cosines(IndexSearcher s, float[] question, List<Candidate> candidates)
      throws IOException {
    List<Candidate> byDoc = new ArrayList<>(candidates);
    byDoc.sort(Comparator.comparingInt(c -> c.doc));
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    int leaf = -1;
    FloatVectorValues values = null;
    BinaryDocValues sentences = null;
    for (Candidate c : byDoc) {
      int at = ReaderUtil.subIndex(c.doc, leaves);
      if (at != leaf) {
        leaf = at;
        values = leaves.get(at).reader().getFloatVectorValues(IndexSchema.VECTOR);
        sentences = leaves.get(at).reader().getBinaryDocValues(IndexSchema.SENTENCE_VECTORS);
      }
      if (values == null) continue;
      int local = c.doc - leaves.get(at).docBase;
      int found = values.docID() < local ? values.advance(local) : values.docID();
      if (found == local) c.cosine = VectorUtil.dotProduct(question, values.vectorValue());
      c.sentenceCosine =
          sentences != null && sentences.advanceExact(local)
              ? SentenceVectors.maxDot(question, sentences.binaryValue())
              : c.cosine;
    }
  }

  /**
   * Whether the index holds vectors of this length. An index built without vectors, or by another
   * model, is answered by words alone until it is rebuilt (rather than failing every question).
   */
  private static boolean hasVectorsOf(IndexSearcher s, int dimension) {
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      FieldInfo field = leaf.reader().getFieldInfos().fieldInfo(IndexSchema.VECTOR);
      if (field != null && field.getVectorDimension() == dimension) return true;
    }
    return false;
  }

  /**
   * Whether a passage after the first is still worth showing: it covers enough of the question, or
   * it, or one of its sentences, is close enough in meaning.
   */
  private boolean isRelevant(Candidate c, boolean hybrid) {
    return c.coverage >= tuning.minRelevantCoverage()
        || hybrid && Math.max(c.cosine, c.sentenceCosine) >= tuning.minRelevantCosine();
  }

  /** A passage under consideration and what each ranking says of it. */
  private static final class Candidate {
    final int doc;

    /** Which pool-sized slice of the lists it came in by its better rank: 0 for the first pages. */
    int tier;

    double coverage;

    /** Its BM25 score as the word query gave it, 0 when the word query did not find it. */
    double bm25;

    double lexicalScore;
    double cosine = -1;
    double sentenceCosine = -1;
    double score;

    Candidate(int doc, int tier) {
      this.doc = doc;
      this.tier = tier;
    }
  }

  /**
   * For each hit, the IDF-weighted share of the question's known concepts its text or section
   * holds.
   */
  private static void coverage(IndexSearcher s, QueryPlan plan, List<Candidate> candidates)
      throws IOException {
    List<Candidate> byDoc = new ArrayList<>(candidates);
    byDoc.sort(Comparator.comparingInt(c -> c.doc));
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    for (Concept concept : plan.concepts()) {
      if (!concept.known()) continue;
      Query q =
          new BooleanQuery.Builder()
              .add(QueryPlanner.conceptQuery(concept, IndexSchema.TEXT), Occur.SHOULD)
              .add(QueryPlanner.conceptQuery(concept, IndexSchema.SECTION), Occur.SHOULD)
              .build();
      Weight weight = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
      int leaf = -1;
      DocIdSetIterator it = null;
      for (Candidate c : byDoc) {
        int doc = c.doc;
        int at = ReaderUtil.subIndex(doc, leaves);
        if (at != leaf) {
          leaf = at;
          Scorer scorer = weight.scorer(leaves.get(at));
          it = scorer == null ? null : scorer.iterator();
        }
        if (it == null) continue;
        int local = doc - leaves.get(at).docBase;
        int found = it.docID() < local ? it.advance(local) : it.docID();
        if (found == local) c.coverage += concept.weight();
      }
    }
    float total = plan.knownWeight();
    for (Candidate c : candidates) c.coverage = total == 0 ? 0 : c.coverage / total;
  }

  private Set<String> wordSet(String text) {
    Set<String> out = new HashSet<>();
    for (DomainAnalyzer.Token t : index.analyzer().tokens(text)) out.add(t.term());
    return out;
  }

  /** Jaccard overlap of two word sets: 1 for the same words, 0 for none shared. */
  private static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    int shared = 0;
    for (String w : a) if (b.contains(w)) shared++;
    return (double) shared / (a.size() + b.size() - shared);
  }
}
