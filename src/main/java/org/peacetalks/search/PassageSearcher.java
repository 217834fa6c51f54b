package org.peacetalks.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;

/**
 * Answers a question with the best passages: BM25 over paragraphs, re-ranked by how much of the
 * question each passage covers, near-duplicates shown once, and "nothing in the articles" when even
 * the best passage covers too little of the question.
 *
 * <p>The front door of the engine: it refuses what is not a question, translates Ukrainian and
 * Russian questions, and asks the {@link Answerability} decision; the ranking is {@link
 * PassageRanker}'s and the page of passages {@link PassageSelector}'s.
 *
 * <p>Thread-safe: many questions may be answered at once, also during a reindex.
 */
public final class PassageSearcher {
  private final SearchIndex index;
  private final PassageRanker ranker;
  private final PassageSelector selector;
  private final QuestionTranslator translator;
  private final LanguageDetector languages = new LanguageDetector();
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
    this(
        index,
        synonyms,
        tuning,
        defaultPassages,
        embedder,
        Answerability.fitted(),
        MeaningWeights.fitted());
  }

  /**
   * @param answerability the no-answer decision ({@link Answerability#never()} to measure the
   *     ranking alone)
   * @param meaning the learned correction of closeness in meaning in the ranking ({@link
   *     MeaningWeights#NONE} for the blend alone)
   */
  public PassageSearcher(
      SearchIndex index,
      Synonyms synonyms,
      SearchTuning tuning,
      int defaultPassages,
      PassageEmbedder embedder,
      Answerability answerability,
      MeaningWeights meaning) {
    if (defaultPassages < 1) throw new IllegalArgumentException("defaultPassages < 1");
    this.index = index;
    this.defaultPassages = defaultPassages;
    this.ranker =
        new PassageRanker(
            new QueryPlanner(index.analyzer(), synonyms, tuning),
            embedder,
            tuning,
            answerability.topic(),
            meaning);
    this.selector = new PassageSelector(index.analyzer(), tuning);
    this.answerability = answerability;
    this.translator = new QuestionTranslator(index.analyzer());
  }

  /**
   * Loads the word lists a question may need (the embedding model's vocabulary, WordNet's common
   * words, country adjectives, capitals and peoples), so that the first question that needs one
   * does not wait for it: WordNet alone takes most of a second. Safe to call from any thread, and
   * more than once.
   */
  public static void warmUp() {
    ModelVocabulary.shared();
    EnglishLexicon.shared();
    Demonyms.shared();
    CountryWords.shared();
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
          Ranking ranking = ranker.rank(s, english.text(), offset + limit);
          if (!translated && ranking.notAQuestion())
            return Answer.rejected(shown, Answer.Reason.NOT_A_QUESTION);
          // The no-answer model was fitted on English questions; a translated one is a bag of
          // glossary words whose cosines read differently, so for it what decides is whether
          // enough of it maps to the articles' words (tooLittleKnown, above).
          if (ranking.ranked().isEmpty()
              || !translated && !answerability.answers(ranking.signals())) {
            return Answer.none(shown).askedIn(asked);
          }
          return new Answer(
              shown,
              Answer.Status.ANSWERED,
              selector.passages(s, ranking, offset, limit),
              null,
              asked);
        });
  }

  /**
   * What the ranking says about whether the articles answer the question, without deciding, and the
   * question's vector the topic probe reads; for fitting the no-answer decision ({@code eval
   * --fit}). {@code null} when the question would be refused before any search (empty, too long, a
   * command or small talk).
   */
  public QuestionEvidence evidence(String question) throws IOException {
    String cleaned = QuestionText.clean(question);
    if (QuestionText.problem(cleaned) != null) return null;
    return index.withSearcher(
        s -> {
          Ranking ranking = ranker.rank(s, cleaned, 1);
          return ranking.notAQuestion()
              ? null
              : new QuestionEvidence(ranking.signals(), ranking.questionVector());
        });
  }

  /**
   * The first tier of candidates of a question with the blended signals as the blend sees them, and
   * the text; for fitting the blend's weights ({@code eval --fit}).
   */
  public List<RankingFeatures> rankingFeatures(String question) throws IOException {
    String cleaned = QuestionText.clean(question);
    if (QuestionText.problem(cleaned) != null) return List.of();
    return index.withSearcher(
        s -> {
          Ranking ranking = ranker.rank(s, cleaned, 1, true);
          List<Candidate> firstTier =
              ranking.ranked().stream().filter(Candidate::inFirstTier).toList();
          SignalBlend scales = SignalBlend.over(firstTier);
          AnswerType wanted = AnswerType.of(cleaned);
          StoredFields stored = s.storedFields();
          List<RankingFeatures> out = new ArrayList<>();
          for (Candidate c : firstTier) {
            Document d = stored.document(c.doc);
            int ordinal = d.getField(IndexSchema.ORDINAL).numericValue().intValue();
            String text = d.get(IndexSchema.TEXT);
            out.add(
                new RankingFeatures(
                    text,
                    d.get(IndexSchema.ARTICLE),
                    ordinal,
                    scales.words(c),
                    scales.coverage(c),
                    scales.paragraph(c),
                    scales.sentence(c),
                    c.alignment,
                    wanted != AnswerType.OTHER,
                    wanted.foundIn(text),
                    ranking.questionVector(),
                    c.vector));
          }
          return out;
        });
  }

  /**
   * One candidate passage as the blend sees it: the first four signals scaled to 0..1 across the
   * question's first tier, and the alignment as it is (0 outside the best aligned); whether the
   * question asks for a kind of thing (a number for "how many", a date for "when") and whether the
   * passage holds one; the question's and the paragraph's embeddings ({@code null} without
   * vectors), for fitting {@link MeaningWeights}.
   */
  public record RankingFeatures(
      String text,
      String article,
      int ordinal,
      double words,
      double coverage,
      double paragraph,
      double sentence,
      double alignment,
      boolean typed,
      boolean holdsType,
      float[] questionVector,
      float[] vector) {}
}
