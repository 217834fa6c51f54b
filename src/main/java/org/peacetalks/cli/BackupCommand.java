package org.peacetalks.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.peacetalks.config.BotConfig;
import org.peacetalks.storage.StateDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code backup FILE}: a consistent copy of {@code data/bot.db}, taken with SQLite's online backup,
 * so it can run while the bot does (its writes wait a moment or go on beside it). The copy is a
 * database file of its own: to restore, stop the bot and put it in place of {@code bot.db}.
 */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description =
        "Write a consistent copy of the state database (data/bot.db), also while the bot runs.")
final class BackupCommand implements Callable<Integer> {
  @ParentCommand Main main;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "where the copy goes (must not exist)")
  Path target;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    BotConfig config = main.config();
    if (Files.exists(target)) {
      err.println("error: " + target + " exists already; name a new file");
      return Main.EXIT_USAGE;
    }
    long start = System.nanoTime();
    try (StateDatabase db = StateDatabase.openExisting(config.dataDir())) {
      db.backupTo(target);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "Backed up %s to %s (%,d bytes) in %d ms%n",
        config.dataDir().resolve(StateDatabase.FILE_NAME),
        target,
        Files.size(target),
        (System.nanoTime() - start) / 1_000_000);
    out.flush();
    return Main.EXIT_OK;
  }
}
