package org.peacetalks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval --relevance}: the topic filter's figures on a labelled folder (by words, as
 * configured).
 */
class EvalRelevanceCommandTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  private int run(String... args) throws Exception {
    Path config = dir.resolve("bot.yaml");
    Files.writeString(config, "search:\n  semantic: false\n");
    String[] all = new String[args.length + 2];
    all[0] = "--config";
    all[1] = config.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return Main.execute(
        all,
        Map.of(),
        new ByteArrayInputStream(new byte[0]),
        new PrintWriter(out, true),
        new PrintWriter(err, true));
  }

  private void write(String folder, String name, String title, String text) throws Exception {
    Files.createDirectories(dir.resolve("set").resolve(folder));
    Files.writeString(
        dir.resolve("set").resolve(folder).resolve(name + ".md"),
        "---\ntitle: \"" + title + "\"\n---\n\n" + text + "\n");
  }

  @Test
  void printsPrecisionRecallAtTheThresholdAndHeldOut() throws Exception {
    for (int i = 0; i < 4; i++) {
      write(
          "on",
          "talks" + i,
          "Ukraine and Russia talks, round " + i,
          "Delegations of Ukraine and Russia met in Istanbul for talks on a ceasefire; the Kremlin and Kyiv gave no details. Round "
              + i
              + ".");
      write(
          "off",
          "recipe" + i,
          "Soup number " + i,
          "Soften an onion in butter, add beetroot and potatoes, cover with stock and simmer for forty minutes. Serves "
              + i
              + ".");
    }

    assertEquals(
        0,
        run(
            "eval",
            "--relevance",
            dir.resolve("set").toString(),
            "--threshold",
            "0.4",
            "--folds",
            "2"),
        err.toString());

    String text = out.toString();
    assertTrue(text.startsWith("Topic relevance: 4 articles on topic, 4 off topic"), text);
    assertTrue(text.contains("(by words alone)"), text);
    assertTrue(
        Pattern.compile("threshold 0\\.40, all +1\\.000 +1\\.000 +1\\.000 +0 +0\n")
            .matcher(text)
            .find(),
        text);
    assertTrue(text.contains("Held out (2 folds"), text);
    assertTrue(text.contains("Misjudged at 0.40: 0"), text);
  }

  @Test
  void aFolderWithoutOnAndOffIsAClearError() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    assertEquals(1, run("eval", "--relevance", dir.resolve("empty").toString()));
    assertTrue(err.toString().contains("on"), err.toString());
  }
}
