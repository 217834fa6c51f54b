package org.peacetalks.admin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.ArticleStore;
import org.peacetalks.corpus.ContentHash;
import org.peacetalks.corpus.Paragraph;
import org.peacetalks.corpus.UnreadableReason;
import org.peacetalks.search.ArticleSummary;
import org.peacetalks.search.Passage;
import org.peacetalks.search.PassageEmbedder;
import org.peacetalks.search.PassageSearcher;
import org.peacetalks.search.PassageSource;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.search.SearchTuning;
import org.peacetalks.search.Synonyms;

class ArticleIntakeTest {
  static final byte[] ARTICLE =
      ("Prisoner swap agreed in Istanbul\n"
              + "Negotiators agreed in Istanbul on an exchange of 1,200 prisoners from each side.\n")
          .getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;
  Path articles;
  SearchIndex index;
  ArticleIntake intake;
  final List<ArticleSummary> added = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    articles = Files.createDirectories(dir.resolve("articles"));
    index = SearchIndex.open(dir.resolve("index"));
    intake =
        new ArticleIntake(
            new ArticleStore(articles, new ArticleParser(2_000_000)),
            index,
            Clock.fixed(Instant.parse("2025-12-01T10:00:00Z"), ZoneOffset.UTC),
            added::add);
  }

  @AfterEach
  void tearDown() throws Exception {
    index.close();
  }

  private List<String> filesInDir() throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString())
          .filter(p -> !p.startsWith("index"))
          .sorted()
          .toList();
    }
  }

  @Test
  void addsAFileUnderANameTheBotMakesAndIndexesIt() throws Exception {
    IntakeResult r = intake.addFile("../../config/evil.txt", ARTICLE);
    assertEquals(IntakeResult.Outcome.ADDED, r.outcome());
    assertEquals("Prisoner swap agreed in Istanbul", r.title());
    assertEquals(1, r.paragraphs());
    assertTrue(
        r.articleId().matches("added-[0-9a-f]{16}"), "named by its content: " + r.articleId());
    assertEquals(
        List.of("articles/" + r.articleId() + ".txt"),
        filesInDir(),
        "nothing lands outside the folder");
    assertEquals(List.of(r.articleId()), added.stream().map(ArticleSummary::id).toList());
    PassageSearcher searcher =
        new PassageSearcher(index, Synonyms.none(), SearchTuning.defaults(), 3);
    assertEquals(
        r.articleId(), searcher.answer("prisoner exchange Istanbul").passages().get(0).articleId());
  }

  @Test
  void theUploadedNameNeverChoosesThePath() throws Exception {
    for (String name : List.of("a/b.txt", "..\\x.md", "/etc/passwd.html")) {
      intake.addFile(
          name,
          (new String(ARTICLE, StandardCharsets.UTF_8) + name).getBytes(StandardCharsets.UTF_8));
    }
    for (String f : filesInDir())
      assertTrue(f.matches("articles/added-[0-9a-f]{16}\\.(txt|md|html)"), f);
  }

  @Test
  void refusesWhatIsNotAnArticleWithAReason() throws Exception {
    // Refusals are typed; the chat words them (AdminRepliesTest).
    assertEquals(
        new IntakeProblem(IntakeProblem.Kind.WRONG_TYPE, ".yaml"),
        intake.addFile("../../config/bot.yaml", ARTICLE).problem());
    assertEquals(
        new IntakeProblem(IntakeProblem.Kind.WRONG_TYPE, ""),
        intake.addFile("", ARTICLE).problem());
    assertEquals(
        new IntakeProblem(
            IntakeProblem.Kind.UNREADABLE,
            "binary file (contains NUL bytes)",
            UnreadableReason.of(UnreadableReason.Kind.BINARY)),
        intake.addFile("x.txt", new byte[] {'a', 0}).problem());
    assertEquals(
        new IntakeProblem(
            IntakeProblem.Kind.UNREADABLE,
            "not UTF-8 text (nor Windows-1252)",
            UnreadableReason.of(UnreadableReason.Kind.NOT_TEXT)),
        intake.addFile("x.txt", new byte[] {'a', (byte) 0x81, 'b'}).problem());
    IntakeProblem large = intake.addFile("x.txt", new byte[10 * 1024 * 1024]).problem();
    assertEquals(IntakeProblem.Kind.UNREADABLE, large.kind());
    assertEquals(UnreadableReason.Kind.TOO_LARGE, large.unreadable().kind());
    assertEquals(10 * 1024 * 1024, large.unreadable().size());
    assertTrue(
        large.detail().startsWith("too large (10485760 bytes; the limit is "), large.detail());
    assertEquals(List.of(), filesInDir());
    assertEquals(0, index.articles().size());
  }

  @Test
  void theSameContentTwiceIsRefusedNamingTheExistingArticle() throws Exception {
    IntakeResult first = intake.addFile("a.txt", ARTICLE);
    IntakeResult second = intake.addFile("b.txt", ARTICLE);
    assertEquals(IntakeResult.Outcome.DUPLICATE, second.outcome());
    assertEquals(first.articleId(), second.articleId());
    assertEquals(1, index.articles().size());
  }

  @Test
  void addsTypedTextWithTheFirstLineAsTitle() throws Exception {
    IntakeResult r =
        intake.addText(
            "Ceasefire holds in Kherson\nThe ceasefire in Kherson held for a third day, officials said.");
    assertEquals(IntakeResult.Outcome.ADDED, r.outcome());
    assertEquals("Ceasefire holds in Kherson", r.title());
    assertEquals(IntakeResult.Outcome.REFUSED, intake.addText("just one line").outcome());
  }

  @Test
  void removeTakesItOutOfTheIndexAndMovesTheFileAside() throws Exception {
    IntakeResult r = intake.addFile("a.txt", ARTICLE);
    assertTrue(intake.remove(r.articleId()));
    assertEquals(0, index.articles().size());
    assertTrue(Files.exists(articles.resolve(".removed").resolve(r.articleId() + ".txt")));
    assertFalse(intake.remove(r.articleId()));
    assertFalse(intake.remove("../etc"));
  }

  @Test
  void whileARebuildHoldsTheCorpusAddAndRemoveAreRefusedNotLost() throws Exception {
    ReentrantLock rebuild = new ReentrantLock();
    ArticleIntake guarded =
        new ArticleIntake(
            new ArticleStore(articles, new ArticleParser(2_000_000)),
            index,
            Clock.systemUTC(),
            added::add,
            rebuild);
    IntakeResult kept = guarded.addFile("a.txt", ARTICLE);
    Thread rebuilding = new Thread(rebuild::lock);
    rebuilding.start();
    rebuilding.join();
    IntakeResult r =
        guarded.addText("Another title\nAnother paragraph that is long enough to count here.");
    assertEquals(IntakeResult.Outcome.REFUSED, r.outcome());
    assertEquals(IntakeProblem.Kind.REINDEX_RUNNING, r.problem().kind(), r.reason());
    org.junit.jupiter.api.Assertions.assertThrows(
        ReindexInProgressException.class, () -> guarded.remove(kept.articleId()));
    assertEquals(1, index.articles().size());
  }

  static byte[] feedArticle(String title, String text) {
    return ("---\ntitle: \""
            + title
            + "\"\nsource: \"Wire\"\nurl: \"https://news.example/"
            + title.hashCode()
            + "\"\n---\n\n"
            + text
            + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aBatchOfFeedArticlesIsAddedWithTheDuplicateRulesOfSingleAdds() throws Exception {
    byte[] indexedBefore =
        feedArticle("Grain deal", "Negotiators extended the grain corridor through the Black Sea.");
    IntakeResult before = intake.addFeedArticles(List.of(indexedBefore)).get(0);
    assertEquals(IntakeResult.Outcome.ADDED, before.outcome());
    byte[] first =
        feedArticle("Prisoner swap", "Both sides exchanged 1,200 prisoners in Istanbul on Friday.");
    byte[] second =
        feedArticle("Geneva round", "Delegations met in Geneva for a second round of talks.");

    List<IntakeResult> results =
        intake.addFeedArticles(List.of(first, indexedBefore, second, first));

    assertEquals(
        List.of(
            IntakeResult.Outcome.ADDED,
            IntakeResult.Outcome.DUPLICATE,
            IntakeResult.Outcome.ADDED,
            IntakeResult.Outcome.DUPLICATE),
        results.stream().map(IntakeResult::outcome).toList());
    assertEquals(before.articleId(), results.get(1).articleId(), "names the indexed one");
    assertEquals(results.get(0).articleId(), results.get(3).articleId(), "names its first copy");
    assertEquals(IntakeProblem.Kind.ALREADY_INDEXED, results.get(3).problem().kind());
    assertEquals("Prisoner swap", results.get(0).title());
    assertTrue(results.get(0).articleId().matches("feed-[0-9a-f]{16}"), results.get(0).articleId());
    assertEquals(3, index.stats().articles());
    assertEquals(
        List.of(before.articleId(), results.get(0).articleId(), results.get(2).articleId()),
        added.stream().map(ArticleSummary::id).toList(),
        "each recorded as added once, in order");
    assertEquals(
        Stream.of(before, results.get(0), results.get(2))
            .map(r -> "articles/" + r.articleId() + ".md")
            .sorted()
            .toList(),
        filesInDir());
    assertEquals(
        List.of(IntakeResult.Outcome.DUPLICATE, IntakeResult.Outcome.DUPLICATE),
        intake.addFeedArticles(List.of(second, first)).stream().map(IntakeResult::outcome).toList(),
        "sent again: duplicates");
  }

  @Test
  void anArticleParsedUnderItsFeedFileNameIsNotParsedAgain() throws Exception {
    ArticleParser parser = new ArticleParser(2_000_000);
    byte[] swap =
        feedArticle("Prisoner swap", "Both sides exchanged 1,200 prisoners in Istanbul on Friday.");
    byte[] geneva =
        feedArticle("Geneva round", "Delegations met in Geneva for a second round of talks.");
    Article swapParsed = parser.parse(ArticleIntake.feedFileName(swap), swap);
    Article genevaParsed = parser.parse("elsewhere.md", geneva);
    // Marked, to tell the article handed over from one parsed again.
    List<Article> given =
        List.of(retitled(swapParsed, "As given"), retitled(genevaParsed, "As given"));

    List<IntakeResult> results = intake.addFeedArticles(List.of(swap, geneva), given);

    assertEquals("As given", results.get(0).title(), "parsed under its own name: taken as is");
    assertEquals(swapParsed.id(), results.get(0).articleId());
    assertEquals("Geneva round", results.get(1).title(), "parsed under another name: again");
    assertEquals("feed-" + ContentHash.of(geneva).substring(0, 16), results.get(1).articleId());
  }

  private static Article retitled(Article a, String title) {
    return new Article(
        a.id(),
        title,
        a.source(),
        a.url(),
        a.published(),
        a.fileName(),
        a.contentHash(),
        a.paragraphs());
  }

  @Test
  void aBatchIsRefusedWholeWhileARebuildHoldsTheCorpus() throws Exception {
    ReentrantLock rebuild = new ReentrantLock();
    ArticleIntake guarded =
        new ArticleIntake(
            new ArticleStore(articles, new ArticleParser(2_000_000)),
            index,
            Clock.systemUTC(),
            added::add,
            rebuild);
    Thread rebuilding = new Thread(rebuild::lock);
    rebuilding.start();
    rebuilding.join();
    List<IntakeResult> results =
        guarded.addFeedArticles(
            List.of(
                feedArticle("One", "Envoys agreed on a prisoner exchange in Istanbul today."),
                feedArticle("Two", "Delegations met in Geneva for a second round of talks.")));
    assertEquals(
        List.of(IntakeProblem.Kind.REINDEX_RUNNING, IntakeProblem.Kind.REINDEX_RUNNING),
        results.stream().map(r -> r.problem().kind()).toList());
    assertEquals(List.of(), filesInDir());
    assertEquals(0, index.stats().articles());
  }

  /** A model whose vectors have {@code length} numbers (the first one 1, so they are unit). */
  private static PassageEmbedder modelOfLength(IntSupplier length) {
    return new PassageEmbedder() {
      @Override
      public int dimension() {
        return 8;
      }

      @Override
      public List<float[]> embedPassages(List<String> passages) {
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
          float[] v = new float[length.getAsInt()];
          v[0] = 1;
          out.add(v);
        }
        return out;
      }

      @Override
      public float[] embedQuery(String question) {
        return embedPassages(List.of(question)).get(0);
      }
    };
  }

  @Test
  void aBatchWhoseCommitFailsLeavesNoFileNoArticleAndNoJournalEntry() throws Exception {
    IntakeJournal journal = IntakeJournal.inMemory(added::add);
    // The index's vectors have 8 numbers; the batch's, embedded before the locks, 4: the index
    // change fails when it adds them, after every file of the batch was written.
    AtomicInteger length = new AtomicInteger(8);
    SearchIndex failingIndex = SearchIndex.inMemory(modelOfLength(length::get));
    failingIndex.put(
        new Article(
            "seed",
            "Seed",
            "Wire",
            null,
            null,
            "seed.txt",
            "hash-seed",
            List.of(new Paragraph(1, null, "An earlier article about the talks in Geneva."))));
    length.set(4);
    ArticleIntake broken =
        new ArticleIntake(
            new ArticleStore(articles, new ArticleParser(2_000_000)),
            failingIndex,
            journal,
            new ReentrantLock());
    List<byte[]> batch =
        List.of(
            feedArticle("One", "Envoys agreed on a prisoner exchange in Istanbul today."),
            feedArticle("Two", "Delegations met in Geneva for a second round of talks."));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> broken.addFeedArticles(batch));
    assertEquals(1, failingIndex.stats().articles(), "only the article from before");
    failingIndex.close();
    assertEquals(List.of(), journal.unfinished());
    assertEquals(List.of(), added);
    assertTrue(
        filesInDir().stream().noneMatch(f -> f.startsWith("articles/feed-")),
        filesInDir().toString());
  }

  @Test
  void aBatchIsEmbeddedBeforeTheCorpusLockIsTaken() throws Exception {
    CountDownLatch embedding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    PassageEmbedder model = modelOfLength(() -> 8);
    PassageEmbedder slow =
        new PassageEmbedder() {
          @Override
          public int dimension() {
            return 8;
          }

          @Override
          public List<float[]> embedPassages(List<String> passages) {
            embedding.countDown();
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return model.embedPassages(passages);
          }

          @Override
          public float[] embedQuery(String question) {
            return model.embedQuery(question);
          }
        };
    ReentrantLock corpusLock = new ReentrantLock();
    try (SearchIndex slowIndex = SearchIndex.inMemory(slow)) {
      ArticleIntake feeds =
          new ArticleIntake(
              new ArticleStore(articles, new ArticleParser(2_000_000)),
              slowIndex,
              IntakeJournal.inMemory(added::add),
              corpusLock);
      CompletableFuture<List<IntakeResult>> taken =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return feeds.addFeedArticles(
                      List.of(feedArticle("One", "Envoys agreed on a prisoner exchange today.")));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      try {
        assertTrue(embedding.await(10, TimeUnit.SECONDS));
        assertFalse(corpusLock.isLocked(), "an /add or a reindex may go on while the model runs");
      } finally {
        release.countDown();
      }
      assertEquals(IntakeResult.Outcome.ADDED, taken.get(10, TimeUnit.SECONDS).get(0).outcome());
      assertEquals(1, slowIndex.stats().articles());
    }
  }

  /** A journal (the state database) that fails at begin or at finish. */
  private IntakeJournal failing(boolean atBegin) {
    IntakeJournal memory = IntakeJournal.inMemory(added::add);
    return new IntakeJournal() {
      @Override
      public java.util.Optional<String> articleWithHash(String contentHash) throws IOException {
        return memory.articleWithHash(contentHash);
      }

      @Override
      public boolean lacksHashes() {
        return true;
      }

      @Override
      public void begin(String articleId, String contentHash, String fileName) throws IOException {
        if (atBegin) throw new IOException("state database /srv/bot/data/bot.db: disk full");
        memory.begin(articleId, contentHash, fileName);
      }

      @Override
      public void finish(ArticleSummary summary) throws IOException {
        throw new IOException("state database /srv/bot/data/bot.db: disk full");
      }

      @Override
      public void abandon(String articleId) throws IOException {
        memory.abandon(articleId);
      }

      @Override
      public List<Unfinished> unfinished() throws IOException {
        return memory.unfinished();
      }
    };
  }

  @Test
  void anAddTheJournalCannotRecordIsRefusedAndLeavesNothing() throws Exception {
    ArticleIntake unrecorded =
        new ArticleIntake(
            new ArticleStore(articles, new ArticleParser(2_000_000)),
            index,
            failing(true),
            new ReentrantLock());
    IntakeResult r = unrecorded.addFile("a.txt", ARTICLE);
    assertEquals(IntakeResult.Outcome.REFUSED, r.outcome());
    assertFalse(r.reason().contains("/srv"), r.reason());
    assertEquals(List.of(), filesInDir());
    assertEquals(0, index.stats().articles());
  }

  @Test
  void anAddIndexedButNotRecordedIsAPartialSuccess() throws Exception {
    ArticleIntake unrecorded =
        new ArticleIntake(
            new ArticleStore(articles, new ArticleParser(2_000_000)),
            index,
            failing(false),
            new ReentrantLock());
    IntakeResult r = unrecorded.addFile("a.txt", ARTICLE);
    assertEquals(IntakeResult.Outcome.ADDED, r.outcome());
    assertEquals(
        IntakeProblem.Kind.NOT_RECORDED,
        r.problem() == null ? null : r.problem().kind(),
        r.reason());
    assertEquals(1, index.stats().articles());
  }

  @Test
  void anUploadThatNamesNoOutletKeepsItsOwnNameAsTheSource() throws Exception {
    String name = "“Peace” plan: \"draft\" #2 🕊.txt";
    IntakeResult r = intake.addFile("C:\\phone\\" + name, ARTICLE);
    assertEquals(IntakeResult.Outcome.ADDED, r.outcome());
    assertTrue(
        r.articleId().matches("added-[0-9a-f]{16}"),
        "the stored name is still the bot's: " + r.articleId());
    assertEquals(List.of("articles/" + r.articleId() + ".txt"), filesInDir());
    assertEquals(name, index.find(r.articleId()).orElseThrow().source());
    assertEquals("Prisoner swap agreed in Istanbul", r.title(), "the title is the article's own");

    PassageSearcher searcher =
        new PassageSearcher(index, Synonyms.none(), SearchTuning.defaults(), 3);
    Passage best = searcher.answer("prisoner exchange Istanbul").passages().get(0);
    assertEquals(
        name, PassageSource.of(best, null).outlet(), "the source line shows the uploaded name");

    String stored = Files.readString(articles.resolve(r.articleId() + ".txt"));
    assertTrue(
        stored.startsWith("---\nsource: \""), "kept in the file, so a rebuild keeps it: " + stored);
    assertTrue(stored.endsWith(new String(ARTICLE, StandardCharsets.UTF_8)), stored);
    assertEquals(
        name,
        new ArticleStore(articles, new ArticleParser(2_000_000))
            .read(r.articleId() + ".txt")
            .source());
  }

  @Test
  void anUploadThatNamesItsOutletIsStoredAsSent() throws Exception {
    byte[] named =
        ("---\nsource: Reuters\n---\n" + new String(ARTICLE, StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8);
    IntakeResult r = intake.addFile("notes.txt", named);
    assertEquals("Reuters", index.find(r.articleId()).orElseThrow().source());
    assertArrayEquals(named, Files.readAllBytes(articles.resolve(r.articleId() + ".txt")));
  }

  @Test
  void theLabelJoinsFrontMatterThatHasNoSource() throws Exception {
    byte[] titled =
        ("---\ntitle: Istanbul swap\npublished: 2025-11-30\n---\n"
                + "Negotiators agreed in Istanbul on an exchange of 1,200 prisoners from each side.\n")
            .getBytes(StandardCharsets.UTF_8);
    IntakeResult r = intake.addFile("swap.md", titled);
    ArticleSummary a = index.find(r.articleId()).orElseThrow();
    assertEquals("swap.md", a.source());
    assertEquals("Istanbul swap", a.title());
    assertEquals("2025-11-30", a.published());
  }

  @Test
  void aFileInWindows1252KeepsItsBytesAroundTheLabel() throws Exception {
    byte[] cp1252 =
        "Talks\nThe envoy said \u201cno\u201d to the plan in Geneva.\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    IntakeResult r = intake.addFile("Зустріч.txt", cp1252);
    assertEquals(IntakeResult.Outcome.ADDED, r.outcome(), r.reason());
    assertEquals("Зустріч.txt", index.find(r.articleId()).orElseThrow().source());
    PassageSearcher searcher =
        new PassageSearcher(index, Synonyms.none(), SearchTuning.defaults(), 3);
    assertTrue(searcher.answer("envoy Geneva").passages().get(0).text().contains("\u201cno\u201d"));
  }

  @Test
  void typedTextAndHtmlGetNoLabel() throws Exception {
    IntakeResult typed =
        intake.addText("Prisoner swap\nNegotiators agreed on an exchange of prisoners.");
    assertEquals(typed.articleId() + ".txt", index.find(typed.articleId()).orElseThrow().source());
    IntakeResult page =
        intake.addFile(
            "page.html",
            "<html><body><h1>Geneva round</h1><p>The delegations met in Geneva for a second round of talks.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(page.articleId() + ".html", index.find(page.articleId()).orElseThrow().source());
  }

  @Test
  void aLabelledUploadSentAgainIsADuplicateEvenWhenTheJournalHasAnotherHash() throws Exception {
    IntakeResult first = intake.addFile("a.txt", ARTICLE);
    // A rebuild records the stored (labelled) file's hash, not the upload's: a fresh journal stands
    // for that.
    ArticleIntake afterRebuild =
        new ArticleIntake(
            new ArticleStore(articles, new ArticleParser(2_000_000)),
            index,
            Clock.systemUTC(),
            added::add);
    IntakeResult again = afterRebuild.addFile("b.txt", ARTICLE);
    assertEquals(IntakeResult.Outcome.DUPLICATE, again.outcome());
    assertEquals(first.articleId(), again.articleId());
    assertEquals(
        "a.txt", index.find(first.articleId()).orElseThrow().source(), "the first name stays");
  }

  @Test
  void aSlowParseHoldsNoLockThatRemoveOrAReindexNeeds() throws Exception {
    ArticleStore store = new ArticleStore(articles, new ArticleParser(2_000_000));
    IntakeResult kept = intake.addFile("kept.txt", ARTICLE);
    CountDownLatch parsing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ReentrantLock corpusLock = new ReentrantLock();
    ArticleIntake slow =
        new ArticleIntake(
            store,
            index,
            IntakeJournal.inMemory(added::add),
            corpusLock,
            (name, bytes) -> {
              parsing.countDown();
              try {
                if (!release.await(30, TimeUnit.SECONDS))
                  throw new IllegalStateException("never released");
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return store.parser().parse(name, bytes);
            });
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      java.util.concurrent.Future<IntakeResult> adding =
          pool.submit(
              () ->
                  slow.addText(
                      "Ceasefire talks in Riyadh\nDelegations met in Riyadh to discuss a ceasefire at sea."));
      assertTrue(parsing.await(30, TimeUnit.SECONDS), "the parse started");
      // While the parse is in flight: /remove completes, and a reindex could take the corpus lock.
      assertTrue(slow.remove(kept.articleId()));
      assertTrue(index.find(kept.articleId()).isEmpty());
      assertTrue(corpusLock.tryLock(), "the corpus lock is free during the parse");
      corpusLock.unlock();
      assertFalse(adding.isDone());
      release.countDown();
      IntakeResult r = adding.get(30, TimeUnit.SECONDS);
      assertEquals(IntakeResult.Outcome.ADDED, r.outcome());
      assertTrue(index.find(r.articleId()).isPresent());
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }
}
