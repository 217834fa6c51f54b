package org.peacetalks.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
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
    return find(s, List.of(articleId)).stream().findFirst();
  }

  /**
   * The indexed ones of these articles; ids not indexed are left out. Each is found from its id
   * term's postings (see {@link #docsOf}).
   */
  static List<ArticleSummary> find(IndexSearcher s, Collection<String> articleIds)
      throws IOException {
    List<ArticleSummary> out = new ArrayList<>();
    StoredFields stored = s.storedFields();
    for (String id : new LinkedHashSet<>(articleIds)) {
      ArticleDocs docs = docsOf(s, id);
      if (docs.meta() >= 0) out.add(IndexSchema.summaryOf(stored.document(docs.meta())));
    }
    return out;
  }

  /**
   * Paragraphs {@code from..to} (inclusive) of each of these articles, in order; an article with
   * none is absent. Found from each id term's postings (see {@link #docsOf}): paragraphs come first
   * in an article's block, in order, so the first few documents are read and no more.
   */
  static Map<String, List<Paragraph>> paragraphs(
      IndexSearcher s, Collection<String> articleIds, int from, int to) throws IOException {
    Map<String, List<Paragraph>> out = new HashMap<>();
    StoredFields stored = s.storedFields();
    int wanted = Math.max(0, to - from + 1);
    for (String id : new LinkedHashSet<>(articleIds)) {
      ArticleDocs docs = docsOf(s, id);
      List<Paragraph> found = new ArrayList<>();
      for (int doc : docs.docs()) {
        if (found.size() == wanted) break;
        if (doc == docs.meta()) continue;
        Document d = stored.document(doc);
        IndexableField ordinal = d.getField(IndexSchema.ORDINAL);
        if (ordinal == null) continue;
        int n = ordinal.numericValue().intValue();
        if (n >= from && n <= to) found.add(paragraphOf(d));
      }
      if (found.isEmpty()) continue;
      found.sort(Comparator.comparingInt(Paragraph::ordinal));
      out.put(id, found);
    }
    return out;
  }

  /**
   * An article's live documents in doc id order (its paragraphs and its meta document), and which
   * one is the meta document ({@code -1} when none is).
   */
  private record ArticleDocs(int[] docs, int meta) {}

  /**
   * An article's documents from its id term's postings, the meta one marked by the meta term's: a
   * seek in each segment's terms and one article's documents, so the cost does not grow with the
   * corpus (a range query on the ordinals of every paragraph would). An article's documents are
   * added as one block ({@code IndexWriter.addDocuments}), paragraphs in order and the meta
   * document last, and stay so through merges.
   */
  private static ArticleDocs docsOf(IndexSearcher s, String articleId) throws IOException {
    Term id = IndexSchema.articleTerm(articleId);
    Term metaMark = IndexSchema.metaTerm();
    int[] docs = new int[0];
    int n = 0;
    int meta = -1;
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      PostingsEnum article = postings(leaf, id);
      if (article == null) continue;
      PostingsEnum metas = postings(leaf, metaMark);
      Bits live = leaf.reader().getLiveDocs();
      for (int d = article.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = article.nextDoc()) {
        if (live != null && !live.get(d)) continue;
        if (n == docs.length) docs = Arrays.copyOf(docs, Math.max(8, 2 * n));
        docs[n++] = leaf.docBase + d;
        if (metas != null && metas.docID() < d) metas.advance(d);
        if (metas != null && metas.docID() == d) meta = leaf.docBase + d;
      }
    }
    return new ArticleDocs(Arrays.copyOf(docs, n), meta);
  }

  /** The postings of a term in one segment, or null when it has none. */
  private static PostingsEnum postings(LeafReaderContext leaf, Term term) throws IOException {
    Terms terms = leaf.reader().terms(term.field());
    if (terms == null) return null;
    TermsEnum te = terms.iterator();
    return te.seekExact(term.bytes()) ? te.postings(null, PostingsEnum.NONE) : null;
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
    return paragraphs(s, List.of(articleId), from, to).getOrDefault(articleId, List.of());
  }
}
