package org.peacetalks.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.Paragraph;

/**
 * The Lucene documents: one per paragraph, plus one small metadata document per article (for
 * /sources and the digest without reading the articles folder). Field names exist only here.
 */
final class IndexSchema {
  /** Keyword: the article a document belongs to, so one article can be replaced or removed. */
  static final String ARTICLE = "article";

  /** Keyword: present only on the per-article metadata document. */
  static final String META = "meta";

  /** Tokenized + stored: the paragraph's display text, searched with BM25. */
  static final String TEXT = "text";

  /** The stored fields to load when only a paragraph's text is read. */
  static final Set<String> TEXT_ONLY = Set.of(TEXT);

  /** Tokenized + stored: the heading above the paragraph, searched with a small boost. */
  static final String SECTION = "section";

  /** Tokenized + stored: the article title, searched with a small boost. */
  static final String TITLE = "title";

  /** Stored only, on the metadata document (a field keeps one shape across documents). */
  static final String ARTICLE_TITLE = "article_title";

  /** Point + stored: the paragraph's position, for ranges of context around a passage. */
  static final String ORDINAL = "ordinal";

  /** Stored only: shown with a passage, never searched. */
  static final String SOURCE = "source";

  static final String URL = "url";
  static final String PUBLISHED = "published";
  static final String FILE = "file";
  static final String HASH = "hash";
  static final String PARAGRAPHS = "paragraphs";

  /**
   * Vector: the paragraph's embedding (unit length, so dot product = cosine), for semantic search.
   */
  static final String VECTOR = "vector";

  /**
   * Doc value: the vectors of the paragraph's sentences, packed (see {@link SentenceVectors}); only
   * on paragraphs of two or more sentences. Read for the candidates of a question, not searched.
   */
  static final String SENTENCE_VECTORS = "sentence_vectors";

  /**
   * Keyword, not stored: the vocabulary id of each content word piece of the paragraph (see {@link
   * WordPieces}), so that a question's pieces are weighed by how many paragraphs hold them.
   */
  static final String PIECES = "pieces";

  /** Doc value: the paragraph's word piece ids, packed ({@link WordPieces#packedIds}). */
  static final String PIECE_IDS = "piece_ids";

  /**
   * Doc value: the vectors of the paragraph's word pieces in context, packed as the sentences' are;
   * read for the best candidates of a question ({@link WordAlignment}).
   */
  static final String PIECE_VECTORS = "piece_vectors";

  /**
   * Keyword + stored: hash of the paragraph text, so a reindex or an /add reuses the vectors of
   * known text.
   */
  static final String TEXT_HASH = "text_hash";

  private static final String META_MARK = "1";

  private IndexSchema() {}

  static Term articleTerm(String articleId) {
    return new Term(ARTICLE, articleId);
  }

  static Term metaTerm() {
    return new Term(META, META_MARK);
  }

  /** A paragraph's document; {@code vectors} is null when the index is lexical only. */
  static Document paragraphDocument(Article article, Paragraph p, ParagraphVectors vectors) {
    Document doc = new Document();
    if (vectors != null) {
      doc.add(
          new KnnFloatVectorField(
              VECTOR, vectors.paragraph(), VectorSimilarityFunction.DOT_PRODUCT));
      if (vectors.sentences() != null)
        doc.add(new BinaryDocValuesField(SENTENCE_VECTORS, vectors.sentences()));
      if (vectors.pieceIds() != null) {
        doc.add(new BinaryDocValuesField(PIECE_IDS, vectors.pieceIds()));
        doc.add(new BinaryDocValuesField(PIECE_VECTORS, vectors.pieceVectors()));
        for (long id : Arrays.stream(WordPieces.ids(vectors.pieceIds())).distinct().toArray())
          doc.add(new StringField(PIECES, Long.toString(id), Field.Store.NO));
      }
      // the key to reuse the vectors: indexed too, so one term query finds them whatever the index
      // size
      doc.add(new StringField(TEXT_HASH, textHash(p.text()), Field.Store.YES));
    }
    doc.add(new StringField(ARTICLE, article.id(), Field.Store.YES));
    doc.add(new IntPoint(ORDINAL, p.ordinal()));
    doc.add(new StoredField(ORDINAL, p.ordinal()));
    doc.add(new TextField(TEXT, p.text(), Field.Store.YES));
    doc.add(new TextField(TITLE, article.title(), Field.Store.YES));
    if (p.section() != null) doc.add(new TextField(SECTION, p.section(), Field.Store.YES));
    addStored(doc, SOURCE, article.source());
    addStored(doc, URL, article.url());
    addStored(doc, PUBLISHED, article.published());
    return doc;
  }

  static Document metaDocument(Article article) {
    Document doc = new Document();
    doc.add(new StringField(ARTICLE, article.id(), Field.Store.YES));
    doc.add(new StringField(META, META_MARK, Field.Store.NO));
    doc.add(new StoredField(ARTICLE_TITLE, article.title()));
    doc.add(new StoredField(FILE, article.fileName()));
    doc.add(new StoredField(HASH, article.contentHash()));
    doc.add(new StoredField(PARAGRAPHS, article.paragraphs().size()));
    addStored(doc, SOURCE, article.source());
    addStored(doc, URL, article.url());
    addStored(doc, PUBLISHED, article.published());
    return doc;
  }

  static ArticleSummary summaryOf(Document meta) {
    IndexableField n = meta.getField(PARAGRAPHS);
    return new ArticleSummary(
        meta.get(ARTICLE),
        meta.get(ARTICLE_TITLE),
        meta.get(SOURCE),
        meta.get(URL),
        meta.get(PUBLISHED),
        n == null ? 0 : n.numericValue().intValue());
  }

  /** A short content hash of a paragraph's text: the key of its cached vector. */
  static String textHash(String text) {
    return ArticleParser.sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
  }

  private static void addStored(Document doc, String field, String value) {
    if (value != null) doc.add(new StoredField(field, value));
  }
}
