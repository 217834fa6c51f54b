package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peacetalks.config.BotConfig;
import org.peacetalks.digest.ArticleLedger;
import org.peacetalks.digest.DigestBuilder;
import org.peacetalks.digest.DigestFormatter;
import org.peacetalks.digest.DigestScheduler;
import org.peacetalks.digest.SubscriptionStore;
import org.peacetalks.search.ArticleSummary;
import org.peacetalks.storage.OpenStates;
import org.peacetalks.storage.StateDatabase;
import org.peacetalks.telegram.subscription.SubscriptionFeature;

/**
 * Subscriptions end to end: the real poller and client against {@link FakeBotApi}, the subscription
 * feature over a data folder, the seed corpus lexically. Each test uses its own chats.
 */
@Timeout(60)
class SubscriptionEndToEndIT {
  static final Duration WAIT = BotEndToEndIT.WAIT;
  static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
  static final BotConfig.Digest SETTINGS =
      new BotConfig.Digest(LocalTime.of(9, 0), KYIV, false, 10);
  static final long ADMIN = TestEngine.ADMIN;

  static final OpenStates states = new OpenStates();
  static FakeBotApi api;
  static TestEngine engine;
  static TalksBot bot;
  static SubscriptionStore store;
  static ArticleLedger ledger;

  @RegisterExtension
  static final BotHarness harness =
      BotHarness.seedCorpus()
          .bot(
              h -> {
                engine = h.engine();
                StateDatabase db = h.closeLater(states).open(h.data());
                ledger = new ArticleLedger(db);
                ledger.recordNew(
                    engine.index.articles(),
                    Clock.systemUTC().instant()); // the initial import: never "new"
                store = SubscriptionStore.open(db, Clock.systemUTC());
                return engine.bot(h.api(), h.data(), List.of(feature(store, ledger)));
              });

  @BeforeAll
  static void start() {
    api = harness.api();
    bot = harness.bot();
  }

  static SubscriptionFeature feature(SubscriptionStore store, ArticleLedger ledger) {
    Clock clock = Clock.systemUTC();
    return new SubscriptionFeature(
        store,
        new DigestScheduler(store, KYIV, clock),
        new DigestBuilder(engine.index, ledger, SETTINGS.maxArticles()),
        new DigestFormatter(KYIV),
        SETTINGS,
        clock);
  }

  static int next() {
    return harness.nextUpdateId();
  }

  static FakeBotApi.Call replyIn(FakeBotApi fake, long chat, String containing)
      throws InterruptedException {
    return fake.awaitIn("sendmessage", chat, containing, WAIT);
  }

  @Test
  void groupMemberIsRefused() throws Exception {
    api.push(TestUpdates.text(next(), -3001, 31, "/subscribe@" + TestUpdates.BOT_NAME));
    replyIn(api, -3001, "Only this group's admins");
    assertTrue(store.get(-3001).isEmpty());
    FakeBotApi.Call asked = api.await("getchatmember", c -> "-3001".equals(c.chatId()), WAIT);
    assertEquals(31, asked.body().path("user_id").asLong());
  }

  @Test
  void groupAdminSubscribesAndSeesTheStatus() throws Exception {
    api.memberStatus(-3002, 32, "administrator");
    api.push(TestUpdates.text(next(), -3002, 32, "/subscribe 10:15"));
    replyIn(api, -3002, "Subscribed");
    assertEquals(LocalTime.of(10, 15), store.get(-3002).orElseThrow().time());
    api.push(TestUpdates.text(next(), -3002, 33, "/subscription"));
    FakeBotApi.Call status = replyIn(api, -3002, "This chat gets the daily digest");
    assertTrue(status.text().contains("<b>10:15</b> (Europe/Kyiv time)"), status.text());
  }

  @Test
  void sendDigestReachesSubscribersDropsGoneChatsAndFollowsUpgradedGroups() throws Exception {
    // Three groups whose admins subscribe: one in a forum topic, one that will have kicked the
    // bot by the time the digest goes out, one that will have become a supergroup.
    api.memberStatus(-3003, 34, "creator");
    api.memberStatus(-3004, 34, "administrator");
    api.memberStatus(-3005, 34, "administrator");
    api.push(TestUpdates.topicText(next(), -3003, 34, 77, "/subscribe"));
    api.push(TestUpdates.text(next(), -3004, 34, "/subscribe"));
    api.push(TestUpdates.text(next(), -3005, 34, "/subscribe"));
    replyIn(api, -3003, "Subscribed");
    replyIn(api, -3004, "Subscribed");
    replyIn(api, -3005, "Subscribed");

    // An article enters the corpus after they subscribed.
    ArticleSummary article = engine.index.articles().get(0);
    ledger.forget(article.id());
    assertEquals(
        List.of(article.id()),
        ledger.recordNew(engine.index.articles(), Clock.systemUTC().instant()));

    api.failNext(
        "sendmessage", -3004, 403, "Forbidden: bot was kicked from the supergroup chat", null);
    api.failNextMigrated("sendmessage", -3005, -1003005);
    api.push(TestUpdates.text(next(), ADMIN, ADMIN, "/senddigest"));
    replyIn(api, ADMIN, "Sending the digest to");
    FakeBotApi.Call report = replyIn(api, ADMIN, "Digest round done");

    String title = article.title().substring(0, Math.min(20, article.title().length()));
    FakeBotApi.Call topic = replyIn(api, -3003, "Peace talks digest");
    assertEquals(77, topic.body().path("message_thread_id").asInt());
    assertTrue(topic.text().contains(Html.escape(title)), topic.text());
    assertTrue(store.get(-3003).orElseThrow().lastDigestAt() != null, "counts as the day's digest");

    assertTrue(store.get(-3004).isEmpty(), "403 drops the subscription");
    assertTrue(store.get(-3005).isEmpty());
    assertTrue(store.get(-1003005).isPresent(), "the subscription moved to the supergroup");
    replyIn(api, -1003005, "Peace talks digest");
    assertTrue(
        report.text().contains("1 removed (bot gone), 1 moved to a supergroup"), report.text());
  }

  @Test
  void digestNowIsForAnyone() throws Exception {
    api.push(TestUpdates.text(next(), -3006, 36, "/digest"));
    replyIn(api, -3006, "Peace talks digest");
    assertTrue(store.get(-3006).isEmpty());
  }

  @Test
  void subscriptionsSurviveARestart() throws Exception {
    Path data = harness.dir().resolve("restart-data");
    try (FakeBotApi fake = new FakeBotApi(TestEngine.TOKEN)) {
      StateDatabase db = states.open(data);
      ArticleLedger restartLedger = new ArticleLedger(db);
      TalksBot first =
          engine.bot(
              fake,
              data,
              List.of(feature(SubscriptionStore.open(db, Clock.systemUTC()), restartLedger)));
      try {
        first.start();
        fake.push(TestUpdates.text(1, 3100, 3100, "/subscribe 07:45"));
        replyIn(fake, 3100, "Subscribed");
      } finally {
        first.close();
      }
      BotEndToEndIT.await(
          () -> fake.pollsInFlight() == 0, "the stopped poller's last getUpdates to end");

      TalksBot second =
          engine.bot(
              fake,
              data,
              List.of(
                  feature(
                      SubscriptionStore.open(states.open(data), Clock.systemUTC()),
                      restartLedger)));
      try {
        second.start();
        fake.push(TestUpdates.text(2, 3100, 3100, "/subscription"));
        FakeBotApi.Call status = replyIn(fake, 3100, "This chat gets the daily digest");
        assertTrue(status.text().contains("<b>07:45</b>"), status.text());
      } finally {
        second.close();
      }
    }
  }
}
