package org.peacetalks.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.peacetalks.digest.Digest;
import org.peacetalks.digest.DigestBuilder;
import org.peacetalks.digest.DigestFormatter;
import org.peacetalks.search.ArticleSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code digest}: prints the digest that would go out now, the general one of the last 24 hours
 * (what /digest shows in a chat). Builds the index first when there is none, and records articles
 * the digest ledger has not seen yet, as the bot does at startup.
 */
@Command(
    name = "digest",
    description = {
      "Print the digest that would go out now: the articles added in the last 24 hours.",
      "Articles of the first index build (the initial import) are never listed as new."
    })
final class DigestCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(names = "--html", description = "print the Telegram message (HTML) instead of plain text")
  boolean html;

  private final Clock clock;

  DigestCommand() {
    this(Clock.systemUTC());
  }

  DigestCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Services services =
        IndexBootstrap.openWithIndex(main.config(), spec.commandLine().getErr())) {
      Instant now = clock.instant();
      var articles = services.index.articles();
      services.ledger.recordNew(articles, now);
      var settings = services.config.digest();
      Digest digest =
          new DigestBuilder(services.index, services.ledger, settings.maxArticles()).lastDay(now);
      DigestFormatter formatter = new DigestFormatter(settings.zone());
      out.println(html ? formatter.html(digest) : formatter.plainText(digest));
      if (digest.isEmpty()) {
        int initial = 0;
        for (ArticleSummary a : articles) {
          if (services.ledger.isInitial(a.id())) initial++;
        }
        out.println();
        if (!settings.sendWhenEmpty())
          out.println("(digest.sendWhenEmpty is off: subscribers would get no message.)");
        if (initial > 0) {
          out.printf(
              "(%d of the %d indexed articles came with the initial import and are never listed as new.)%n",
              initial, articles.size());
        }
      }
      out.flush();
      return Main.EXIT_OK;
    }
  }
}
