package org.peacetalks.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.bench.botapi.RandomFaults;
import org.peacetalks.config.BotConfig;
import org.peacetalks.config.ConfigLoader;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.ArticleStore;

/**
 * The short soak CI runs (the long one is {@code bench --soak}): 500 questions through the real
 * Telegram path while the loopback Bot API injects 429s, 500s, slow replies and dropped
 * connections; then kill -9 of a real process during reindexing and during subscription writes.
 */
@Timeout(120)
class SoakIT {
  static final int QUESTIONS = 500;

  @TempDir static Path temp;
  static BotConfig config;
  static Path articles;
  static BenchEngine engine;
  static List<String> questions;

  @BeforeAll
  static void buildCorpus() throws Exception {
    Path dev = Path.of(SoakIT.class.getResource("/corpus/dev").toURI());
    SourceText source =
        SourceText.of(new ArticleStore(dev, new ArticleParser(2_000_000)).loadAll().articles());
    SyntheticCorpus corpus = new SyntheticCorpus(source, 3_000, 7);
    articles = Files.createDirectories(temp.resolve("articles"));
    corpus.writeTo(articles);
    config =
        new ConfigLoader(Map.of())
            .load(Path.of("config/bot.yaml"), true)
            .withPaths(articles, temp.resolve("index"), temp.resolve("data"));
    engine = BenchEngine.open(config, articles, temp.resolve("index"), null);
    engine.reindexer.rebuild();
    questions = QuestionSet.build(List.of(), corpus, 200, 7).questions();
  }

  @AfterAll
  static void close() throws Exception {
    if (engine != null) engine.close();
  }

  @Test
  void everyQuestionGetsExactlyOneAnswerWhileTheBotApiMisbehaves() throws Exception {
    PrintWriter progress = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    SoakRun.Result result =
        new SoakRun(engine, progress).run(QUESTIONS, questions, temp.resolve("soak-data"));
    progress.println(result.describe());
    assertTrue(result.passed(), result.describe());
    RandomFaults.Counts faults = result.faults();
    assertTrue(
        faults.tooManyRequests() > 0
            && faults.serverErrors() > 0
            && faults.dropped() > 0
            && faults.slow() > 0,
        "every kind of fault was injected: " + faults);
  }

  @Test
  void killedDuringReindexOrSubscriptionWritesRestartsOnTheLastWholeState() throws Exception {
    KillRestartCheck.Result result =
        new KillRestartCheck(config, 7)
            .run(articles, questions.get(questions.size() - 1), temp.resolve("kill"), 3);
    assertTrue(result.failures().isEmpty(), result.describe());
  }
}
