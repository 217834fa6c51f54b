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
   * term's postings (see {@link #liveDocs}): its meta document is the last of its block.
   */
  static List<ArticleSummary> find(IndexSearcher s, Collection<String> articleIds)
      throws IOException {
    List<ArticleSummary> out = new ArrayList<>();
    StoredFields stored = s.storedFields();
    for (String id : new LinkedHashSet<>(articleIds)) {
      int[] docs = liveDocs(s, id);
      // The meta document closes the block; read backwards in case an index breaks that habit.
      for (int i = docs.length - 1; i >= 0; i--) {
        Document d = stored.document(docs[i]);
        if (d.getField(IndexSchema.PARAGRAPHS) != null) {
          out.add(IndexSchema.summaryOf(d));
          break;
        }
      }
    }
    return out;
  }

  /**
   * Paragraphs {@code from..to} (inclusive) of each of these articles, in order; an article with
   * none is absent. Found from each id term's postings (see {@link #liveDocs}): paragraphs come
   * first in an article's block, in order, so the first few documents are read and no more.
   */
  static Map<String, List<Paragraph>> paragraphs(
      IndexSearcher s, Collection<String> articleIds, int from, int to) throws IOException {
    Map<String, List<Paragraph>> out = new HashMap<>();
    StoredFields stored = s.storedFields();
    int wanted = Math.max(0, to - from + 1);
    for (String id : new LinkedHashSet<>(articleIds)) {
      List<Paragraph> found = new ArrayList<>();
      for (int doc : liveDocs(s, id)) {
        if (found.size() == wanted) break;
        Document d = stored.document(doc);
        IndexableField ordinal = d.getField(IndexSchema.ORDINAL);
        if (ordinal == null) continue; // the meta document
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
   * The live documents of an article (its paragraphs and its meta document), in doc id order, from
   * its id term's postings: a seek in each segment's terms and at most one block of documents, so
   * the cost does not grow with the corpus (a range query on the ordinals of every paragraph
   * would). An article's documents are added as one block ({@code IndexWriter.addDocuments}), so
   * they stay together and in order through merges.
   */
  private static int[] liveDocs(IndexSearcher s, String articleId) throws IOException {
    Term term = IndexSchema.articleTerm(articleId);
    int[] docs = new int[0];
    int n = 0;
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(term.field());
      if (terms == null) continue;
      TermsEnum te = terms.iterator();
      if (!te.seekExact(term.bytes())) continue;
      Bits live = leaf.reader().getLiveDocs();
      PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
      for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
        if (live != null && !live.get(d)) continue;
        if (n == docs.length) docs = Arrays.copyOf(docs, Math.max(8, 2 * n));
        docs[n++] = leaf.docBase + d;
      }
    }
    return Arrays.copyOf(docs, n);
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
