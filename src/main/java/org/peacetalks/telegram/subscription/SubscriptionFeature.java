package org.peacetalks.telegram.subscription;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.peacetalks.config.BotConfig;
import org.peacetalks.digest.DigestBuilder;
import org.peacetalks.digest.DigestFormatter;
import org.peacetalks.digest.DigestRunner;
import org.peacetalks.digest.DigestScheduler;
import org.peacetalks.digest.SubscriptionStore;
import org.peacetalks.telegram.BotContext;
import org.peacetalks.telegram.BotFeature;
import org.peacetalks.telegram.ChatLanes;
import org.peacetalks.telegram.ChatLanguages;
import org.peacetalks.telegram.CommandRegistry;
import org.peacetalks.telegram.Permissions;
import org.peacetalks.telegram.Sender;
import org.peacetalks.wording.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscriptions and the daily digest in Telegram: {@code /subscribe [HH:MM]}, {@code /unsubscribe},
 * {@code /subscription}, {@code /digest} and the admin {@code /senddigest}; the {@link
 * DigestRunner} that sends due digests (checked every 30 s) through the bot's sender; and the
 * bookkeeping when the bot leaves a chat or a group becomes a supergroup.
 *
 * <p>Owns one daemon thread for the runner (from {@link #register} on), stopped in {@link
 * #close()}: the round in progress ends after the chat it is sending to, and what was sent is
 * recorded (no interrupt, which could cut a state write short). Built once by {@code RunCommand};
 * register it with one bot only.
 */
public final class SubscriptionFeature implements BotFeature {
  private static final Logger log = LoggerFactory.getLogger(SubscriptionFeature.class);

  /** How often the runner looks for due digests. */
  public static final Duration CHECK_EVERY = Duration.ofSeconds(30);

  /** How long {@link #close()} waits for a send in progress. */
  static final Duration STOP_WAIT = Duration.ofSeconds(20);

  private final SubscriptionStore store;
  private final DigestScheduler scheduler;
  private final DigestBuilder builder;
  private final DigestFormatter formatter;
  private final BotConfig.Digest settings;
  private final Clock clock;
  private final Duration checkEvery;
  private ScheduledExecutorService executor; // set in register, with the runner
  private DigestRunner runner;

  /**
   * @param scheduler over {@code store}, in the bot's zone ({@code settings.zone()})
   * @param builder over the bot's index and the article ledger
   * @param settings the digest settings: default time, zone, sendWhenEmpty
   */
  public SubscriptionFeature(
      SubscriptionStore store,
      DigestScheduler scheduler,
      DigestBuilder builder,
      DigestFormatter formatter,
      BotConfig.Digest settings,
      Clock clock) {
    this(store, scheduler, builder, formatter, settings, clock, CHECK_EVERY);
  }

  SubscriptionFeature(
      SubscriptionStore store,
      DigestScheduler scheduler,
      DigestBuilder builder,
      DigestFormatter formatter,
      BotConfig.Digest settings,
      Clock clock,
      Duration checkEvery) {
    this.store = Objects.requireNonNull(store, "store == null");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler == null");
    this.builder = Objects.requireNonNull(builder, "builder == null");
    this.formatter = Objects.requireNonNull(formatter, "formatter == null");
    this.settings = Objects.requireNonNull(settings, "settings == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.checkEvery = Objects.requireNonNull(checkEvery, "checkEvery == null");
  }

  /** Chats subscribed now, for /stats. */
  public int subscriptionCount() {
    return store.size();
  }

  @Override
  public synchronized void register(CommandRegistry registry, BotContext context) {
    if (runner != null) throw new IllegalStateException("already registered with a bot");
    Sender sender = context.sender();
    executor = Executors.newSingleThreadScheduledExecutor(ChatLanes.daemonThreads("digest"));
    ChatLanguages languages = context.languages();
    // A chat's /language choice wins; else the language it subscribed in.
    runner =
        new DigestRunner(
            store,
            scheduler,
            builder,
            formatter,
            new TelegramDigestSender(sender),
            settings.sendWhenEmpty(),
            clock,
            executor,
            s ->
                languages
                    .chosen(s.chatId())
                    .map(Texts::forLanguage)
                    .orElseGet(() -> DigestRunner.storedLanguage(s)));
    Permissions permissions = context.permissions();
    registry.register(
        new SubscribeCommand(store, scheduler, settings.time(), permissions, sender, clock));
    registry.register(new UnsubscribeCommand(store, permissions, sender));
    registry.register(new SubscriptionCommand(store, scheduler, settings.time(), sender, clock));
    registry.register(new DigestNowCommand(builder, formatter, sender, clock));
    registry.register(new SendDigestCommand(runner, store, sender));
  }

  @Override
  public synchronized void started(BotContext context) {
    if (runner != null) runner.start(checkEvery);
  }

  @Override
  public void chatGone(long chatId) {
    try {
      store.remove(chatId, "the bot was removed or blocked (my_chat_member)");
    } catch (IOException e) {
      log.error(
          "Chat {} is gone, but its subscription could not be removed: {}", chatId, e.toString());
    }
  }

  @Override
  public void chatMigrated(long oldChatId, long newChatId) {
    try {
      store.migrate(oldChatId, newChatId);
    } catch (IOException e) {
      log.error(
          "Chat {} became {}, but its subscription could not be moved: {}",
          oldChatId,
          newChatId,
          e.toString());
    }
  }

  /** The last digest round that had chats to send to: when, how many sent, how many failed. */
  @Override
  public java.util.Map<String, Object> health() {
    DigestRunner current;
    synchronized (this) {
      current = runner;
    }
    java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
    var last =
        current == null ? java.util.Optional.<DigestRunner.LastRound>empty() : current.lastRound();
    out.put("lastDigestRound", last.map(r -> r.at().toString()).orElse(null));
    out.put("lastDigestSent", last.map(r -> r.report().sent()).orElse(null));
    out.put("lastDigestFailed", last.map(r -> r.report().failed()).orElse(null));
    return out;
  }

  /** The runner, once registered (tests). */
  synchronized DigestRunner runner() {
    return runner;
  }

  @Override
  public void close() {
    DigestRunner current;
    ScheduledExecutorService threads;
    synchronized (this) {
      current = runner;
      threads = executor;
    }
    if (current == null) return;
    current.close();
    // shutdown(), not shutdownNow(): an interrupt during a state write would lose that write.
    threads.shutdown();
    try {
      if (!threads.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn(
            "Digest sending still busy after {} s; stopping without it (its thread is a daemon)",
            STOP_WAIT.toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
