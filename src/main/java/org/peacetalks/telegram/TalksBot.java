package org.peacetalks.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.peacetalks.config.BotConfig;
import org.peacetalks.search.PassageSearcher;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.storage.ChatSettings;
import org.peacetalks.storage.FeedbackTable;
import org.peacetalks.storage.StateDatabase;
import org.peacetalks.telegram.answer.AnswerExtras;
import org.peacetalks.telegram.answer.AnswerFormatter;
import org.peacetalks.telegram.answer.AskCommand;
import org.peacetalks.telegram.answer.ButtonStates;
import org.peacetalks.telegram.answer.CallbackHandler;
import org.peacetalks.telegram.answer.FeedbackSink;
import org.peacetalks.telegram.answer.FloodControl;
import org.peacetalks.telegram.answer.InlineAnswerer;
import org.peacetalks.telegram.answer.QuestionAnswerer;
import org.peacetalks.telegram.answer.SourcesCommand;
import org.peacetalks.telegram.answer.StoredFeedback;
import org.peacetalks.wording.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram bot as one object: {@link #start()} finds out who the bot is (getMe), publishes the
 * command menus, handles updates left over from the last run and starts long polling; {@link
 * #close()} stops polling, finishes the work in hand and stops every thread it started.
 *
 * <p>Both the poller and the sender talk to the same Bot API server ({@code telegram.apiUrl}), so a
 * self-hosted server works. Network trouble at start is retried with backoff (capped at 30 s) until
 * it passes or {@link #requestStop()} is called; only a rejected token is fatal.
 */
public final class TalksBot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TalksBot.class);

  /**
   * Knobs tests turn; {@link #DEFAULTS} in production.
   *
   * @param threads chat lanes working at once
   * @param floodMax questions per user per {@code floodWindow}
   * @param retryBackoff the first wait after a call got no answer (doubling up to {@code
   *     maxRetryBackoff})
   * @param drainTimeout how long a stop waits for answers in hand
   * @param maxStartBackoff the longest wait between tries of getMe, of starting to poll, and of
   *     polls
   * @param maxRetryBackoff the longest wait between retries of one call
   * @param deliveryBudget how long one call keeps retrying before it is given up
   * @param maybeSentWait the wait before resending a call that timed out after it went out
   * @param sendTimeout the HTTP client's read timeout for calls other than getUpdates
   */
  public record Tuning(
      int threads,
      int floodMax,
      Duration floodWindow,
      Duration retryBackoff,
      Duration drainTimeout,
      Duration maxStartBackoff,
      Duration maxRetryBackoff,
      Duration deliveryBudget,
      Duration maybeSentWait,
      Duration sendTimeout) {
    public Tuning withFloodMax(int max) {
      return new Tuning(
          threads,
          max,
          floodWindow,
          retryBackoff,
          drainTimeout,
          maxStartBackoff,
          maxRetryBackoff,
          deliveryBudget,
          maybeSentWait,
          sendTimeout);
    }

    Sender.RetryPolicy retryPolicy() {
      return new Sender.RetryPolicy(retryBackoff, maxRetryBackoff, deliveryBudget, maybeSentWait);
    }
  }

  /**
   * Chats answered at once: a question takes milliseconds of CPU and most of a lane's time is spent
   * waiting on the Bot API, so a few more lanes than cores keep both busy.
   */
  private static final int LANES = 8;

  /**
   * Questions per user per {@link #FLOOD_WINDOW}: more than anyone types, fewer than a script
   * sends.
   */
  private static final int FLOOD_MAX = 8;

  private static final Duration FLOOD_WINDOW = Duration.ofMinutes(1);

  /**
   * The first wait after a call got no answer: long enough for a blip to pass, short for a person.
   */
  private static final Duration RETRY_BACKOFF = Duration.ofMillis(500);

  /**
   * A stop waits this long for answers in hand: each takes seconds at most, and what is left is
   * handled after a restart.
   */
  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(25);

  /** Waits between tries (of getMe, polling, one call) grow to this and no further. */
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

  /** One call keeps retrying this long: an outage longer than this loses the message. */
  private static final Duration DELIVERY_BUDGET = Duration.ofMinutes(10);

  /** Before resending a call that timed out after it went out: Telegram may still deliver it. */
  private static final Duration MAYBE_SENT_WAIT = Duration.ofSeconds(30);

  /** A Bot API that is slow, not down, answers within a minute. */
  private static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);

  public static final Tuning DEFAULTS =
      new Tuning(
          LANES,
          FLOOD_MAX,
          FLOOD_WINDOW,
          RETRY_BACKOFF,
          DRAIN_TIMEOUT,
          MAX_BACKOFF,
          MAX_BACKOFF,
          DELIVERY_BUDGET,
          MAYBE_SENT_WAIT,
          SEND_TIMEOUT);

  private final String token;
  private final TelegramUrl url;
  private final TelegramClient client;
  private final Permissions permissions;
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
  private final ApiReachability reachability;
  private final BotApiWatch watch;
  private final AnswerExtras extras;
  private final StateDatabase state;

  /** Opened by this bot (tests, bench), so closed by it too. */
  private final boolean ownsState;

  /**
   * Votes and questions that found nothing: the state database's table unless a test gives its own.
   */
  private final FeedbackSink feedback;

  /** What /stats reads the 👎 and unanswered questions from (the sink may be another, in tests). */
  private final FeedbackTable feedbackTable;

  /**
   * The language of each chat: its /language choice (kept in the state database), else its user's.
   */
  private final ChatLanguages languages;

  private final CountDownLatch stopRequested = new CountDownLatch(1);
  private volatile TelegramBotsLongPollingApplication app;
  private volatile BotIdentity me;
  private volatile Thread setUp;
  private boolean closed;

  /** Counted down when the first {@link #close()} has finished; later callers wait for it. */
  private final CountDownLatch stopped = new CountDownLatch(1);

  /**
   * The parts of a bot, named one by one so that a caller sets only those that differ from
   * production: a token, a Bot API address, the answer engine and where the state lives are
   * required; everything else has the production default. Not thread-safe.
   */
  public static final class Builder {
    private String token;
    private TelegramUrl url;
    private TelegramClient client;
    private Set<Long> admins = Set.of();
    private Path dataDir;
    private StateDatabase state;
    private PassageSearcher searcher;
    private SearchIndex index;
    private Clock clock = Clock.systemUTC();
    private RateLimiter limiter;
    private Tuning tuning = DEFAULTS;
    private List<BotFeature> features = List.of();
    private AnswerExtras extras = AnswerExtras.NONE;

    public Builder() {}

    /**
     * The configured token, Bot API server, bot admins and data folder.
     *
     * @throws IllegalArgumentException when the configuration has no token
     */
    public Builder config(BotConfig config) {
      token(
          config
              .token()
              .orElseThrow(() -> new IllegalArgumentException("telegram.token is not set")));
      url(TelegramEndpoint.of(config.apiUrl()));
      admins(config.admins());
      return dataDir(config.dataDir());
    }

    /** The Bot API token; it is never logged. */
    public Builder token(String token) {
      this.token = Objects.requireNonNull(token, "token == null");
      return this;
    }

    /** The Bot API server; the poller and the sender both talk to it. */
    public Builder url(TelegramUrl url) {
      this.url = Objects.requireNonNull(url, "url == null");
      return this;
    }

    /**
     * The sender's client, for tests; by default the bot builds its own for {@link #url}, watched
     * like the poller's.
     */
    Builder client(TelegramClient client) {
      this.client = Objects.requireNonNull(client, "client == null");
      return this;
    }

    /** The user ids of bot admins; none by default. */
    public Builder admins(Set<Long> admins) {
      this.admins = Set.copyOf(admins);
      return this;
    }

    /**
     * Keeps the state in {@code bot.db} of this folder, which the bot opens and closes. Ignored
     * when a {@link #state(StateDatabase)} is given.
     */
    public Builder dataDir(Path dataDir) {
      this.dataDir = Objects.requireNonNull(dataDir, "dataDir == null");
      return this;
    }

    /** Keeps the state in a database the caller opened (and closes after the bot). */
    public Builder state(StateDatabase state) {
      this.state = Objects.requireNonNull(state, "state == null");
      return this;
    }

    /** The answer engine: the searcher and the index it reads. */
    public Builder engine(PassageSearcher searcher, SearchIndex index) {
      this.searcher = Objects.requireNonNull(searcher, "searcher == null");
      this.index = Objects.requireNonNull(index, "index == null");
      return this;
    }

    /** The UTC system clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** Telegram's send limits ({@link RateLimiter#telegramDefaults()}) by default. */
    public Builder limiter(RateLimiter limiter) {
      this.limiter = Objects.requireNonNull(limiter, "limiter == null");
      return this;
    }

    /** {@link TalksBot#DEFAULTS} by default. */
    public Builder tuning(Tuning tuning) {
      this.tuning = Objects.requireNonNull(tuning, "tuning == null");
      return this;
    }

    /**
     * Features (admin, subscriptions, feeds), which the bot closes when it closes; none by default.
     */
    public Builder features(List<BotFeature> features) {
      this.features = List.copyOf(features);
      return this;
    }

    /** Where votes go and when articles were added; {@link AnswerExtras#NONE} by default. */
    public Builder extras(AnswerExtras extras) {
      this.extras = Objects.requireNonNull(extras, "extras == null");
      return this;
    }

    /**
     * The bot, not started. A bot that keeps its state in a data folder opens {@code bot.db} there
     * now.
     *
     * @throws IllegalStateException when a required part is missing
     */
    public TalksBot build() throws IOException {
      if (token == null) throw new IllegalStateException("token required");
      if (url == null) throw new IllegalStateException("url required");
      if (searcher == null) throw new IllegalStateException("engine required");
      if (state == null && dataDir == null)
        throw new IllegalStateException("state or dataDir required");
      return new TalksBot(this);
    }
  }

  /** A builder with the production defaults; see {@link Builder}. */
  public static Builder builder() {
    return new Builder();
  }

  private TalksBot(Builder parts) throws IOException {
    // Opened by this bot (from a data folder), so closed by it too.
    this.ownsState = parts.state == null;
    this.state = ownsState ? StateDatabase.open(parts.dataDir) : parts.state;
    this.extras = parts.extras;
    this.features = parts.features;
    this.token = parts.token;
    this.url = parts.url;
    this.clock = parts.clock;
    this.reachability = new ApiReachability(clock);
    this.watch = new BotApiWatch(reachability, Sleeper.REAL);
    this.searcher = parts.searcher;
    this.index = parts.index;
    this.tuning = parts.tuning;
    try { // a bot that cannot be built closes the database it opened
      this.client =
          parts.client != null
              ? parts.client
              : BotApiClients.sender(token, url, watch, tuning.sendTimeout());
      this.blocked = BlockedChats.load(state, clock);
      this.ledger = UpdateLedger.open(state);
      this.questionStats = QuestionStats.load(state, clock);
    } catch (IOException | RuntimeException e) {
      if (ownsState) state.close();
      throw e;
    }
    this.feedbackTable = new FeedbackTable(state, clock);
    this.languages = new ChatLanguages(new ChatSettings(state));
    this.feedback =
        extras.feedback() != FeedbackSink.NONE
            ? extras.feedback()
            : new StoredFeedback(feedbackTable);
    RateLimiter limiter = parts.limiter != null ? parts.limiter : RateLimiter.telegramDefaults();
    this.sender =
        new Sender(this.client, limiter, blocked, Sleeper.REAL, tuning.retryPolicy(), reachability);
    this.permissions = new Permissions(parts.admins, sender, clock);
    this.lanes = ChatLanes.withThreads(tuning.threads());
    this.pollExecutor =
        Executors.newSingleThreadScheduledExecutor(ChatLanes.daemonThreads("tg-poll"));
  }

  /**
   * Starts the bot; returns once polling runs, or early when a stop was requested meanwhile.
   * Polling starts as soon as getMe succeeds: the command menus are published in the background
   * afterwards, with their own retries, so a Bot API that fails them does not keep questions
   * waiting.
   *
   * @throws BotStartException when Telegram rejects the token
   */
  public void start() throws BotStartException, InterruptedException {
    BotIdentity identity = identify();
    if (identity == null) return;
    me = identity;
    log.info(
        "Bot @{} (id {}) starting; Bot API at {}://{}:{}",
        identity.username(),
        identity.id(),
        url.getSchema(),
        url.getHost(),
        url.getPort());

    AnswerFormatter formatter =
        new AnswerFormatter(AnswerFormatter.MAX_LENGTH, clock, extras.addedDates());
    ButtonStates states = ButtonStates.defaults(clock);
    FloodControl flood = new FloodControl(tuning.floodMax(), tuning.floodWindow(), clock);
    QuestionAnswerer questions =
        new QuestionAnswerer(
            searcher, formatter, states, flood, sender, questionStats, feedback, languages);
    BotContext context =
        new BotContext(
            identity,
            sender,
            client,
            path -> TelegramEndpoint.fileUrl(url, token, path),
            formatter,
            permissions,
            clock,
            questionStats,
            feedbackTable,
            languages);
    LanguageCommand language = new LanguageCommand(languages, permissions, sender);
    CommandRegistry registry = commands(identity, formatter, questions);
    registry.register(language);
    for (BotFeature f : features) f.register(registry, context);
    UpdateRouter router =
        new UpdateRouter(
            context,
            registry,
            questions,
            new CallbackHandler(
                searcher, index, formatter, states, sender, questions, feedback, languages,
                language),
            new InlineAnswerer(searcher, formatter, sender),
            blocked,
            features);
    UpdateDispatcher dispatcher = new UpdateDispatcher(ledger, lanes, router);

    dispatcher.replayPending();
    poll(dispatcher);
    if (stopRequested.getCount() > 0) {
      publishMenusInBackground(registry);
      for (BotFeature f : features) f.started(context);
    }
  }

  /**
   * The command menus, on their own thread: the sender retries them; one line says how it went.
   * First the words of every language are made ready.
   */
  private void publishMenusInBackground(CommandRegistry registry) {
    Thread thread =
        new Thread(
            () -> {
              List<Long> admins = permissions.botAdminIds();
              Texts
                  .warmUp(); // the first reply need not wait for ICU's plural rules and month names
              int wanted = BotMenu.count(admins.size());
              int menus = BotMenu.publish(sender, registry, admins);
              if (menus == wanted) {
                log.info("Command menus published: {} of {}", menus, wanted);
              } else if (!Thread.currentThread().isInterrupted()) {
                log.warn(
                    "Command menus published: {} of {}; the others failed (see above), commands work without them",
                    menus,
                    wanted);
              }
            },
            "tg-setup");
    thread.setDaemon(true);
    setUp = thread;
    thread.start();
  }

  /**
   * Every command the bot knows, in menu order. New features (admin, subscriptions) add their
   * command classes here.
   */
  CommandRegistry commands(
      BotIdentity identity, AnswerFormatter formatter, QuestionAnswerer questions) {
    CommandRegistry registry = new CommandRegistry();
    registry.register(new AskCommand(questions, sender));
    registry.register(new HelpCommand(registry, identity, formatter, sender, permissions));
    registry.register(new StartCommand(identity, formatter, sender));
    registry.register(new SourcesCommand(index, formatter, sender, permissions));
    return registry;
  }

  /**
   * getMe until it works: a rejected token is fatal (exit 2); no answer or an unreadable one is
   * retried with backoff, each try saying what came back.
   */
  private BotIdentity identify() throws BotStartException, InterruptedException {
    PollingBackOff backOff = new PollingBackOff(tuning.maxStartBackoff().toMillis(), null);
    while (stopRequested.getCount() > 0) {
      ApiOutcome outcome;
      try {
        User user = client.execute(new GetMe());
        if (user != null && user.getId() != null) {
          if (user.getUserName() == null || user.getUserName().isBlank()) {
            log.warn(
                "getMe gave no username: every /command@name in a group is taken as addressed to"
                    + " this bot");
            return new BotIdentity(user.getId(), "");
          }
          return new BotIdentity(user.getId(), user.getUserName());
        }
        outcome =
            new ApiOutcome(
                ApiOutcome.Kind.DONE_UNREADABLE, 200, "no bot id in the reply", null, null);
      } catch (TelegramApiException e) {
        outcome = ApiOutcome.of(e);
      }
      fatalIfRejected(outcome);
      long wait = Math.min(backOff.nextBackOffMillis(), tuning.maxStartBackoff().toMillis());
      switch (outcome.kind()) {
        case TRANSIENT, MAYBE_SENT ->
            log.warn(
                "getMe: no answer from the Bot API at {}://{}:{} ({}): retrying in {} s",
                url.getSchema(),
                url.getHost(),
                url.getPort(),
                outcome.detail(),
                seconds(wait));
        case DONE_UNREADABLE ->
            log.warn(
                "getMe: the Bot API answered, but the reply could not be read ({}): retrying in {} s",
                outcome.description(),
                seconds(wait));
        default -> log.warn("getMe refused: {}: retrying in {} s", outcome.detail(), seconds(wait));
      }
      waitOrStop(wait);
    }
    return null;
  }

  private static String seconds(long millis) {
    return String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0);
  }

  private void poll(UpdateDispatcher dispatcher) throws BotStartException, InterruptedException {
    PollingBackOff backOff = new PollingBackOff();
    while (stopRequested.getCount() > 0) {
      TelegramBotsLongPollingApplication candidate =
          new TelegramBotsLongPollingApplication(
              ObjectMapper::new,
              BotApiClients.poller(watch),
              () -> pollExecutor,
              () -> new PollingBackOff(tuning.maxStartBackoff().toMillis(), reachability));
      try {
        synchronized (this) {
          if (closed) return;
          app = candidate;
        }
        candidate.registerBot(token, () -> url, new DefaultGetUpdatesGenerator(), dispatcher);
        log.info("Polling for updates");
        return;
      } catch (TelegramApiException e) {
        closeQuietly(candidate);
        ApiOutcome outcome = ApiOutcome.of(e);
        fatalIfRejected(outcome);
        log.warn("Could not start polling (deleteWebhook: {}): retrying", outcome.detail());
      }
      waitOrStop(backOff.nextBackOffMillis());
    }
  }

  private static void fatalIfRejected(ApiOutcome outcome) throws BotStartException {
    if (outcome.kind() == ApiOutcome.Kind.UNAUTHORIZED) {
      throw new BotStartException(
          "Telegram rejected the bot token (TELEGRAM_BOT_TOKEN): "
              + outcome.detail()
              + ": bad token, check it with @BotFather");
    }
  }

  private void waitOrStop(long millis) throws InterruptedException {
    stopRequested.await(
        Math.min(millis, tuning.maxStartBackoff().toMillis()), TimeUnit.MILLISECONDS);
  }

  /**
   * Asks the bot to stop (from a signal handler, say); returns at once. {@link #close()} does the
   * stopping.
   */
  public void requestStop() {
    stopRequested.countDown();
  }

  /** Blocks until {@link #requestStop()} is called. */
  public void awaitStopRequest() throws InterruptedException {
    stopRequested.await();
  }

  /**
   * A poll that succeeded longer ago than this means polling is stuck: getUpdates is held 50 s at
   * most, then asked again at once.
   */
  static final java.time.Duration POLL_STALE = java.time.Duration.ofSeconds(90);

  /** The bot's state for the health check, now. Thread-safe; never throws. */
  public BotHealth health() {
    java.time.Instant now = clock.instant();
    long sinceLastPoll =
        reachability
            .lastPoll()
            .map(t -> java.time.Duration.between(t, now).toSeconds())
            .orElse(-1L);
    boolean polling =
        app != null
            && sinceLastPoll >= 0
            && sinceLastPoll < POLL_STALE.toSeconds()
            && reachability.reachable();
    long paragraphs;
    try {
      paragraphs = index.stats().paragraphs();
    } catch (IOException | RuntimeException e) {
      paragraphs = -1;
    }
    String reason = "";
    if (me == null) {
      reason =
          "starting: getMe has not succeeded yet"
              + (reachability.lastFailure().isEmpty()
                  ? ""
                  : " (" + reachability.lastFailure() + ")");
    } else if (!reachability.reachable()) {
      reason =
          "Bot API unreachable since "
              + reachability.downSince().map(Object::toString).orElse("?")
              + ": "
              + reachability.lastFailure();
    } else if (!polling) {
      reason =
          sinceLastPoll < 0
              ? "no successful getUpdates yet"
              : "no successful getUpdates for " + sinceLastPoll + " s";
    } else if (paragraphs < 0) {
      reason = "the index cannot be read";
    }
    java.util.Map<String, Object> details = new java.util.LinkedHashMap<>();
    for (BotFeature f : features) {
      try {
        details.putAll(f.health());
      } catch (RuntimeException e) {
        log.debug("Health of {}: {}", f.getClass().getSimpleName(), e.toString());
      }
    }
    return new BotHealth(
        reason.isEmpty(), reason, polling, sinceLastPoll, sender.inFlight(), paragraphs, details);
  }

  /** The bot's account once started, else {@code null}. */
  BotIdentity identity() {
    return me;
  }

  Sender sender() {
    return sender;
  }

  ApiReachability reachability() {
    return reachability;
  }

  BlockedChats blockedChats() {
    return blocked;
  }

  UpdateLedger ledger() {
    return ledger;
  }

  /**
   * Where feedback on answers goes: the unanswered questions, and 👍/👎 from the answer buttons.
   */
  FeedbackSink feedback() {
    return feedback;
  }

  /**
   * Stops polling, lets queued updates finish (up to the drain timeout; what is left stays in the
   * ledger and is handled after a restart) and stops all threads. Idempotent: a second caller (the
   * shutdown hook while {@code run} closes, say) returns once the first has finished, so that
   * neither goes on to close what the bot still uses.
   */
  @Override
  public void close() {
    TelegramBotsLongPollingApplication current;
    boolean first;
    synchronized (this) {
      first = !closed;
      closed = true;
      current = app;
    }
    if (!first) {
      awaitStopped();
      return;
    }
    try {
      stop(current);
    } finally {
      stopped.countDown();
    }
  }

  /** Waits, outside the lock, for the first {@link #close()}; keeps an interrupt for the caller. */
  private void awaitStopped() {
    boolean interrupted = false;
    while (true) {
      try {
        stopped.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
  }

  private void stop(TelegramBotsLongPollingApplication current) {
    requestStop();
    reachability.stopping();
    Thread menus = setUp;
    if (menus != null) menus.interrupt(); // cosmetic work: not worth waiting for
    if (current != null) closeQuietly(current);
    // TelegramBots never shuts the executor it was given: without this the poll thread lives on.
    // shutdown(), not shutdownNow(): interrupting a getUpdates in flight makes the library log an
    // ERROR with a stack trace on every clean stop. The thread is a daemon, so a poll still held
    // by Telegram does not keep the JVM alive; whatever it brings back is recorded as pending in
    // the ledger and handled after the next start (Telegram has not seen it confirmed either).
    pollExecutor.shutdown();
    try {
      if (!lanes.awaitIdle(tuning.drainTimeout())) {
        log.warn(
            "Stopping with {} chats still busy; their updates will be handled after a restart",
            lanes.busyChats());
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
