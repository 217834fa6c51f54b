package org.peacetalks.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
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
    TopDocs top =
        s.search(new TermQuery(IndexSchema.metaTerm()), Math.max(1, s.getIndexReader().maxDoc()));
    StoredFields stored = s.storedFields();
    List<ArticleSummary> out = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) out.add(IndexSchema.summaryOf(stored.document(sd.doc)));
    out.sort(Comparator.comparing(ArticleSummary::id));
    return out;
  }

  static Optional<ArticleSummary> find(IndexSearcher s, String articleId) throws IOException {
    BooleanQuery q =
        new BooleanQuery.Builder()
            .add(new TermQuery(IndexSchema.metaTerm()), Occur.FILTER)
            .add(new TermQuery(IndexSchema.articleTerm(articleId)), Occur.FILTER)
            .build();
    TopDocs top = s.search(q, 1);
    return top.scoreDocs.length == 0
        ? Optional.empty()
        : Optional.of(IndexSchema.summaryOf(s.storedFields().document(top.scoreDocs[0].doc)));
  }

  /** The indexed ones of these articles, in one query; ids not indexed are left out. */
  static List<ArticleSummary> find(IndexSearcher s, Collection<String> articleIds)
      throws IOException {
    if (articleIds.isEmpty()) return List.of();
    BooleanQuery q =
        new BooleanQuery.Builder()
            .add(new TermQuery(IndexSchema.metaTerm()), Occur.FILTER)
            .add(anyArticle(articleIds), Occur.FILTER)
            .build();
    TopDocs top = s.search(q, articleIds.size());
    StoredFields stored = s.storedFields();
    List<ArticleSummary> out = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) out.add(IndexSchema.summaryOf(stored.document(sd.doc)));
    return out;
  }

  /** Paragraphs {@code from..to} (inclusive) of each of these articles, in order, in one query. */
  static Map<String, List<Paragraph>> paragraphs(
      IndexSearcher s, Collection<String> articleIds, int from, int to) throws IOException {
    Map<String, List<Paragraph>> out = new HashMap<>();
    if (articleIds.isEmpty()) return out;
    BooleanQuery q =
        new BooleanQuery.Builder()
            .add(anyArticle(articleIds), Occur.FILTER)
            .add(IntPoint.newRangeQuery(IndexSchema.ORDINAL, from, to), Occur.FILTER)
            .build();
    TopDocs top = s.search(q, Math.max(1, articleIds.size() * (to - from + 1)));
    StoredFields stored = s.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = stored.document(sd.doc);
      out.computeIfAbsent(d.get(IndexSchema.ARTICLE), k -> new ArrayList<>()).add(paragraphOf(d));
    }
    out.values().forEach(list -> list.sort(Comparator.comparingInt(Paragraph::ordinal)));
    return out;
  }

  private static Query anyArticle(Collection<String> articleIds) {
    List<Term> terms = new ArrayList<>();
    for (String id : articleIds) terms.add(IndexSchema.articleTerm(id));
    return new TermInSetQuery(terms.get(0).field(), terms.stream().map(Term::bytes).toList());
  }

  private static Paragraph paragraphOf(Document d) {
    return new Paragraph(
        d.getField(IndexSchema.ORDINAL).numericValue().intValue(),
        d.get(IndexSchema.SECTION),
        d.get(IndexSchema.TEXT));
  }

  /** Reads every article's meta document: for indexes whose hashes are not recorded elsewhere. */
  static Optional<ArticleSummary> findByContentHash(IndexSearcher s, String hash)
      throws IOException {
    TopDocs top =
        s.search(new TermQuery(IndexSchema.metaTerm()), Math.max(1, s.getIndexReader().maxDoc()));
    StoredFields stored = s.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = stored.document(sd.doc);
      if (hash.equals(d.get(IndexSchema.HASH))) return Optional.of(IndexSchema.summaryOf(d));
    }
    return Optional.empty();
  }

  /** Paragraphs {@code from..to} (inclusive) of an article, in order. */
  static List<Paragraph> paragraphs(IndexSearcher s, String articleId, int from, int to)
      throws IOException {
    BooleanQuery q =
        new BooleanQuery.Builder()
            .add(new TermQuery(IndexSchema.articleTerm(articleId)), Occur.FILTER)
            .add(IntPoint.newRangeQuery(IndexSchema.ORDINAL, from, to), Occur.FILTER)
            .build();
    TopDocs top = s.search(q, Math.max(1, to - from + 1));
    StoredFields stored = s.storedFields();
    List<Paragraph> out = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = stored.document(sd.doc);
      out.add(paragraphOf(d));
    }
    out.sort(Comparator.comparingInt(Paragraph::ordinal));
    return out;
  }
}
