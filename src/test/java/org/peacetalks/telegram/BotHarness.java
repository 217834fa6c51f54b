package org.peacetalks.telegram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A bot end to end, as a JUnit extension: a {@link FakeBotApi} on 127.0.0.1, a temp folder, the
 * engine over a corpus in it ({@code index/}), and a started {@link TalksBot} with its state in
 * {@code data/}; closed in reverse (bot, parts registered with {@link #closeLater}, engine, fake
 * server, folder). Registered on a static field, one bot serves the whole class; on an instance
 * field, each test gets its own.
 *
 * <pre>{@code
 * @RegisterExtension static final BotHarness harness = BotHarness.seedCorpus();
 * }</pre>
 */
final class BotHarness
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {
  /** How long a test waits for something the bot does. */
  static final Duration WAIT = Duration.ofSeconds(15);

  /** How often a condition is polled while waiting: short, the bot answers in milliseconds. */
  private static final Duration POLL = Duration.ofMillis(10);

  /** Builds the engine in the harness's folder. */
  @FunctionalInterface
  interface EngineSetup {
    TestEngine open(Path dir) throws Exception;
  }

  /** Builds the bot (not started) from the fake server and the engine. */
  @FunctionalInterface
  interface BotSetup {
    TalksBot create(BotHarness harness) throws Exception;
  }

  private EngineSetup engineSetup = dir -> new TestEngine(dir.resolve("index"));
  private BotSetup botSetup = h -> h.engine().bot(h.api(), h.data());
  private final AtomicInteger updateIds = new AtomicInteger(100);
  private final List<AutoCloseable> extras = new ArrayList<>();
  private boolean perClass;
  private Path dir;
  private FakeBotApi api;
  private TestEngine engine;
  private TalksBot bot;

  private BotHarness() {}

  /** The engine over the seed corpus, a bot without features. */
  static BotHarness seedCorpus() {
    return new BotHarness();
  }

  /** Another engine (other articles, an embedder). */
  BotHarness engine(EngineSetup setup) {
    this.engineSetup = setup;
    return this;
  }

  /** Another bot (features, tuning, extras). */
  BotHarness bot(BotSetup setup) {
    this.botSetup = setup;
    return this;
  }

  /** Update ids handed out by {@link #nextUpdateId()} start after this one. */
  BotHarness updateIdsAfter(int last) {
    updateIds.set(last);
    return this;
  }

  FakeBotApi api() {
    return api;
  }

  TestEngine engine() {
    return engine;
  }

  TalksBot bot() {
    return bot;
  }

  /** The temp folder of this harness. */
  Path dir() {
    return dir;
  }

  /** The bot's state folder. */
  Path data() {
    return dir.resolve("data");
  }

  /** A fresh update id: each test's updates follow those of the tests before it. */
  int nextUpdateId() {
    return updateIds.incrementAndGet();
  }

  /** Closes {@code part} after the bot and before the engine. */
  <T extends AutoCloseable> T closeLater(T part) {
    extras.add(part);
    return part;
  }

  /** Waits (at most {@link #WAIT}) until {@code condition} holds; fails naming {@code what}. */
  static void await(BooleanSupplier condition, String what) {
    Awaitility.await(what)
        .atMost(WAIT)
        .pollInterval(POLL)
        .pollDelay(Duration.ZERO)
        .until(condition::getAsBoolean);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    perClass = true;
    start();
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    if (!perClass) start();
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    if (!perClass) stop();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    stop();
  }

  private void start() throws Exception {
    dir = Files.createTempDirectory("bot-harness");
    api = new FakeBotApi(TestEngine.TOKEN);
    engine = engineSetup.open(dir);
    bot = botSetup.create(this);
    bot.start();
  }

  private void stop() throws Exception {
    List<AutoCloseable> parts = new ArrayList<>();
    parts.add(bot);
    for (int i = extras.size() - 1; i >= 0; i--) parts.add(extras.get(i));
    parts.add(engine);
    parts.add(api);
    extras.clear();
    try {
      TestEngine.closeAll(parts.toArray(AutoCloseable[]::new));
    } finally {
      bot = null;
      engine = null;
      api = null;
      delete(dir);
    }
  }

  private static void delete(Path root) throws IOException {
    if (root == null || !Files.exists(root)) return;
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
