package org.peacetalks.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.peacetalks.admin.ArticleIntake;
import org.peacetalks.config.BotConfig;
import org.peacetalks.config.ConfigLoader;

/**
 * Child process of {@link AddKillIT}: with the bot's own wiring, adds article 1, 2, 3, … forever,
 * printing "adding N" before each and "added N" after; killed with SIGKILL at a random moment.
 */
public final class AddCrashLoop {
  private AddCrashLoop() {}

  static String article(int n) {
    return "Talks round "
        + n
        + " in Istanbul\n"
        + "Negotiators met for round "
        + n
        + " of the talks in Istanbul and agreed to meet again next week.\n";
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    BotConfig config =
        new ConfigLoader(Map.of())
            .load(dir.resolve("bot.yaml"), true)
            .withPaths(dir.resolve("articles"), dir.resolve("index"), dir.resolve("data"));
    Services services = Services.open(config); // never closed: the loop ends with a SIGKILL
    ArticleIntake intake = AdminWiring.intake(services, Clock.systemUTC());
    for (int n = Integer.parseInt(args[1]); ; n++) {
      System.out.println("adding " + n);
      System.out.flush();
      intake.addText(article(n));
      System.out.println("added " + n);
      System.out.flush();
    }
  }
}
