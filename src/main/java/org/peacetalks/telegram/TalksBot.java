package org.peacetalks.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.peacetalks.config.BotConfig;
import org.peacetalks.search.PassageSearcher;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.storage.FeedbackRepository;
import org.peacetalks.storage.FeedbackTable;
import org.peacetalks.storage.StateDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram bot as one object: {@link #start()} finds out who the bot is (getMe), publishes
 * the command menus, handles updates left over from the last run and starts long polling;
 * {@link #close()} stops polling, finishes the work in hand and stops every thread it started.
 *
 * <p>Both the poller and the sender talk to the same Bot API server ({@code telegram.apiUrl}),
 * so a self-hosted server works. Network trouble at start is retried with backoff (capped at 30
 * s) until it passes or {@link #requestStop()} is called; only a rejected token is fatal.
 */
public final class TalksBot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TalksBot.class);

  /** Knobs tests turn; {@link #DEFAULTS} in production. */
  record Tuning(int threads, int floodMax, Duration floodWindow, Duration retryBackoff, Duration drainTimeout,
      Duration maxStartBackoff) {}

  static final Tuning DEFAULTS = new Tuning(8, 8, Duration.ofMinutes(1), Duration.ofMillis(500),
      Duration.ofSeconds(25), Duration.ofSeconds(30));

  private final String token;
  private final TelegramUrl url;
  private final TelegramClient client;
  private final Set<Long> admins;
  private final PassageSearcher searcher;
  private final SearchIndex index;
  private final Clock clock;
  private final Tuning tuning;
  private final BlockedChats blocked;
  private final UpdateLedger ledger;
  private final Sender sender;
  private final ChatLanes lanes;
  private final ScheduledExecutorService pollExecutor;
  private final List<BotFeature> features;
  private final QuestionStats questionStats;
  private final StateDatabase state;
  /** Opened by this bot (tests, bench), so closed by it too. */
  private final boolean ownsState;
  private final FeedbackRepository feedback;
  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private volatile TelegramBotsLongPollingApplication app;
  private volatile BotIdentity me;
  private boolean closed;

  TalksBot(String token, TelegramUrl url, TelegramClient client, Set<Long> admins, Path dataDir,
      PassageSearcher searcher, SearchIndex index, Clock clock, RateLimiter limiter, Tuning tuning) throws IOException {
    this(token, url, client, admins, dataDir, searcher, index, clock, limiter, tuning, List.of());
  }

  /** A bot keeping its state in {@code bot.db} of {@code dataDir}, which it opens and closes. */
  TalksBot(String token, TelegramUrl url, TelegramClient client, Set<Long> admins, Path dataDir,
      PassageSearcher searcher, SearchIndex index, Clock clock, RateLimiter limiter, Tuning tuning,
      List<BotFeature> features) throws IOException {
    this(token, url, client, admins, StateDatabase.open(dataDir), true, searcher, index, clock, limiter, tuning,
        features);
  }

  TalksBot(String token, TelegramUrl url, TelegramClient client, Set<Long> admins, StateDatabase state,
      boolean ownsState, PassageSearcher searcher, SearchIndex index, Clock clock, RateLimiter limiter, Tuning tuning,
      List<BotFeature> features) throws IOException {
    this.state = state;
    this.ownsState = ownsState;
    this.features = List.copyOf(features);
    this.token = token;
    this.url = url;
    this.client = client;
    this.admins = Set.copyOf(admins);
    this.searcher = searcher;
    this.index = index;
    this.clock = clock;
    this.tuning = tuning;
    try {
      this.blocked = BlockedChats.load(state, clock);
      this.ledger = UpdateLedger.open(state);
      this.questionStats = QuestionStats.load(state, clock);
    } catch (IOException | RuntimeException e) {
      if (ownsState) state.close();
      throw e;
    }
    this.feedback = new FeedbackTable(state, clock);
    this.sender = new Sender(client, limiter, blocked, Sleeper.REAL, tuning.retryBackoff());
    this.lanes = ChatLanes.withThreads(tuning.threads());
    this.pollExecutor = Executors.newSingleThreadScheduledExecutor(ChatLanes.daemonThreads("tg-poll"));
  }

  /**
   * A bot for the configured token and Bot API server, keeping its state in the data folder.
   *
   * @throws IllegalArgumentException when the configuration has no token
   */
  public static TalksBot create(BotConfig config, PassageSearcher searcher, SearchIndex index) throws IOException {
    return create(config, searcher, index, List.of());
  }

  /** As {@link #create(BotConfig, PassageSearcher, SearchIndex)}, with features (admin, subscriptions). */
  public static TalksBot create(BotConfig config, PassageSearcher searcher, SearchIndex index,
      List<BotFeature> features) throws IOException {
    String token = config.token().orElseThrow(() -> new IllegalArgumentException("telegram.token is not set"));
    TelegramUrl url = TelegramEndpoint.of(config.apiUrl());
    return new TalksBot(token, url, new OkHttpTelegramClient(token, url), config.admins(), config.dataDir(),
        searcher, index, Clock.systemUTC(), RateLimiter.telegramDefaults(), DEFAULTS, features);
  }

  /**
   * As {@link #create(BotConfig, PassageSearcher, SearchIndex, List)}, on a state database the
   * caller opened (and closes after this bot).
   */
  public static TalksBot create(BotConfig config, StateDatabase state, PassageSearcher searcher, SearchIndex index,
      List<BotFeature> features) throws IOException {
    String token = config.token().orElseThrow(() -> new IllegalArgumentException("telegram.token is not set"));
    TelegramUrl url = TelegramEndpoint.of(config.apiUrl());
    return new TalksBot(token, url, new OkHttpTelegramClient(token, url), config.admins(), state, false,
        searcher, index, Clock.systemUTC(), RateLimiter.telegramDefaults(), DEFAULTS, features);
  }

  /**
   * Starts the bot; returns once polling runs, or early when a stop was requested meanwhile.
   *
   * @throws BotStartException when Telegram rejects the token
   */
  public void start() throws BotStartException, InterruptedException {
    BotIdentity identity = identify();
    if (identity == null) return;
    me = identity;
    log.info("Bot @{} (id {}) starting; Bot API at {}://{}:{}", identity.username(), identity.id(),
        url.getSchema(), url.getHost(), url.getPort());

    AnswerFormatter formatter = new AnswerFormatter();
    ButtonStates states = ButtonStates.defaults(clock);
    FloodControl flood = new FloodControl(tuning.floodMax(), tuning.floodWindow(), clock);
    QuestionAnswerer questions = new QuestionAnswerer(searcher, formatter, states, flood, sender, questionStats,
        feedback);
    BotContext context = new BotContext(identity, sender, client,
        path -> TelegramEndpoint.fileUrl(url, token, path), formatter, admins, clock, questionStats);
    CommandRegistry registry = commands(identity, formatter, questions);
    for (BotFeature f : features) f.register(registry, context);
    UpdateRouter router = new UpdateRouter(identity, registry, questions,
        new CallbackHandler(searcher, index, formatter, states, sender),
        new InlineAnswerer(searcher, formatter, sender), sender, blocked, admins, features);
    UpdateDispatcher dispatcher = new UpdateDispatcher(ledger, lanes, router);

    int menus = BotMenu.publish(sender, registry, admins);
    log.info("Command menus published: {} of {}", menus, 1 + admins.size());
    dispatcher.replayPending();
    poll(dispatcher);
    if (stopRequested.getCount() > 0) {
      for (BotFeature f : features) f.started(context);
    }
  }

  /**
   * Every command the bot knows, in menu order. New features (admin, subscriptions) add their
   * command classes here.
   */
  CommandRegistry commands(BotIdentity identity, AnswerFormatter formatter, QuestionAnswerer questions) {
    CommandRegistry registry = new CommandRegistry();
    registry.register(new AskCommand(questions, sender));
    registry.register(new HelpCommand("help", "What I do, with examples", registry, identity, formatter, sender, admins));
    registry.register(new HelpCommand("start", "Start here", registry, identity, formatter, sender, admins));
    registry.register(new SourcesCommand(index, formatter, sender, admins));
    return registry;
  }

  private BotIdentity identify() throws BotStartException, InterruptedException {
    PollingBackOff backOff = new PollingBackOff();
    while (stopRequested.getCount() > 0) {
      try {
        User user = client.execute(new GetMe());
        return new BotIdentity(user.getId(), user.getUserName() == null ? "" : user.getUserName());
      } catch (TelegramApiRequestException e) {
        fatalIfRejected(e);
        log.warn("getMe failed ({} {}): retrying", e.getErrorCode(), e.getApiResponse());
      } catch (TelegramApiException e) {
        log.warn("Cannot reach the Bot API at {}://{}:{} ({}): retrying", url.getSchema(), url.getHost(),
            url.getPort(), e.getCause() != null ? e.getCause().toString() : e.getClass().getSimpleName());
      }
      waitOrStop(backOff.nextBackOffMillis());
    }
    return null;
  }

  private void poll(UpdateDispatcher dispatcher) throws BotStartException, InterruptedException {
    PollingBackOff backOff = new PollingBackOff();
    while (stopRequested.getCount() > 0) {
      TelegramBotsLongPollingApplication candidate = new TelegramBotsLongPollingApplication(
          ObjectMapper::new, new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator(),
          () -> pollExecutor, PollingBackOff::new);
      try {
        synchronized (this) {
          if (closed) return;
          app = candidate;
        }
        candidate.registerBot(token, () -> url, new DefaultGetUpdatesGenerator(), dispatcher);
        log.info("Polling for updates");
        return;
      } catch (TelegramApiRequestException e) {
        closeQuietly(candidate);
        fatalIfRejected(e);
        log.warn("Could not start polling ({} {}): retrying", e.getErrorCode(), e.getApiResponse());
      } catch (TelegramApiException e) {
        closeQuietly(candidate);
        log.warn("Could not start polling ({}): retrying",
            e.getCause() != null ? e.getCause().toString() : e.getClass().getSimpleName());
      }
      waitOrStop(backOff.nextBackOffMillis());
    }
  }

  private static void fatalIfRejected(TelegramApiRequestException e) throws BotStartException {
    Integer code = e.getErrorCode();
    if (code != null && (code == 401 || code == 404)) {
      throw new BotStartException("Telegram rejected the bot token (TELEGRAM_BOT_TOKEN): " + code + " "
          + (e.getApiResponse() == null ? "" : e.getApiResponse()));
    }
  }

  private void waitOrStop(long millis) throws InterruptedException {
    stopRequested.await(Math.min(millis, tuning.maxStartBackoff().toMillis()), TimeUnit.MILLISECONDS);
  }

  /** Asks the bot to stop (from a signal handler, say); returns at once. {@link #close()} does the stopping. */
  public void requestStop() {
    stopRequested.countDown();
  }

  /** Blocks until {@link #requestStop()} is called. */
  public void awaitStopRequest() throws InterruptedException {
    stopRequested.await();
  }

  /** The bot's account once started, else {@code null}. */
  BotIdentity identity() {
    return me;
  }

  Sender sender() {
    return sender;
  }

  BlockedChats blockedChats() {
    return blocked;
  }

  UpdateLedger ledger() {
    return ledger;
  }

  /** Where feedback on answers goes: the unanswered questions, and 👍/👎 from the answer buttons. */
  FeedbackRepository feedback() {
    return feedback;
  }

  /**
   * Stops polling, lets queued updates finish (up to the drain timeout; what is left stays in the
   * ledger and is handled after a restart) and stops all threads. Idempotent.
   */
  @Override
  public void close() {
    TelegramBotsLongPollingApplication current;
    synchronized (this) {
      if (closed) return;
      closed = true;
      current = app;
    }
    requestStop();
    if (current != null) closeQuietly(current);
    // TelegramBots never shuts the executor it was given: without this the poll thread lives on.
    // shutdown(), not shutdownNow(): interrupting a getUpdates in flight makes the library log an
    // ERROR with a stack trace on every clean stop. The thread is a daemon, so a poll still held
    // by Telegram does not keep the JVM alive; whatever it brings back is recorded as pending in
    // the ledger and handled after the next start (Telegram has not seen it confirmed either).
    pollExecutor.shutdown();
    try {
      if (!lanes.awaitIdle(tuning.drainTimeout())) {
        log.warn("Stopping with {} chats still busy; their updates will be handled after a restart", lanes.busyChats());
      }
      lanes.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (BotFeature f : features) {
      try {
        f.close();
      } catch (RuntimeException e) {
        log.warn("Stopping {}: {}", f.getClass().getSimpleName(), e.toString());
      }
    }
    log.info("Bot stopped; last handled update {}", ledger.lastHandledUpdateId());
    if (ownsState) state.close();
  }

  private static void closeQuietly(TelegramBotsLongPollingApplication application) {
    try {
      application.close();
    } catch (Exception e) {
      log.warn("Closing the poller: {}", e.toString());
    }
  }
}
