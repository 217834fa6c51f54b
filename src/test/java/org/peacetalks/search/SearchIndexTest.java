package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.corpus.CorpusLoad;

class SearchIndexTest {
  @TempDir Path dir;

  @Test
  void addingAndRemovingOneArticleLeavesTheOthers() throws Exception {
    try (SearchIndex index = SearchIndex.open(dir)) {
      index.rebuild(Fixtures.load(Fixtures.SEED));
      assertEquals(new IndexStats(5, 45, index.stats().bytesOnDisk()), index.stats());
      index.put(PassageSearcherTest.article("new", "Envoys agreed on a prisoner exchange in Istanbul today."));
      assertEquals(6, index.articles().size());
      assertTrue(index.remove("new"));
      assertFalse(index.remove("new"));
      assertEquals(5, index.articles().size());
      assertEquals(45, index.stats().paragraphs());
    }
  }

  @Test
  void contextParagraphsComeInOrder() throws Exception {
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.rebuild(Fixtures.load(Fixtures.SEED));
      List<Integer> ordinals = index.paragraphs("004_96e90a8c1ade5256", 3, 5).stream().map(p -> p.ordinal()).toList();
      assertEquals(List.of(3, 4, 5), ordinals);
    }
  }

  @Test
  void aRebuildThatFailsHalfwayLeavesThePreviousIndexServing() throws Exception {
    CountingEmbedder flaky = new CountingEmbedder(60);
    try (SearchIndex index = SearchIndex.open(dir, flaky)) {
      index.rebuild(Fixtures.load(Fixtures.SEED)); // 45 paragraphs embedded
      CorpusLoad bigger = Fixtures.load(Fixtures.SEED, Fixtures.DEV);
      assertThrows(IllegalStateException.class, () -> index.rebuild(bigger));
      assertEquals(5, index.articles().size());
      PassageSearcher searcher = new PassageSearcher(index, Fixtures.synonyms(), SearchTuning.defaults(), 3);
      assertFalse(searcher.answer("What does Russia demand?").noAnswer());
    }
    try (SearchIndex reopened = SearchIndex.open(dir)) {
      assertEquals(5, reopened.articles().size(), "the last commit is what a restart finds");
    }
  }

  @Test
  void aReindexEmbedsOnlyParagraphsWhoseTextChanged() throws Exception {
    CountingEmbedder embedder = new CountingEmbedder();
    try (SearchIndex index = SearchIndex.inMemory(embedder)) {
      index.rebuild(Fixtures.load(Fixtures.SEED));
      assertEquals(45, embedder.passagesEmbedded.get());
      index.rebuild(Fixtures.load(Fixtures.SEED));
      assertEquals(45, embedder.passagesEmbedded.get(), "unchanged text reuses its vector");
      index.put(PassageSearcherTest.article("new", "A brand new paragraph about the talks in Abu Dhabi."));
      assertEquals(46, embedder.passagesEmbedded.get());
    }
  }
}
