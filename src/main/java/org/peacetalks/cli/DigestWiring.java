package org.peacetalks.cli;

import java.io.IOException;
import java.time.Clock;
import org.peacetalks.config.BotConfig;
import org.peacetalks.digest.DigestBuilder;
import org.peacetalks.digest.DigestFormatter;
import org.peacetalks.digest.DigestScheduler;
import org.peacetalks.digest.SubscriptionStore;
import org.peacetalks.telegram.subscription.SubscriptionFeature;

/** Builds the bot's subscription feature from the configuration and the open services. */
final class DigestWiring {
  private DigestWiring() {}

  /**
   * Builds the feature on the services' state database. Reads neither the corpus nor the
   * subscriptions: every rebuild records what it indexed in the article ledger, and the
   * subscriptions are read when they are due.
   */
  static SubscriptionFeature subscriptions(BotConfig config, Services services, Clock clock)
      throws IOException {
    SubscriptionStore store = SubscriptionStore.open(services.state, clock);
    BotConfig.Digest settings = config.digest();
    return new SubscriptionFeature(
        store,
        new DigestScheduler(store, settings.zone(), clock),
        new DigestBuilder(services.index, services.ledger, settings.maxArticles()),
        new DigestFormatter(settings.zone()),
        settings,
        clock);
  }
}
