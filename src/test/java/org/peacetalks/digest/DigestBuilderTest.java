package org.peacetalks.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.corpus.Article;
import org.peacetalks.corpus.CorpusLoad;
import org.peacetalks.corpus.Paragraph;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.storage.OpenStates;

class DigestBuilderTest {
  static final Instant NOW = Instant.parse("2026-11-22T07:00:00Z"); // 09:00 in Kyiv

  @TempDir Path data;
  final OpenStates states = new OpenStates();
  SearchIndex index;
  ArticleLedger ledger;
  final List<Article> corpus = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    index = SearchIndex.inMemory();
    ledger = new ArticleLedger(states.open(data));
    corpus.add(
        article(
            "seed",
            "Seed article",
            null,
            "Delegations met in Geneva for the first round of talks, officials said on Monday."));
    index.rebuild(new CorpusLoad(corpus, List.of()));
    ledger.recordNew(index.articles(), NOW.minus(Duration.ofDays(30))); // the initial import
  }

  @AfterEach
  void tearDown() throws Exception {
    index.close();
    states.close();
  }

  static Article article(String id, String title, String published, String... paragraphs) {
    List<Paragraph> ps = new ArrayList<>();
    for (int i = 0; i < paragraphs.length; i++) ps.add(new Paragraph(i + 1, null, paragraphs[i]));
    return new Article(
        id,
        title,
        "Example News",
        "https://example.org/" + id,
        published,
        id + ".txt",
        "hash-" + id,
        ps);
  }

  /** Adds articles to the index and records them as added at {@code at}. */
  void add(Instant at, Article... articles) throws Exception {
    corpus.addAll(List.of(articles));
    index.rebuild(new CorpusLoad(corpus, List.of()));
    ledger.recordNew(index.articles(), at);
  }

  DigestBuilder builder(int max) {
    return new DigestBuilder(index, ledger, max);
  }

  @Test
  void listsArticlesAddedSinceTheLastDigestNewestFirst() throws Exception {
    add(
        NOW.minus(Duration.ofHours(30)),
        article(
            "old",
            "Old news",
            null,
            "Something that happened well before the last digest went out."));
    add(
        NOW.minus(Duration.ofHours(5)),
        article(
            "b",
            "Envoys meet in Moscow",
            "2026-11-21",
            "Short dateline.",
            "U.S. envoys met Russian officials in Moscow on Friday. The talks lasted five hours. Both sides called them useful."));
    add(
        NOW.minus(Duration.ofHours(2)),
        article(
            "c",
            "Kyiv responds",
            null,
            "Kyiv said it would study the proposal carefully before giving any answer to Washington."));

    Subscription s =
        new Subscription(
            1L,
            null,
            LocalTime.of(9, 0),
            NOW.minus(Duration.ofDays(9)),
            null,
            NOW.minus(Duration.ofHours(24)));
    Digest d = builder(10).forSubscription(s, NOW);

    assertEquals(List.of("c", "b"), d.items().stream().map(Digest.Item::articleId).toList());
    assertEquals(0, d.more());
    Digest.Item b = d.items().get(1);
    assertEquals("Envoys meet in Moscow", b.title());
    assertEquals("Example News", b.source());
    assertEquals("2026-11-21", b.published());
    assertEquals(NOW.minus(Duration.ofHours(5)), b.addedAt());
    assertEquals(
        "U.S. envoys met Russian officials in Moscow on Friday. The talks lasted five hours.",
        b.lead(),
        "skips the dateline; a short first sentence gets the second");
    assertEquals("Envoys meet in Moscow", b.askQuestion());
  }

  @Test
  void newSubscriberGetsTheDayBeforeSubscribingAndEverythingSince() throws Exception {
    add(
        NOW.minus(Duration.ofHours(30)),
        article(
            "x",
            "Day before",
            null,
            "Old enough to be left out of a new subscriber's digest today."));
    add(
        NOW.minus(Duration.ofHours(26)),
        article(
            "y",
            "Yesterday",
            null,
            "Recent enough to be in a new subscriber's first digest this morning."));
    add(
        NOW.minus(Duration.ofHours(1)),
        article(
            "z", "Today", null, "Added this morning, before the digest goes out at nine o'clock."));
    Subscription fresh =
        new Subscription(1L, null, LocalTime.of(9, 0), NOW.minus(Duration.ofHours(3)), null, null);
    assertEquals(
        List.of("z", "y"),
        builder(10).forSubscription(fresh, NOW).items().stream()
            .map(Digest.Item::articleId)
            .toList());
    assertEquals(
        List.of("z"),
        builder(10).lastDay(NOW).items().stream().map(Digest.Item::articleId).toList(),
        "/digest: the last 24 hours");
  }

  @Test
  void initialImportAndRemovedArticlesAreNotListed() throws Exception {
    add(
        NOW.minus(Duration.ofHours(1)),
        article(
            "gone",
            "Removed later",
            null,
            "This article will be removed from the index before the digest."));
    corpus.removeIf(a -> a.id().equals("gone"));
    index.rebuild(new CorpusLoad(corpus, List.of()));
    Digest d = builder(10).between(Instant.EPOCH, NOW);
    assertTrue(d.isEmpty(), d.toString());
  }

  @Test
  void chatsWithTheSameNewArticlesShareOneListingUntilTheIndexChanges() throws Exception {
    add(
        NOW.minus(Duration.ofHours(2)),
        article("one", "First story", null, "Envoys met in Istanbul to discuss a prisoner swap."),
        article("two", "Second story", null, "The talks will resume in Geneva next week."));
    DigestBuilder builder = builder(10);
    Digest a = builder.between(NOW.minus(Duration.ofHours(5)), NOW);
    Digest b = builder.between(NOW.minus(Duration.ofHours(3)), NOW.plus(Duration.ofMinutes(1)));
    assertSame(a.items(), b.items(), "the same new articles: one listing");
    assertEquals(NOW.minus(Duration.ofHours(3)), b.since());

    corpus.removeIf(x -> x.id().equals("two"));
    index.rebuild(new CorpusLoad(corpus, List.of()));
    Digest c = builder.between(NOW.minus(Duration.ofHours(5)), NOW);
    assertEquals(List.of("one"), c.items().stream().map(Digest.Item::articleId).toList());
  }

  @Test
  void atMostMaxArticlesThenTheCountOfTheRest() throws Exception {
    for (int i = 0; i < 14; i++) {
      add(
          NOW.minus(Duration.ofMinutes(100 - i)),
          article(
              "n" + i,
              "News " + i,
              null,
              "Paragraph text that is long enough to serve as the lead of the article " + i + "."));
    }
    Digest d = builder(10).lastDay(NOW);
    assertEquals(10, d.items().size());
    assertEquals(4, d.more());
    assertEquals(14, d.total());
    assertEquals("n13", d.items().get(0).articleId());
  }

  @Test
  void longLeadIsShortenedAtAWord() {
    String lead = DigestBuilder.lead("word ".repeat(200));
    assertTrue(lead.length() <= DigestBuilder.MAX_LEAD, lead);
    assertTrue(lead.endsWith("word…"), lead);
  }

  @Test
  void leadOfTwoSentencesWhenTheFirstIsShort() {
    assertEquals(
        "Talks resumed. Both sides arrived early.",
        DigestBuilder.lead(
            "Talks resumed. Both sides arrived early. A third sentence follows here."));
    String longFirst =
        "A first sentence that is long enough on its own to be the whole lead of the digest entry, without any help from the next. Second.";
    assertEquals(
        longFirst.substring(0, longFirst.indexOf(" Second.")), DigestBuilder.lead(longFirst));
  }

  @Test
  void leadDoesNotEndASentenceAtInitialsOrATitle() {
    String text =
        "U.S. envoy Steve Witkoff and Mr. Kushner met the Ukrainian delegation in Miami on Sunday,"
            + " officials said, after a week of talks on the revised plan. Details were not released."
            + " A third sentence.";
    assertEquals(text.substring(0, text.indexOf(" Details")), DigestBuilder.lead(text));
  }

  static Article from(String outlet, String id, String title, String... paragraphs) {
    Article a = article(id, title, "2026-11-21", paragraphs);
    return new Article(
        a.id(),
        a.title(),
        outlet,
        "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + id,
        a.published(),
        a.fileName(),
        a.contentHash(),
        a.paragraphs());
  }

  static final String[] MOSCOW_A = {
    "Witkoff and Kushner meet Putin in Moscow for five hours of talks",
    "U.S. envoys Steve Witkoff and Jared Kushner held five hours of talks with Vladimir Putin in the Kremlin on Tuesday on the American peace plan."
  };
  static final String[] MOSCOW_B = {
    "Putin meets Witkoff and Kushner in Moscow for five-hour talks on peace plan",
    "Vladimir Putin held talks lasting five hours with U.S. envoys Steve Witkoff and Jared Kushner in the Kremlin on Tuesday about the American plan."
  };
  static final String[] YERMAK = {
    "Yermak resigns after anti-corruption search of his home",
    "Andriy Yermak, head of Ukraine's presidential office and its chief negotiator, resigned on Friday hours after investigators searched his home."
  };

  @Test
  void oneStoryFromTwoOutletsIsOneEntryLedByTheOutletThatHadItFirst() throws Exception {
    add(NOW.minus(Duration.ofHours(5)), from("Reuters", "r1", MOSCOW_A[0], MOSCOW_A[1]));
    add(NOW.minus(Duration.ofHours(3)), from("Kyiv Briefing", "k1", YERMAK[0], YERMAK[1]));
    add(NOW.minus(Duration.ofHours(2)), from("AP", "a1", MOSCOW_B[0], MOSCOW_B[1]));

    Digest d = builder(10).lastDay(NOW);

    assertEquals(
        List.of("k1", "r1"),
        d.items().stream().map(Digest.Item::articleId).toList(),
        "the story stands where its first article does, newest first");
    Digest.Item story = d.items().get(1);
    assertEquals(MOSCOW_A[0], story.title());
    assertEquals(
        List.of(new Digest.Outlet("a1", "AP", "https://ap.example/a1")), story.alsoReportedBy());
    assertEquals(List.of(), d.items().get(0).alsoReportedBy());
    assertEquals(3, d.total());
    assertEquals(0, d.more());
  }

  @Test
  void differentStoriesOfOneDayStayApartAndOneOutletIsNeverItsOwnSecondSource() throws Exception {
    add(NOW.minus(Duration.ofHours(5)), from("Reuters", "r1", MOSCOW_A[0], MOSCOW_A[1]));
    add(NOW.minus(Duration.ofHours(4)), from("AP", "a2", YERMAK[0], YERMAK[1]));
    add(NOW.minus(Duration.ofHours(3)), from("Reuters", "r2", MOSCOW_B[0], MOSCOW_B[1]));

    Digest d = builder(10).lastDay(NOW);

    assertEquals(
        List.of("r2", "a2", "r1"), d.items().stream().map(Digest.Item::articleId).toList());
    assertTrue(d.items().stream().allMatch(i -> i.alsoReportedBy().isEmpty()), d.toString());
  }

  @Test
  void withVectorsLeadsAreComparedByMeaning() throws Exception {
    index.close();
    index = SearchIndex.inMemory(new WordVectors());
    index.rebuild(new CorpusLoad(corpus, List.of()));
    add(NOW.minus(Duration.ofHours(5)), from("Reuters", "r1", MOSCOW_A[0], MOSCOW_A[1]));
    add(NOW.minus(Duration.ofHours(4)), from("AP", "a2", YERMAK[0], YERMAK[1]));
    add(
        NOW.minus(Duration.ofHours(3)),
        from("BBC", "b1", MOSCOW_A[0], MOSCOW_A[1] + " Both sides called them useful."));

    Digest d = builder(10).lastDay(NOW);

    assertEquals(List.of("a2", "r1"), d.items().stream().map(Digest.Item::articleId).toList());
    assertEquals(
        List.of("BBC"),
        d.items().get(1).alsoReportedBy().stream().map(Digest.Outlet::name).toList());
  }

  @Test
  void storiesCountEveryArticleInTheCountOfTheRest() throws Exception {
    add(NOW.minus(Duration.ofHours(6)), from("Reuters", "r1", MOSCOW_A[0], MOSCOW_A[1]));
    add(NOW.minus(Duration.ofHours(5)), from("AP", "a1", MOSCOW_B[0], MOSCOW_B[1]));
    add(NOW.minus(Duration.ofHours(4)), from("Kyiv Briefing", "k1", YERMAK[0], YERMAK[1]));

    Digest d = builder(1).lastDay(NOW);

    assertEquals(List.of("k1"), d.items().stream().map(Digest.Item::articleId).toList());
    assertEquals(2, d.more(), "the story of two outlets not listed counts two articles");
    assertEquals(3, d.total());
  }

  /** A stand-in model: a hashed bag of words, so that the same words make the same vector. */
  static final class WordVectors implements org.peacetalks.search.PassageEmbedder {
    @Override
    public int dimension() {
      return 64;
    }

    @Override
    public List<float[]> embedPassages(List<String> passages) {
      return org.peacetalks.search.BagOfWordsVectors.ofEach(passages, dimension());
    }

    @Override
    public float[] embedQuery(String question) {
      return org.peacetalks.search.BagOfWordsVectors.of(question, dimension());
    }
  }
}
