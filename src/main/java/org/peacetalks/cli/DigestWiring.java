package org.peacetalks.cli;

import java.io.IOException;
import java.time.Clock;
import org.peacetalks.config.BotConfig;
import org.peacetalks.digest.AtomicJsonFile;
import org.peacetalks.digest.DigestBuilder;
import org.peacetalks.digest.DigestFormatter;
import org.peacetalks.digest.DigestScheduler;
import org.peacetalks.digest.SubscriptionStore;
import org.peacetalks.telegram.SubscriptionFeature;

/** Builds the bot's subscription feature from the configuration and the open services. */
final class DigestWiring {
  private DigestWiring() {}

  /**
   * Records the indexed articles in the digest ledger (new ones count from now; on the very first
   * run they are the initial import), opens the subscriptions in the data folder and builds the
   * feature.
   *
   * @throws org.peacetalks.digest.CorruptStateException when a state file is corrupt (it names
   *     the file and where it was moved aside); the bot must not start as if it were empty
   */
  static SubscriptionFeature subscriptions(BotConfig config, Services services, Clock clock) throws IOException {
    services.ledger.recordNew(services.index.articles(), clock.instant());
    SubscriptionStore store = SubscriptionStore.open(config.dataDir(), AtomicJsonFile.mapper(), clock);
    BotConfig.Digest settings = config.digest();
    return new SubscriptionFeature(store, new DigestScheduler(store, settings.zone(), clock),
        new DigestBuilder(services.index, services.ledger, settings.maxArticles()),
        new DigestFormatter(settings.zone()), settings, clock);
  }
}
