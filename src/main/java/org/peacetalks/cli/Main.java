package org.peacetalks.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.peacetalks.config.BotConfig;
import org.peacetalks.config.ConfigException;
import org.peacetalks.config.ConfigLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Entry point: {@code java -jar peacetalks-bot.jar COMMAND}. Reads the configuration (file,
 * environment, these global options, in rising precedence) and hands it to the command. Exit codes:
 * 0 ok, 2 bad usage or configuration, 1 anything else.
 */
@Command(
    name = "peacetalks-bot",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Answers questions about the Russia-Ukraine peace talks from news articles.",
    subcommands = {
      AskCommand.class,
      IndexCommand.class,
      EvalCommand.class,
      DigestCommand.class,
      BenchCommand.class,
      RunCommand.class,
      ExtractCommand.class,
      BackupCommand.class,
      FeedbackCommand.class,
      FeedsCommand.class
    })
public final class Main {
  static final int EXIT_OK = 0;
  static final int EXIT_FAILURE = 1;
  static final int EXIT_USAGE = 2;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "settings file (default: ${DEFAULT-VALUE})")
  Path configFile = Path.of("config/bot.yaml");

  @Option(
      names = "--articles",
      paramLabel = "DIR",
      description = "articles folder (overrides paths.articles)")
  Path articles;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "index folder (overrides paths.index)")
  Path index;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "runtime data folder (overrides paths.data)")
  Path data;

  private final Map<String, String> env;
  private final InputStream stdin;

  Main(Map<String, String> env, InputStream stdin) {
    this.env = env;
    this.stdin = stdin;
  }

  /** An environment variable, for commands that honour one (like NO_COLOR). */
  Optional<String> env(String name) {
    return Optional.ofNullable(env.get(name));
  }

  /** Standard input, for commands that read questions from it. */
  InputStream stdin() {
    return stdin;
  }

  public static void main(String[] args) {
    if (!"run".equals(commandName(args))) {
      // Commands print their results; only warnings belong on stderr. `run` logs at INFO.
      System.setProperty("LOG_LEVEL", System.getProperty("LOG_LEVEL", "WARN"));
    }
    // Logback reads this when the first logger is made, which is later: BOT_LOG_FORMAT=json picks
    // JSON lines. A wrong value is reported by ConfigLoader (exit 2); until then, text.
    String format = System.getenv(ConfigLoader.ENV_LOG_FORMAT);
    System.setProperty(
        "LOG_FORMAT", format != null && format.strip().equalsIgnoreCase("json") ? "json" : "text");
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(execute(args, System.getenv(), System.in, out, err));
  }

  /** The subcommand named in {@code args}, skipping the global options and their values. */
  static String commandName(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--config")
          || a.equals("--articles")
          || a.equals("--index")
          || a.equals("--data")) {
        i++;
      } else if (!a.startsWith("-")) {
        return a;
      }
    }
    return null;
  }

  static int execute(
      String[] args, Map<String, String> env, InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main(env, in));
    withHelpOptions(cli);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          PrintWriter errOut = cmd.getErr();
          if (e instanceof ConfigException) {
            errOut.println("error: " + e.getMessage());
            return EXIT_USAGE;
          }
          errOut.println("error: " + describe(e));
          org.slf4j.LoggerFactory.getLogger(Main.class).debug("command failed", e);
          return EXIT_FAILURE;
        });
    return cli.execute(args);
  }

  /** {@code --help} and {@code --version} on every subcommand, also those added later. */
  private static void withHelpOptions(CommandLine command) {
    for (CommandLine sub : command.getSubcommands().values()) {
      sub.getCommandSpec().mixinStandardHelpOptions(true);
      withHelpOptions(sub);
    }
  }

  /** One line about a failure, without a stack trace. */
  static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** The configuration with the global options applied. */
  BotConfig config() throws ConfigException {
    boolean named = !configFile.equals(Path.of("config/bot.yaml"));
    return new ConfigLoader(env).load(configFile, named).withPaths(articles, index, data);
  }

  /** The version the jar's manifest carries; "development build" when run from classes (no jar). */
  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? DEVELOPMENT_BUILD : v;
  }

  static final String DEVELOPMENT_BUILD = "development build";

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = version();
      return new String[] {"peacetalks-bot " + (v.equals(DEVELOPMENT_BUILD) ? "(" + v + ")" : v)};
    }
  }
}
