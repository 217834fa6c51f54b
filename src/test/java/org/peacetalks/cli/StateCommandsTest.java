package org.peacetalks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.digest.SubscriptionStore;
import org.peacetalks.storage.FeedbackRepository.PassageRef;
import org.peacetalks.storage.FeedbackRepository.Vote;
import org.peacetalks.storage.FeedbackTable;
import org.peacetalks.storage.StateDatabase;

/** {@code backup FILE} and {@code feedback}, beside a bot that holds the database open. */
class StateCommandsTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  private int run(String... args) throws Exception {
    Path config = Files.writeString(dir.resolve("bot.yaml"), "search:\n  semantic: false\n");
    String[] all = new String[args.length + 4];
    System.arraycopy(
        new String[] {"--config", config.toString(), "--data", dir.resolve("data").toString()},
        0,
        all,
        0,
        4);
    System.arraycopy(args, 0, all, 4, args.length);
    return Main.execute(
        all,
        Map.of(),
        new ByteArrayInputStream(new byte[0]),
        new PrintWriter(out, true),
        new PrintWriter(err, true));
  }

  @Test
  void backupCopiesTheDatabaseWhileTheBotHasItOpen() throws Exception {
    Path copy = dir.resolve("backups/bot-copy.db");
    Files.createDirectories(copy.getParent());
    try (StateDatabase bot = StateDatabase.open(dir.resolve("data"))) {
      SubscriptionStore.open(bot, Clock.systemUTC()).subscribe(555L, null, LocalTime.of(9, 0));
      assertEquals(0, run("backup", copy.toString()), err.toString());
      SubscriptionStore.open(bot, Clock.systemUTC())
          .subscribe(556L, null, LocalTime.of(9, 0)); // the bot goes on
    }
    assertTrue(out.toString().startsWith("Backed up "), out.toString());
    Path restored = Files.createDirectories(dir.resolve("restored"));
    Files.copy(copy, restored.resolve(StateDatabase.FILE_NAME));
    try (StateDatabase db = StateDatabase.open(restored)) {
      assertEquals(
          List.of(555L),
          SubscriptionStore.open(db, Clock.systemUTC()).all().stream()
              .map(s -> s.chatId())
              .toList());
    }
    assertEquals(2, run("backup", copy.toString()), "never overwrites");
  }

  @Test
  void backupWithoutADatabaseIsOneLine() throws Exception {
    assertEquals(1, run("backup", dir.resolve("x.db").toString()));
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("error: no state database at "), err.toString());
  }

  @Test
  void feedbackListsThumbsDownAndUnansweredNewestFirst() throws Exception {
    try (StateDatabase bot = StateDatabase.open(dir.resolve("data"))) {
      FeedbackTable feedback = new FeedbackTable(bot, Clock.systemUTC());
      feedback.record(
          7, "What does Russia demand?", List.of(new PassageRef("002_abc", 6)), Vote.DOWN);
      feedback.record(8, "Who met Putin?", List.of(new PassageRef("003_def", 1)), Vote.UP);
      feedback.recordNoAnswer(9, "What is the capital\nof Australia?");
      assertEquals(0, run("feedback"), err.toString());
    }
    List<String> lines = out.toString().lines().toList();
    assertEquals(3, lines.size(), out.toString());
    assertTrue(
        lines.get(0).contains("no answer")
            && lines.get(0).endsWith("What is the capital of Australia?"),
        lines.get(0));
    assertTrue(
        lines.get(1).contains("👎") && lines.get(1).endsWith("What does Russia demand?"),
        lines.get(1));
    assertEquals("    shown: 002_abc ¶6", lines.get(2));
  }
}
