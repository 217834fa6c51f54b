package org.peacetalks.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Bare Lucene, as the issue defines the yardstick: StandardAnalyzer, one stored TextField per
 * paragraph, the question escaped and parsed by the classic QueryParser, the top 3 paragraphs'
 * texts, no highlighting, no re-ranking. Same directory type (FSDirectory) and writer defaults as
 * the bot's index, so the difference is what the bot does, not where it stores (the bot's keeps
 * small new segments in memory until their commit, which a bulk rebuild's segments are not).
 *
 * <p>Answering is thread-safe (one searcher; a parser per call, as QueryParser is not).
 */
public final class LuceneBaseline implements AutoCloseable {
  static final String TEXT = "text";
  static final int TOP = 3;

  private final Directory directory;
  private final StandardAnalyzer analyzer = new StandardAnalyzer();
  private DirectoryReader reader;
  private IndexSearcher searcher;

  public LuceneBaseline(Path folder) throws IOException {
    Files.createDirectories(folder);
    this.directory = FSDirectory.open(folder);
  }

  /** Indexes the paragraphs in one commit, replacing what was there; returns how many. */
  public int index(Iterable<String> paragraphs) throws IOException {
    int n = 0;
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (String text : paragraphs) {
        Document doc = new Document();
        doc.add(new TextField(TEXT, text, Field.Store.YES));
        writer.addDocument(doc);
        n++;
      }
      writer.commit();
    }
    open();
    return n;
  }

  /** Opens a searcher on the last commit (made by {@link #index} here or in an earlier run). */
  public void open() throws IOException {
    if (reader != null) reader.close();
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  /** The texts of the top paragraphs for a question. */
  public List<String> answer(String question) throws IOException {
    if (searcher == null) throw new IllegalStateException("index() or open() first");
    Query query;
    try {
      query = new QueryParser(TEXT, analyzer).parse(QueryParser.escape(question));
    } catch (ParseException e) {
      query = new MatchNoDocsQuery("unparseable: " + e.getMessage()); // e.g. nothing but spaces
    }
    ScoreDoc[] hits = searcher.search(query, TOP).scoreDocs;
    StoredFields stored = searcher.storedFields();
    List<String> texts = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) texts.add(stored.document(hit.doc).get(TEXT));
    return texts;
  }

  /** Bytes of the committed index on disk. */
  public long bytesOnDisk() throws IOException {
    long bytes = 0;
    for (String file : directory.listAll()) bytes += directory.fileLength(file);
    return bytes;
  }

  @Override
  public void close() throws IOException {
    try {
      if (reader != null) reader.close();
    } finally {
      directory.close();
    }
  }
}
