package org.peacetalks.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.peacetalks.config.BotConfig;
import org.peacetalks.storage.FeedbackRepository;
import org.peacetalks.storage.FeedbackRepository.Feedback;
import org.peacetalks.storage.FeedbackTable;
import org.peacetalks.storage.StateDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code feedback}: the questions that got a 👎 or no answer, newest first, with the passages a 👎
 * answer showed: where the articles or the ranking fall short. Reads the state database; the bot
 * may be running.
 */
@Command(
    name = "feedback",
    mixinStandardHelpOptions = true,
    description = "List the questions that got a thumbs-down or no answer, newest first.")
final class FeedbackCommand implements Callable<Integer> {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "at most N questions (default: ${DEFAULT-VALUE})")
  int limit = 50;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (limit < 1) {
      err.println("error: --limit must be at least 1");
      return Main.EXIT_USAGE;
    }
    BotConfig config = main.config();
    PrintWriter out = spec.commandLine().getOut();
    List<Feedback> negative;
    try (StateDatabase db = StateDatabase.openExisting(config.dataDir())) {
      negative = new FeedbackTable(db, java.time.Clock.systemUTC()).listNegative(limit);
    }
    if (negative.isEmpty()) {
      out.println("No questions with a thumbs-down or without an answer.");
    }
    ZoneId zone = config.digest().zone();
    for (Feedback f : negative) {
      String what = f.vote() == FeedbackRepository.Vote.DOWN ? "👎" : "no answer";
      out.printf(
          "%s  %-9s  chat %d  %s%n",
          TIME.format(f.at().atZone(zone)), what, f.chatId(), oneLine(f.question()));
      if (!f.passages().isEmpty()) {
        out.println(
            "    shown: "
                + f.passages().stream()
                    .map(p -> p.articleId() + " ¶" + p.paragraph())
                    .collect(Collectors.joining(", ")));
      }
    }
    out.flush();
    return Main.EXIT_OK;
  }

  /**
   * A question as one line: someone's line breaks and control characters never reach the terminal.
   */
  static String oneLine(String text) {
    return text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]+", " ").strip();
  }
}
