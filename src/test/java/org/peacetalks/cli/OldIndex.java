package org.peacetalks.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/** An index as the version before sentence vectors left it: one article, no layout stamp. */
final class OldIndex {
  private OldIndex() {}

  static void writeIn(Path folder) throws IOException {
    try (var directory = FSDirectory.open(folder);
        var writer = new IndexWriter(directory, new IndexWriterConfig())) {
      Document meta = new Document();
      meta.add(new StringField("article", "old", Field.Store.YES));
      meta.add(new StringField("meta", "1", Field.Store.NO));
      writer.addDocument(meta);
      writer.commit();
    }
  }
}
