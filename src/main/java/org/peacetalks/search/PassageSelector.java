package org.peacetalks.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;

/**
 * Turns a ranking into the passages of one page: after the first, only those still relevant to the
 * question; near-duplicates once; each with its sentences, the one that answers, and the question's
 * words highlighted. Ranks count kept passages, so a page starts where the one before ended.
 *
 * <p>Thread-safe: it holds no state of its own between answers.
 */
final class PassageSelector {
  private final DomainAnalyzer analyzer;
  private final AnswerSentences sentences;
  private final SearchTuning tuning;

  PassageSelector(DomainAnalyzer analyzer, SearchTuning tuning) {
    this.analyzer = analyzer;
    this.sentences = new AnswerSentences(analyzer);
    this.tuning = tuning;
  }

  /** Passages {@code offset+1 .. offset+limit} of the ranking, counting kept passages only. */
  List<Passage> passages(IndexSearcher s, Ranking ranking, int offset, int limit)
      throws IOException {
    StoredFields stored = s.storedFields();
    AnswerSentences.Question marks =
        sentences.forQuestion(
            s.getIndexReader(), ranking.plan().concepts(), ranking.questionVector());
    List<Passage> passages = new ArrayList<>();
    NearDuplicates shown = new NearDuplicates(analyzer, tuning.duplicateSimilarity());
    int kept = 0;
    for (Candidate c : ranking.ranked()) {
      if (passages.size() == limit) break;
      if (kept > 0 && !isRelevant(c, ranking.hybrid())) break;
      Document d = stored.document(c.doc);
      String text = d.get(IndexSchema.TEXT);
      if (!shown.keepIfNew(text)) continue;
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
   * Whether a passage after the first is still worth showing: it covers enough of the question, or
   * it, or one of its sentences, is close enough in meaning.
   */
  boolean isRelevant(Candidate c, boolean hybrid) {
    return c.coverage >= tuning.minRelevantCoverage()
        || hybrid && Math.max(c.cosine, c.sentenceCosine) >= tuning.minRelevantCosine();
  }
}
