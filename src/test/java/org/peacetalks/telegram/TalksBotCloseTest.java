package org.peacetalks.telegram;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class TalksBotCloseTest {
  @TempDir Path dir;

  /** A feature whose close holds until released, as a digest round finishing its sends does. */
  static final class SlowToClose implements BotFeature {
    final CountDownLatch closing = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger closes = new AtomicInteger();

    @Override
    public void register(CommandRegistry registry, BotContext context) {}

    @Override
    public void close() {
      closes.incrementAndGet();
      closing.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Test
  void aSecondCloseReturnsOnlyOnceTheFirstHasFinished() throws Exception {
    SlowToClose feature = new SlowToClose();
    try (TestEngine engine = new TestEngine(dir.resolve("index"))) {
      TalksBot bot =
          TalksBot.builder()
              .token(TestEngine.TOKEN)
              .url(TelegramEndpoint.of(URI.create("http://127.0.0.1:9")))
              .client(mock(TelegramClient.class))
              .dataDir(dir.resolve("data"))
              .engine(engine.searcher, engine.index)
              .tuning(TestEngine.TUNING)
              .features(List.of(feature))
              .build();
      Thread first = new Thread(bot::close, "first-close");
      first.start();
      assertTrue(
          feature.closing.await(10, TimeUnit.SECONDS), "the first close reaches the features");
      Thread second = new Thread(bot::close, "second-close");
      second.start();
      // Parked on the first close's end, not returned early.
      await().atMost(Duration.ofSeconds(10)).until(() -> second.getState() == Thread.State.WAITING);
      assertTrue(second.isAlive());
      feature.release.countDown();
      first.join(10_000);
      second.join(10_000);
      assertFalse(first.isAlive());
      assertFalse(second.isAlive());
      assertEquals(1, feature.closes.get(), "the features are closed once");
    }
  }
}
