package org.peacetalks.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * Answers a question with the best passages: BM25 over paragraphs, re-ranked by how much of the
 * question each passage covers, near-duplicates shown once, and "nothing in the articles" when
 * even the best passage covers too little of the question.
 *
 * <p>Thread-safe: many questions may be answered at once, also during a reindex.
 */
public final class PassageSearcher {
  static final String NO_ANSWER_MESSAGE =
      "I found nothing in the articles about that. Try asking about the peace plan, the"
          + " negotiators, territory or security guarantees.";

  private static final Set<String> TEXT_ONLY = Set.of(IndexSchema.TEXT);

  private final SearchIndex index;
  private final QueryPlanner planner;
  private final Highlighter highlighter;
  private final SearchTuning tuning;
  private final int defaultPassages;
  private final BM25Similarity similarity;

  /**
   * @param defaultPassages how many passages {@link #answer(String)} returns
   */
  public PassageSearcher(SearchIndex index, Synonyms synonyms, SearchTuning tuning, int defaultPassages) {
    if (defaultPassages < 1) throw new IllegalArgumentException("defaultPassages < 1");
    this.index = index;
    this.tuning = tuning;
    this.defaultPassages = defaultPassages;
    this.similarity = new BM25Similarity(tuning.bm25K1(), tuning.bm25B());
    this.planner = new QueryPlanner(index.analyzer(), synonyms, tuning);
    this.highlighter = new Highlighter(index.analyzer());
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
    String problem = QuestionText.problem(cleaned);
    String shown = question == null ? "" : question;
    if (problem != null) return Answer.rejected(shown, problem);
    return index.withSearcher(similarity, s -> rank(s, shown, cleaned, offset, limit));
  }

  private Answer rank(IndexSearcher s, String shown, String question, int offset, int limit) throws IOException {
    QueryPlan plan = planner.plan(question, s.getIndexReader());
    if (!plan.hasKnownConcept() || plan.unknownShare() >= tuning.maxUnknownShare()) {
      return Answer.none(shown, NO_ANSWER_MESSAGE);
    }
    ScoreDoc[] hits = s.search(plan.query(), Math.max(tuning.candidates(), offset + limit)).scoreDocs;
    if (hits.length == 0) return Answer.none(shown, NO_ANSWER_MESSAGE);

    double[] coverage = coverage(s, plan, hits);
    AnswerType wanted = AnswerType.of(question);
    StoredFields stored = s.storedFields();
    List<Candidate> ranked = new ArrayList<>(hits.length);
    for (int i = 0; i < hits.length; i++) {
      double score = hits[i].score * (1 - tuning.coverageWeight() + tuning.coverageWeight() * coverage[i]);
      if (wanted != AnswerType.OTHER && wanted.foundIn(stored.document(hits[i].doc, TEXT_ONLY).get(IndexSchema.TEXT))) {
        score *= tuning.answerTypeBonus();
      }
      ranked.add(new Candidate(hits[i].doc, score, coverage[i]));
    }
    ranked.sort(Comparator.comparingDouble(Candidate::score).reversed());
    if (ranked.get(0).coverage() < tuning.minCoverage()) return Answer.none(shown, NO_ANSWER_MESSAGE);

    List<Passage> passages = new ArrayList<>();
    List<Set<String>> shownWords = new ArrayList<>();
    int kept = 0;
    for (Candidate c : ranked) {
      if (passages.size() == limit) break;
      if (kept > 0 && c.coverage() < tuning.minCoverage()) break;
      Document d = stored.document(c.doc());
      String text = d.get(IndexSchema.TEXT);
      Set<String> words = wordSet(text);
      if (shownWords.stream().anyMatch(w -> similarity(w, words) >= tuning.duplicateSimilarity())) continue;
      shownWords.add(words);
      kept++;
      if (kept <= offset) continue;
      passages.add(new Passage(kept, d.get(IndexSchema.ARTICLE), d.get(IndexSchema.TITLE),
          d.get(IndexSchema.SOURCE), d.get(IndexSchema.URL), d.get(IndexSchema.PUBLISHED),
          d.getField(IndexSchema.ORDINAL).numericValue().intValue(), d.get(IndexSchema.SECTION), text,
          highlighter.highlight(text, plan.highlightTerms()), Math.round(c.score() * 100) / 100.0));
    }
    return new Answer(shown, Answer.Status.ANSWERED, passages, null);
  }

  private record Candidate(int doc, double score, double coverage) {}

  /** For each hit, the IDF-weighted share of the question's known concepts its text or section holds. */
  private static double[] coverage(IndexSearcher s, QueryPlan plan, ScoreDoc[] hits) throws IOException {
    double[] covered = new double[hits.length];
    Integer[] byDoc = new Integer[hits.length];
    for (int i = 0; i < hits.length; i++) byDoc[i] = i;
    Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    for (Concept concept : plan.concepts()) {
      if (!concept.known()) continue;
      Query q = new BooleanQuery.Builder()
          .add(QueryPlanner.conceptQuery(concept, IndexSchema.TEXT), Occur.SHOULD)
          .add(QueryPlanner.conceptQuery(concept, IndexSchema.SECTION), Occur.SHOULD)
          .build();
      Weight weight = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
      int leaf = -1;
      DocIdSetIterator it = null;
      for (int i : byDoc) {
        int doc = hits[i].doc;
        int at = ReaderUtil.subIndex(doc, leaves);
        if (at != leaf) {
          leaf = at;
          Scorer scorer = weight.scorer(leaves.get(at));
          it = scorer == null ? null : scorer.iterator();
        }
        if (it == null) continue;
        int local = doc - leaves.get(at).docBase;
        int found = it.docID() < local ? it.advance(local) : it.docID();
        if (found == local) covered[i] += concept.weight();
      }
    }
    float total = plan.knownWeight();
    for (int i = 0; i < covered.length; i++) covered[i] = total == 0 ? 0 : covered[i] / total;
    return covered;
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
