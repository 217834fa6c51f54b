package org.peacetalks.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.peacetalks.admin.Reindexer;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.ArticleStore;
import org.peacetalks.search.PassageEmbedder;
import org.peacetalks.search.PassageSearcher;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.search.SearchTuning;
import org.peacetalks.search.Synonyms;
import org.telegram.telegrambots.meta.TelegramUrl;

/** The answer engine over the seed corpus in a temp folder, and bots wired to a fake Bot API. */
public final class TestEngine implements AutoCloseable {
  public static final Path CORPUS = Path.of("src/test/resources/corpus/seed");
  static final Path SYNONYMS = Path.of("config/synonyms.txt");
  public static final String TOKEN = "123456:TEST-token_abcdefghijklmnopqrstuvw";
  public static final long ADMIN = 4242;

  /** Quick retries (50 ms doubling to 1 s, for up to 2 minutes) and a 10 s client timeout. */
  public static final TalksBot.Tuning TUNING =
      new TalksBot.Tuning(
          4,
          5,
          Duration.ofMinutes(1),
          Duration.ofMillis(50),
          Duration.ofSeconds(10),
          Duration.ofSeconds(1),
          Duration.ofSeconds(1),
          Duration.ofMinutes(2),
          Duration.ofSeconds(1),
          Duration.ofSeconds(10));

  public final SearchIndex index;
  public final PassageSearcher searcher;
  public final ArticleStore store;
  public final Reindexer reindexer;

  TestEngine(Path indexDir) throws Exception {
    this(indexDir, CORPUS, null);
  }

  /**
   * The engine over {@code articles}; with an embedder, paragraphs get vectors (rebuild progress
   * and failures can then be staged), while questions are still answered by words alone.
   */
  TestEngine(Path indexDir, Path articles, PassageEmbedder embedder) throws Exception {
    index = SearchIndex.open(indexDir, embedder);
    store = new ArticleStore(articles, new ArticleParser(2_000_000));
    reindexer = new Reindexer(store, index, Clock.systemUTC());
    reindexer.rebuild();
    Synonyms synonyms = Files.exists(SYNONYMS) ? Synonyms.load(SYNONYMS) : Synonyms.none();
    searcher = new PassageSearcher(index, synonyms, SearchTuning.defaults(), 3, null);
  }

  TalksBot bot(FakeBotApi api, Path dataDir) throws IOException {
    return bot(api, dataDir, List.of());
  }

  /** A bot with features (subscriptions, admin). */
  TalksBot bot(FakeBotApi api, Path dataDir, List<BotFeature> features) throws IOException {
    return bot(api, dataDir, features, TUNING);
  }

  /** A bot with its own tuning (timeouts, retries). */
  TalksBot bot(FakeBotApi api, Path dataDir, List<BotFeature> features, TalksBot.Tuning tuning)
      throws IOException {
    TelegramUrl url = TelegramEndpoint.of(java.net.URI.create("http://127.0.0.1:" + api.port()));
    return TalksBot.builder()
        .token(TOKEN)
        .url(url)
        .admins(Set.of(ADMIN))
        .dataDir(dataDir)
        .engine(searcher, index)
        .tuning(tuning)
        .features(features)
        .build();
  }

  /** Closes a suite's parts in order (bot, then engine, then fake server); nulls are skipped. */
  public static void closeAll(AutoCloseable... parts) throws Exception {
    for (AutoCloseable part : parts) {
      if (part != null) part.close();
    }
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
