package org.peacetalks.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.CorpusLoad;

class SearchIndexTest {
  @TempDir Path dir;

  @Test
  void addingAndRemovingOneArticleLeavesTheOthers() throws Exception {
    try (SearchIndex index = SearchIndex.open(dir)) {
      index.rebuild(Fixtures.load(Fixtures.SEED));
      assertEquals(new IndexStats(5, 45, index.stats().bytesOnDisk()), index.stats());
      index.put(
          PassageSearcherTest.article(
              "new", "Envoys agreed on a prisoner exchange in Istanbul today."));
      assertEquals(6, index.articles().size());
      assertTrue(index.remove("new"));
      assertFalse(index.remove("new"));
      assertEquals(5, index.articles().size());
      assertEquals(45, index.stats().paragraphs());
    }
  }

  @Test
  void putAllAddsSeveralArticlesInOneCommitTheLastCopyOfAnIdWinning() throws Exception {
    try (SearchIndex index = SearchIndex.open(dir)) {
      index.rebuild(Fixtures.load(Fixtures.SEED));
      long generation = commitGeneration();
      index.putAll(
          List.of(
              PassageSearcherTest.article("a", "Envoys agreed on a prisoner exchange in Istanbul."),
              PassageSearcherTest.article("b", "Delegations met in Geneva.", "They met again."),
              PassageSearcherTest.article("a", "Envoys agreed on a grain corridor in Istanbul.")));
      assertEquals(generation + 1, commitGeneration(), "one commit for the batch");
      assertEquals(7, index.articles().size());
      assertEquals(45 + 1 + 2, index.stats().paragraphs());
      assertEquals(
          List.of("Envoys agreed on a grain corridor in Istanbul."),
          index.paragraphs("a", 1, 1).stream().map(p -> p.text()).toList());
      index.putAll(List.of());
      assertEquals(generation + 1, commitGeneration(), "nothing to add, nothing committed");
    }
  }

  @Test
  void aPutAllThatFailsAddsNoneOfItsArticles() throws Exception {
    CorpusLoad seeds = Fixtures.load(Fixtures.SEED);
    try (SearchIndex index = SearchIndex.open(dir, new CountingEmbedder(unitsToEmbed(seeds) + 1))) {
      index.rebuild(seeds);
      List<Article> batch =
          List.of(
              PassageSearcherTest.article("a", "Envoys agreed on a prisoner exchange in Istanbul."),
              PassageSearcherTest.article("b", "Delegations met in Geneva on Monday morning."));
      assertThrows(IllegalStateException.class, () -> index.putAll(batch));
      assertEquals(5, index.articles().size());
      assertTrue(index.find("a").isEmpty());
      assertEquals(45, index.stats().paragraphs());
    }
  }

  private long commitGeneration() throws Exception {
    try (Directory d = FSDirectory.open(dir)) {
      return SegmentInfos.readLatestCommit(d).getGeneration();
    }
  }

  @Test
  void eachCommittedArticleIsInTheFolderItselfBeforeTheIndexIsClosed() throws Exception {
    // Small new segments are written in memory first: what a kill -9 leaves is the folder alone.
    try (SearchIndex index = SearchIndex.open(dir)) {
      index.rebuild(Fixtures.load(Fixtures.SEED));
      for (int n = 1; n <= 3; n++) {
        index.put(PassageSearcherTest.article("a" + n, "Envoys met in Istanbul, round " + n + "."));
        assertEquals(5 + n, articlesInTheFolder(), "after put " + n + ", read past the cache");
      }
    }
    try (SearchIndex reopened = SearchIndex.open(dir)) {
      assertEquals(8, reopened.articles().size());
      assertEquals(
          List.of("Envoys met in Istanbul, round 3."),
          reopened.paragraphs("a3", 1, 1).stream().map(p -> p.text()).toList());
    }
  }

  /** Articles of the latest commit, read from the folder through a directory of its own. */
  private int articlesInTheFolder() throws Exception {
    try (Directory d = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(d)) {
      return new IndexSearcher(reader).count(new TermQuery(IndexSchema.metaTerm()));
    }
  }

  @Test
  void contextParagraphsComeInOrder() throws Exception {
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.rebuild(Fixtures.load(Fixtures.SEED));
      List<Integer> ordinals =
          index.paragraphs("004_96e90a8c1ade5256", 3, 5).stream().map(p -> p.ordinal()).toList();
      assertEquals(List.of(3, 4, 5), ordinals);
    }
  }

  @Test
  void aRebuildThatFailsHalfwayLeavesThePreviousIndexServing() throws Exception {
    CountingEmbedder flaky = new CountingEmbedder(unitsToEmbed(Fixtures.load(Fixtures.SEED)) + 40);
    try (SearchIndex index = SearchIndex.open(dir, flaky)) {
      index.rebuild(Fixtures.load(Fixtures.SEED));
      CorpusLoad bigger = Fixtures.load(Fixtures.SEED, Fixtures.DEV);
      assertThrows(IllegalStateException.class, () -> index.rebuild(bigger));
      assertEquals(5, index.articles().size());
      // The stand-in embedder's vectors mean nothing, so the fitted no-answer decision is not
      // asked.
      PassageSearcher searcher =
          new PassageSearcher(
              index,
              Fixtures.synonyms(),
              SearchTuning.defaults(),
              3,
              index.embedder(),
              Answerability.never(),
              MeaningWeights.NONE);
      assertFalse(searcher.answer("What does Russia demand?").noAnswer());
    }
    try (SearchIndex reopened = SearchIndex.open(dir)) {
      assertEquals(5, reopened.articles().size(), "the last commit is what a restart finds");
    }
  }

  @Test
  void aLexicalRebuildWhoseArticlesFailAfterSomeWereIndexedLeavesThePreviousIndexServing()
      throws Exception {
    try (SearchIndex index = SearchIndex.open(dir)) {
      index.rebuild(Fixtures.load(Fixtures.SEED));
      List<Article> dev = Fixtures.load(Fixtures.DEV).articles();
      Iterable<Article> failing =
          () ->
              new Iterator<>() {
                private int at;

                @Override
                public boolean hasNext() {
                  return true;
                }

                @Override
                public Article next() {
                  if (at == 3) throw new IllegalStateException("the feed broke");
                  return dev.get(at++);
                }
              };
      assertThrows(IllegalStateException.class, () -> index.rebuild(failing));
      assertEquals(5, index.articles().size(), "three dev articles were indexed, none committed");
      assertFalse(
          new PassageSearcher(index, Fixtures.synonyms(), SearchTuning.defaults(), 3)
              .answer("What does Russia demand?")
              .noAnswer());
    }
    try (SearchIndex reopened = SearchIndex.open(dir)) {
      assertEquals(5, reopened.articles().size(), "the last commit is what a restart finds");
    }
  }

  @Test
  void aReindexEmbedsOnlyParagraphsWhoseTextChanged() throws Exception {
    CountingEmbedder embedder = new CountingEmbedder();
    CorpusLoad seeds = Fixtures.load(Fixtures.SEED);
    int units = unitsToEmbed(seeds);
    assertTrue(units > 2 * 45, "45 paragraphs and their sentences: " + units);
    try (SearchIndex index = SearchIndex.inMemory(embedder)) {
      index.rebuild(seeds);
      assertEquals(units, embedder.passagesEmbedded.get());
      index.rebuild(Fixtures.load(Fixtures.SEED));
      assertEquals(
          units,
          embedder.passagesEmbedded.get(),
          "unchanged text reuses its vectors, sentences too");
      index.put(
          PassageSearcherTest.article(
              "one", "A brand new paragraph about the talks in Abu Dhabi."));
      assertEquals(
          units + 1,
          embedder.passagesEmbedded.get(),
          "one sentence: the paragraph vector is its vector");
      index.put(
          PassageSearcherTest.article(
              "two", "Envoys met in Geneva on Sunday. They agreed on a shorter plan."));
      assertEquals(
          units + 1 + 3,
          embedder.passagesEmbedded.get(),
          "the paragraph and each of its two sentences");
    }
  }

  @Test
  void anIndexKnowsWhenItNeedsARebuildForThisVersionOrModel() throws Exception {
    try (SearchIndex lexical = SearchIndex.open(dir)) {
      assertNull(lexical.staleReason(), "a new, empty index");
      lexical.rebuild(Fixtures.load(Fixtures.SEED));
      lexical.put(PassageSearcherTest.article("one", "A paragraph about the talks in Abu Dhabi."));
      lexical.remove("one");
      assertNull(lexical.staleReason(), "adding and removing an article keeps the rebuild's stamp");
    }
    try (SearchIndex withModel = SearchIndex.open(dir, new CountingEmbedder())) {
      assertEquals(
          "it was built without embeddings (search.semantic was false)", withModel.staleReason());
      withModel.rebuild(Fixtures.load(Fixtures.SEED));
      assertNull(withModel.staleReason());
    }
    try (SearchIndex lexicalAgain = SearchIndex.open(dir)) {
      assertNull(lexicalAgain.staleReason(), "vectors it does not use do no harm");
    }
  }

  /**
   * Searchers of an open index are refreshed from its writer: what they read, stamp included, is
   * still each commit's.
   */
  @Test
  void searchersOfAnOpenIndexReadEachCommitAndItsStamp() throws Exception {
    try (SearchIndex lexical = SearchIndex.open(dir)) {
      lexical.rebuild(Fixtures.load(Fixtures.SEED));
    }
    try (SearchIndex index = SearchIndex.open(dir, new CountingEmbedder())) {
      String stale = "it was built without embeddings (search.semantic was false)";
      long before = index.version();
      index.put(PassageSearcherTest.article("one", "A paragraph about the talks in Abu Dhabi."));
      assertTrue(index.find("one").isPresent());
      assertTrue(index.version() != before, "a new version after the commit");
      assertEquals(stale, index.staleReason(), "an add keeps the rebuild's stamp");
      index.rebuild(Fixtures.load(Fixtures.SEED));
      assertNull(index.staleReason(), "the rebuild's new stamp, seen at once");
      assertTrue(index.find("one").isEmpty());
      index.put(PassageSearcherTest.article("two", "Another paragraph about the talks."));
      assertNull(index.staleReason());
      assertEquals(index.articles().size(), index.stats().articles());
    }
    try (SearchIndex again = SearchIndex.open(dir, new CountingEmbedder())) {
      assertNull(again.staleReason(), "what was read before the restart was committed");
      assertTrue(again.find("two").isPresent());
    }
  }

  @Test
  void anIndexFromBeforeSentenceVectorsIsStale() throws Exception {
    try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
        var writer =
            new org.apache.lucene.index.IndexWriter(
                directory, new org.apache.lucene.index.IndexWriterConfig())) {
      writer.addDocument(new org.apache.lucene.document.Document());
      writer.commit(); // as the previous version committed: no stamp
    }
    try (SearchIndex old = SearchIndex.open(dir, new CountingEmbedder())) {
      assertEquals("it was built by an older version of the bot", old.staleReason());
      old.rebuild(Fixtures.load(Fixtures.SEED));
      assertNull(old.staleReason());
    }
  }

  @Test
  void vectorsOfAnotherModelAreNeitherUsedNorReused() throws Exception {
    CorpusLoad seeds = Fixtures.load(Fixtures.SEED);
    try (SearchIndex index = SearchIndex.open(dir, new CountingEmbedder())) {
      index.rebuild(seeds);
    }
    for (CountingEmbedder other :
        List.of(new CountingEmbedder("other", 32), new CountingEmbedder("same-length", 64))) {
      try (SearchIndex index = SearchIndex.open(dir, other)) {
        assertTrue(
            index.staleReason().startsWith("its embeddings come from another model"),
            index.staleReason());
        PassageSearcher searcher =
            new PassageSearcher(index, Fixtures.synonyms(), SearchTuning.defaults(), 3);
        assertFalse(
            searcher.answer("What does Russia demand?").noAnswer(), "answered by words meanwhile");
        index.rebuild(seeds);
        assertEquals(
            unitsToEmbed(seeds),
            other.passagesEmbedded.get(),
            "nothing reused from the other model");
        assertNull(index.staleReason());
      }
    }
  }

  @Test
  void articlesAddedWithoutVectorsAreEmbeddedByTheNextSemanticRebuild() throws Exception {
    CountingEmbedder embedder = new CountingEmbedder();
    CorpusLoad seeds = Fixtures.load(Fixtures.SEED);
    try (SearchIndex index = SearchIndex.open(dir, embedder)) {
      index.rebuild(seeds);
    }
    var added =
        PassageSearcherTest.article(
            "added", "Envoys met in Geneva on Sunday. They agreed on a shorter plan.");
    try (SearchIndex lexical = SearchIndex.open(dir)) {
      lexical.put(added);
    }
    try (SearchIndex index = SearchIndex.open(dir, embedder)) {
      assertEquals(
          "some of its paragraphs have no embeddings (added while search.semantic was false)",
          index.staleReason());
      int before = embedder.passagesEmbedded.get();
      index.rebuild(new CorpusLoad(concat(seeds, added), List.of()));
      assertEquals(
          before + 3,
          embedder.passagesEmbedded.get(),
          "only the added paragraph and its two sentences");
      assertNull(index.staleReason());
    }
  }

  private static List<org.peacetalks.corpus.Article> concat(
      CorpusLoad corpus, org.peacetalks.corpus.Article more) {
    List<org.peacetalks.corpus.Article> all = new java.util.ArrayList<>(corpus.articles());
    all.add(more);
    return all;
  }

  /** Paragraphs, plus the sentences of those with more than one. */
  private static int unitsToEmbed(CorpusLoad corpus) {
    int units = 0;
    for (var article : corpus.articles()) {
      for (var p : article.paragraphs()) {
        int sentences = SentenceSplitter.split(p.text()).size();
        units += 1 + (sentences > 1 ? sentences : 0);
      }
    }
    return units;
  }
}
