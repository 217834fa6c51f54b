package org.peacetalks.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionSetTest {
  private static final SourceText SOURCE =
      new SourceText(
          List.of("Talks in Geneva end"),
          List.of(),
          List.of(
              "Envoys met in Geneva on Sunday to discuss the draft plan.",
              "Moscow said the territorial question remained open."),
          List.of("geneva", "envoys", "draft", "moscow", "territorial"));

  @Test
  void readsTheQuestionOfEveryEvalLineInFileOrder(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("b.jsonl"), "{\"id\":\"b1\",\"q\":\"second file?\"}\n");
    Files.writeString(
        folder.resolve("a.jsonl"),
        "{\"id\":\"a1\",\"q\":\"first?\",\"oos\":false}\n\n{\"q\":\"again?\"}\n");
    Files.writeString(folder.resolve("notes.txt"), "{\"q\":\"not an eval file\"}\n");
    assertEquals(
        List.of("first?", "again?", "second file?"),
        QuestionSet.readEvalQuestions(folder, new ObjectMapper()));
  }

  @Test
  void fillsUpWithCorpusPhrasesDeterministically() {
    SyntheticCorpus corpus = new SyntheticCorpus(SOURCE, 60, 3);
    QuestionSet a = QuestionSet.build(List.of("What does Russia demand?"), corpus, 200, 11);
    QuestionSet b = QuestionSet.build(List.of("What does Russia demand?"), corpus, 200, 11);
    assertEquals(a, b);
    assertEquals(200, a.questions().size());
    assertEquals(1, a.evalQuestions());
    assertTrue(a.questions().contains("What does Russia demand?"));
    assertNotEquals(a.questions(), QuestionSet.build(List.of(), corpus, 200, 12).questions());
  }

  @Test
  void takesOnlyAsManyEvalQuestionsAsAsked() {
    SyntheticCorpus corpus = new SyntheticCorpus(SOURCE, 20, 3);
    QuestionSet set = QuestionSet.build(List.of("one?", "two?", "three?"), corpus, 2, 1);
    assertEquals(2, set.evalQuestions());
    assertEquals(Set.of("one?", "two?"), Set.copyOf(set.questions()));
  }
}
