package org.peacetalks.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.peacetalks.corpus.Paragraph;

/**
 * The articles the index holds, read from one searcher each time: their summaries (one meta
 * document per article), one by id or content hash, and an article's paragraphs by ordinal.
 * Stateless; thread-safe.
 */
final class ArticleCatalogue {
  private ArticleCatalogue() {}

  /** Every indexed article, in id order. */
  static List<ArticleSummary> all(IndexSearcher s) throws IOException {
    TopDocs top = s.search(new TermQuery(IndexSchema.metaTerm()), Math.max(1, s.getIndexReader().maxDoc()));
    StoredFields stored = s.storedFields();
    List<ArticleSummary> out = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) out.add(IndexSchema.summaryOf(stored.document(sd.doc)));
    out.sort(Comparator.comparing(ArticleSummary::id));
    return out;
  }

  static Optional<ArticleSummary> find(IndexSearcher s, String articleId) throws IOException {
    BooleanQuery q = new BooleanQuery.Builder()
        .add(new TermQuery(IndexSchema.metaTerm()), Occur.FILTER)
        .add(new TermQuery(IndexSchema.articleTerm(articleId)), Occur.FILTER)
        .build();
    TopDocs top = s.search(q, 1);
    return top.scoreDocs.length == 0
        ? Optional.empty()
        : Optional.of(IndexSchema.summaryOf(s.storedFields().document(top.scoreDocs[0].doc)));
  }

  /** Reads every article's meta document: for indexes whose hashes are not recorded elsewhere. */
  static Optional<ArticleSummary> findByContentHash(IndexSearcher s, String hash) throws IOException {
    TopDocs top = s.search(new TermQuery(IndexSchema.metaTerm()), Math.max(1, s.getIndexReader().maxDoc()));
    StoredFields stored = s.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = stored.document(sd.doc);
      if (hash.equals(d.get(IndexSchema.HASH))) return Optional.of(IndexSchema.summaryOf(d));
    }
    return Optional.empty();
  }

  /** Paragraphs {@code from..to} (inclusive) of an article, in order. */
  static List<Paragraph> paragraphs(IndexSearcher s, String articleId, int from, int to) throws IOException {
    BooleanQuery q = new BooleanQuery.Builder()
        .add(new TermQuery(IndexSchema.articleTerm(articleId)), Occur.FILTER)
        .add(IntPoint.newRangeQuery(IndexSchema.ORDINAL, from, to), Occur.FILTER)
        .build();
    TopDocs top = s.search(q, Math.max(1, to - from + 1));
    StoredFields stored = s.storedFields();
    List<Paragraph> out = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = stored.document(sd.doc);
      out.add(new Paragraph(d.getField(IndexSchema.ORDINAL).numericValue().intValue(),
          d.get(IndexSchema.SECTION), d.get(IndexSchema.TEXT)));
    }
    out.sort(Comparator.comparingInt(Paragraph::ordinal));
    return out;
  }
}
