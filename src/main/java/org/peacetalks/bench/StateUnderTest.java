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
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.peacetalks.admin.ArticleIntake;
import org.peacetalks.corpus.ArticleStore;
import org.peacetalks.digest.ArticleLedger;
import org.peacetalks.digest.LedgerJournal;
import org.peacetalks.digest.SubscriptionStore;
import org.peacetalks.search.ArticleSummary;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.storage.StateDatabase;

/**
 * The bot's state as `run` opens it, for {@link StateProbe}: the state database in the data folder.
 * Subscriptions are seeded as an earlier version's {@code subscriptions.json}, which the first open
 * imports (the upgrade path, in one transaction).
 */
final class StateUnderTest implements AutoCloseable {
  private final Path data;
  private final Clock clock;
  private final StateDatabase db;
  private final ArticleLedger ledger;
  private SubscriptionStore subscriptions;

  private StateUnderTest(Path data, Clock clock) throws IOException {
    this.data = data;
    this.clock = clock;
    this.db = StateDatabase.open(data);
    this.ledger = new ArticleLedger(db);
  }

  static StateUnderTest open(Path data, Clock clock) throws IOException {
    return new StateUnderTest(data, clock);
  }

  /**
   * All but the last {@code fresh} indexed articles as known before {@code since}, those after it.
   */
  void recordArticles(SearchIndex index, Instant since, int fresh) throws IOException {
    List<ArticleSummary> all = index.articles();
    ledger.recordNew(all.subList(0, all.size() - fresh), since.minus(Duration.ofDays(30)));
    for (int i = all.size() - fresh; i < all.size(); i++) {
      ledger.recordNew(List.of(all.get(i)), since.plusSeconds(60 + i));
    }
  }

  /** Writes {@code n} subscriptions whose last digest went out at {@code lastDigest}. */
  void seedSubscriptions(int n, Instant lastDigest) throws IOException {
    Path file = data.resolve("subscriptions.json");
    String day = lastDigest.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\"version\":1,\"subscriptions\":[");
      for (int i = 1; i <= n; i++) {
        if (i > 1) w.write(',');
        w.write(
            "{\"chatId\":"
                + i
                + ",\"time\":\"09:00\",\"subscribedAt\":\""
                + lastDigest.minus(Duration.ofDays(7))
                + "\",\"lastDigestDate\":\""
                + day
                + "\",\"lastDigestAt\":\""
                + lastDigest
                + "\"}");
      }
      w.write("]}");
    }
  }

  /**
   * What `run` does with the state before it answers (opening the database is in {@link #open}).
   */
  void start(SearchIndex index) throws IOException {
    subscriptions = SubscriptionStore.open(db, clock);
    subscriptions.size(); // the first read, as the digest scheduler's start does
  }

  /** Whether a digest round shares one built digest among chats with the same window. */
  boolean buildsOncePerRound() {
    return true;
  }

  SubscriptionStore subscriptions() {
    return subscriptions;
  }

  ArticleLedger ledger() {
    return ledger;
  }

  /** An intake journalled in the article ledger, as `run` wires it. */
  ArticleIntake intake(ArticleStore store, SearchIndex index) {
    return new ArticleIntake(
        store, index, new LedgerJournal(ledger, index, clock), new ReentrantLock());
  }

  /** Records the hashes of every indexed article, as a rebuild through the bot does. */
  void recordHashes(Map<String, String> hashById) throws IOException {
    ledger.recordIndexed(hashById, clock.instant());
  }

  @Override
  public void close() {
    db.close();
  }
}
