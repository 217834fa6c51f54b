package org.peacetalks.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.peacetalks.admin.ArticleIntake;
import org.peacetalks.corpus.ArticleStore;
import org.peacetalks.digest.ArticleLedger;
import org.peacetalks.digest.AtomicJsonFile;
import org.peacetalks.digest.SubscriptionStore;
import org.peacetalks.search.ArticleSummary;
import org.peacetalks.search.SearchIndex;

/** The bot's state as `run` opens it, for {@link StateProbe}: JSON files in the data folder. */
final class StateUnderTest implements AutoCloseable {
  private final Path data;
  private final Clock clock;
  private final ArticleLedger ledger;
  private SubscriptionStore subscriptions;

  private StateUnderTest(Path data, Clock clock) {
    this.data = data;
    this.clock = clock;
    this.ledger = new ArticleLedger(data, AtomicJsonFile.mapper(), clock);
  }

  static StateUnderTest open(Path data, Clock clock) {
    return new StateUnderTest(data, clock);
  }

  /** All but the last {@code fresh} indexed articles as known before {@code since}, those after it. */
  void recordArticles(SearchIndex index, Instant since, int fresh) throws IOException {
    List<ArticleSummary> all = index.articles();
    ledger.recordNew(all.subList(0, all.size() - fresh), since.minus(Duration.ofDays(30)));
    for (int i = all.size() - fresh; i < all.size(); i++) {
      ledger.recordNew(List.of(all.get(i)), since.plusSeconds(60 + i));
    }
  }

  /** Writes {@code n} subscriptions whose last digest went out at {@code lastDigest}. */
  void seedSubscriptions(int n, Instant lastDigest) throws IOException {
    Path file = data.resolve(SubscriptionStore.FILE_NAME);
    String day = lastDigest.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\"version\":1,\"subscriptions\":[");
      for (int i = 1; i <= n; i++) {
        if (i > 1) w.write(',');
        w.write("{\"chatId\":" + i + ",\"time\":\"09:00\",\"subscribedAt\":\"" + lastDigest.minus(Duration.ofDays(7))
            + "\",\"lastDigestDate\":\"" + day + "\",\"lastDigestAt\":\"" + lastDigest + "\"}");
      }
      w.write("]}");
    }
  }

  /** What `run` does with the state before it answers. */
  void start(SearchIndex index) throws IOException {
    ledger.recordNew(index.articles(), clock.instant());
    subscriptions = SubscriptionStore.open(data, AtomicJsonFile.mapper(), clock);
  }

  SubscriptionStore subscriptions() {
    return subscriptions;
  }

  ArticleLedger ledger() {
    return ledger;
  }

  ArticleIntake intake(ArticleStore store, SearchIndex index) {
    return new ArticleIntake(store, index, clock, added -> {
      try {
        ledger.recordNew(List.of(added), clock.instant());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @Override
  public void close() {}
}
