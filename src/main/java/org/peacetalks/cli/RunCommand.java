package org.peacetalks.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.peacetalks.admin.ArticleIntake;
import org.peacetalks.config.BotConfig;
import org.peacetalks.config.ConfigLoader;
import org.peacetalks.search.PassageSearcher;
import org.peacetalks.storage.CorruptStateException;
import org.peacetalks.telegram.BotFeature;
import org.peacetalks.telegram.BotStartException;
import org.peacetalks.telegram.TalksBot;
import org.peacetalks.telegram.feeds.FeedsFeature;
import org.peacetalks.telegram.subscription.SubscriptionFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code run}: the Telegram bot, until SIGTERM or SIGINT. Builds the index first when there is
 * none. On a signal it stops polling, finishes the updates in hand and exits 0.
 */
@Command(name = "run", description = "Run the Telegram bot (needs TELEGRAM_BOT_TOKEN).")
final class RunCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  /**
   * Subscriptions and the digest, the admin commands (whose /stats counts the subscriptions and the
   * feeds' items), and the news feeds; admins and feeds share one intake.
   */
  private static List<BotFeature> features(
      BotConfig config, Services services, ArticleIntake intake, FeedWiring feeds)
      throws IOException {
    Clock clock = Clock.systemUTC();
    SubscriptionFeature subscriptions = DigestWiring.subscriptions(config, services, clock);
    try {
      FeedsFeature feedsFeature =
          new FeedsFeature(feeds.registry, feeds.scheduler, config.search().maxArticleBytes());
      return List.of(
          subscriptions,
          AdminWiring.feature(
              services, intake, subscriptions::subscriptionCount, feedsFeature::figures, clock),
          feedsFeature);
    } catch (RuntimeException e) {
      subscriptions.close(); // its digest runner would otherwise outlive the failed start
      throw e;
    }
  }

  /** Builds the bot over features opened for it. */
  @FunctionalInterface
  interface BotFactory {
    TalksBot create(List<BotFeature> features) throws IOException;
  }

  /**
   * The bot that owns {@code features} (it closes them when it closes). When it cannot be built, no
   * bot will close them, so they are closed here before the failure goes on.
   */
  static TalksBot botOwning(List<BotFeature> features, BotFactory factory) throws IOException {
    try {
      return factory.create(features);
    } catch (IOException | RuntimeException e) {
      for (int i = features.size() - 1; i >= 0; i--) {
        try {
          features.get(i).close();
        } catch (RuntimeException closing) {
          e.addSuppressed(closing);
        }
      }
      throw e;
    }
  }

  @Override
  @SuppressWarnings(
      "try") // the shutdown hook closes the bot early when the JVM exits for other reasons
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    BotConfig config = main.config();
    if (config.token().isEmpty()) {
      err.println(
          "error: "
              + ConfigLoader.ENV_TOKEN
              + " is not set: the bot needs its Bot API token (from @BotFather) in that environment variable");
      err.flush();
      return Main.EXIT_USAGE;
    }
    try (Services services = IndexBootstrap.openForBot(config, err);
        FeedWiring feeds =
            FeedWiring.open(
                services, AdminWiring.intake(services, Clock.systemUTC()), Clock.systemUTC());
        TalksBot bot =
            botOwning(
                features(config, services, feeds.intake, feeds),
                features ->
                    TalksBot.builder()
                        .config(config)
                        .state(services.state)
                        .engine(services.searcher, services.index)
                        .features(features)
                        .extras(AnswerWiring.extras(services))
                        .build())) {
      StopSignals.onStop(bot::requestStop);
      HealthServer health = null;
      if (config.health().enabled()) {
        try {
          health = HealthServer.start(config.health().host(), config.health().port(), bot::health);
        } catch (IOException e) {
          err.println(
              "error: cannot serve the health check on "
                  + config.health().host()
                  + ":"
                  + config.health().port()
                  + " (health.port, "
                  + ConfigLoader.ENV_HEALTH_PORT
                  + "): "
                  + e.getMessage());
          err.flush();
          return Main.EXIT_USAGE;
        }
      }
      Thread hook =
          new Thread(
              () -> {
                bot.requestStop();
                bot.close();
              },
              "shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      Thread wordLists =
          new Thread(
              () -> {
                try {
                  PassageSearcher.warmUp();
                } catch (RuntimeException | LinkageError e) {
                  log.warn("Could not load the word lists ahead of the first question", e);
                }
              },
              "word-lists");
      wordLists.setDaemon(true);
      try {
        bot.start();
        wordLists.start(); // after start-up, which it would otherwise slow on a small machine
        bot.awaitStopRequest();
        log.info("Stopping");
      } catch (BotStartException e) {
        err.println("error: " + e.getMessage());
        err.flush();
        return Main.EXIT_USAGE;
      } finally {
        if (health != null) health.close();
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // the JVM is already shutting down: the hook closes the bot
        }
      }
    } catch (CorruptStateException e) {
      err.println("error: " + e.getMessage().replaceAll("\\s*\\R\\s*", " "));
      err.flush();
      return Main.EXIT_FAILURE;
    }
    return Main.EXIT_OK;
  }
}
