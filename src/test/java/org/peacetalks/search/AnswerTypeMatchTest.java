package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class AnswerTypeMatchTest {
  private static final List<String> PARAGRAPHS =
      List.of(
          "The talks in Geneva ended on 23 November with a joint statement.",
          "Kyiv rejected the plan because it would cap the army.",
          "Ukraine sent 12 officials to Geneva.",
          "The delegations met the Americans in Geneva.");

  @Test
  void marksTheParagraphsThatHoldWhatATypedQuestionAsksFor() throws Exception {
    assertEquals(List.of(true, false, false, false), marks("when did the geneva talks end"));
    assertEquals(List.of(false, true, false, false), marks("why did kyiv reject the plan"));
    assertEquals(List.of(true, false, true, false), marks("how many officials went to geneva"));
  }

  @Test
  void marksNothingForAQuestionThatAsksForNoKindOfThing() throws Exception {
    assertEquals(List.of(false, false, false, false), marks("who met the americans in geneva"));
  }

  private static List<Boolean> marks(String question) throws Exception {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
        for (String text : PARAGRAPHS) {
          Document d = new Document();
          d.add(new TextField(IndexSchema.TEXT, text, Field.Store.YES));
          w.addDocument(d);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        List<Candidate> candidates =
            List.of(
                new Candidate(0, 0), new Candidate(1, 0), new Candidate(2, 0), new Candidate(3, 0));
        AnswerTypeMatch.measure(new IndexSearcher(reader), question, candidates);
        return candidates.stream().map(c -> c.holdsAnswerType).toList();
      }
    }
  }
}
