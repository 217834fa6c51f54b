package org.peacetalks.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.peacetalks.config.BotConfig;
import org.peacetalks.feeds.Feed;
import org.peacetalks.feeds.FeedStore;
import org.peacetalks.feeds.PollReport;
import org.peacetalks.storage.StateDatabase;
import org.peacetalks.wording.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code feeds}: the news feeds with their health; {@code --once} reads every feed once (waiting
 * ones too), takes in the new items, and exits, for operators who poll from cron. {@code --once}
 * writes the index, so it must not run while {@code run} does (the index lock refuses it).
 */
@Command(
    name = "feeds",
    mixinStandardHelpOptions = true,
    description = "List the news feeds; --once reads each feed once, takes in new items and exits.")
final class FeedsCommand implements Callable<Integer> {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(names = "--once", description = "poll every feed once, then exit")
  boolean once;

  @Override
  public Integer call() throws Exception {
    BotConfig config = main.config();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Clock clock = Clock.systemUTC();
    if (once) {
      try (Services services = IndexBootstrap.openWithIndex(config, err);
          FeedWiring feeds =
              FeedWiring.open(services, AdminWiring.intake(services, clock), clock)) {
        PollReport r = feeds.poller.pollAll(true);
        out.printf(
            "Polled %d feeds (%d failed): %d items taken, %d skipped as off topic, %d already known%n",
            r.feeds(), r.failed(), r.taken(), r.skipped(), r.seen());
        print(out, feeds.store.list());
      }
    } else {
      try (StateDatabase db = StateDatabase.open(config.dataDir())) {
        FeedStore store = new FeedStore(db);
        store.syncConfigured(config.feeds().sources(), clock.instant());
        print(out, store.list());
      }
    }
    out.flush();
    return Main.EXIT_OK;
  }

  static void print(PrintWriter out, List<Feed> feeds) {
    if (feeds.isEmpty()) {
      out.println(
          "No news feeds. Name them under feeds: in config/bot.yaml, in BOT_FEEDS, or add them with /feed add.");
      return;
    }
    for (int i = 0; i < feeds.size(); i++) {
      Feed f = feeds.get(i);
      out.printf(
          "%d. %s%s  %s%n",
          i + 1, FeedbackCommand.oneLine(f.label()), f.fromConfig() ? " (config)" : "", f.url());
      out.printf(
          "   last fetch: %s · taken %d · skipped %d%n",
          f.lastFetchAt() == null ? "not yet" : WHEN.format(f.lastFetchAt()),
          f.taken(),
          f.skipped());
      // The stored problem worded in English: the command line speaks English only.
      if (f.problem() != null)
        out.println("   error: " + FeedbackCommand.oneLine(f.problem().words(Texts.english())));
    }
  }
}
