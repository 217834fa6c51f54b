package org.peacetalks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract}: what the index would keep of each file, as text or one JSON line per file. */
class ExtractCommandTest {
  private static final String STORY =
      "Negotiators met in Geneva on Sunday to revise the draft peace framework.";
  private static final String MORE =
      "European officials said they had not been consulted before the meeting ended.";

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

  private Path page() throws Exception {
    return Files.writeString(
        dir.resolve("talks.html"),
        "<html><head><meta property=og:site_name content=\"Kyiv Daily\">"
            + "<meta property=article:published_time content=2025-11-30></head><body><article><h1>Geneva talks</h1><p>"
            + STORY
            + "</p><h2>The allies</h2><p>"
            + MORE
            + "</p></article></body></html>");
  }

  @Test
  void jsonGivesOneLinePerFileAndExitsOneWhenAnyWasRefused() throws Exception {
    Path good = page();
    Path bad = Files.write(dir.resolve("broken.txt"), new byte[] {0, 1, 2});
    assertEquals(1, run("extract", "--json", good.toString(), bad.toString()));
    List<String> lines = out.toString().lines().toList();
    assertEquals(2, lines.size(), out.toString());
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertEquals(
        List.of("file", "title", "source", "published", "passages", "error"),
        iterable(first.fieldNames()));
    assertEquals(good.toString(), first.get("file").asText());
    assertEquals("Geneva talks", first.get("title").asText());
    assertEquals("Kyiv Daily", first.get("source").asText());
    assertEquals("2025-11-30", first.get("published").asText());
    assertTrue(first.get("passages").get(0).get("heading").isNull());
    assertEquals(STORY, first.get("passages").get(0).get("text").asText());
    assertEquals("The allies", first.get("passages").get(1).get("heading").asText());
    assertTrue(first.get("error").isNull());
    JsonNode second = new ObjectMapper().readTree(lines.get(1));
    assertEquals("binary file (contains NUL bytes)", second.get("error").asText());
    assertEquals(0, second.get("passages").size());
  }

  @Test
  void textShowsTitleSourceDateAndPassagesUnderTheirHeadings() throws Exception {
    assertEquals(0, run("extract", page().toString()));
    String text = out.toString();
    assertTrue(text.contains("title:     Geneva talks"), text);
    assertTrue(text.contains("source:    Kyiv Daily"), text);
    assertTrue(text.contains("published: 2025-11-30"), text);
    assertTrue(text.contains("## The allies\n\n[2] " + MORE), text);
  }

  private static List<String> iterable(java.util.Iterator<String> it) {
    List<String> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
