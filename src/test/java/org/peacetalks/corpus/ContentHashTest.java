package org.peacetalks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentHashTest {
  /**
   * Pieces the normalisation treats specially: every blank, line end, BOM and a decomposed accent.
   */
  private static final List<String> PIECES =
      List.of(
          "a", "Київ", "東京", " ", "\t", "\u000B", "\f", "\u001C", "\u001F", "\u00A0", "\u1680",
          "\u2000", "\u2006", "\u2007", "\u2008", "\u200A", "\u200B", "\u2028", "\u2029", "\u202F",
          "\u205F", "\u3000", "\uFEFF", "\n", "\r", "\r\n", "e\u0301", "é", "😀", "\u0085");

  @Test
  void hashOnTheBytesEqualsHashOfTheNormalisedText() {
    Random random = new Random(21);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder sb = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
      int n = random.nextInt(12);
      for (int j = 0; j < n; j++) sb.append(PIECES.get(random.nextInt(PIECES.size())));
      String text = sb.toString();
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertEquals(
          plainlyNormalized(text), ContentHash.normalized(text), () -> "for " + escaped(text));
      assertEquals(
          ContentHash.ofText(text), ContentHash.ofUtf8(bytes, text), () -> "for " + escaped(text));
      assertEquals(ContentHash.ofText(text), ContentHash.of(bytes), () -> "for " + escaped(text));
    }
  }

  @Test
  void editorDifferencesGiveTheSameHashAndWordsAnother() {
    String hash = ContentHash.of("Talks resume.\nIn Geneva.\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        hash,
        ContentHash.of(
            "\uFEFF\r\nTalks resume.  \r\nIn Geneva.\t\r\n\r\n".getBytes(StandardCharsets.UTF_8)));
    assertNotEquals(
        hash, ContentHash.of("Talks resumed.\nIn Geneva.\n".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void bytesThatAreNotUtf8AreReportedAsSuch() {
    assertEquals(null, ContentHash.utf8(new byte[] {'a', (byte) 0xC3}));
    assertEquals("a\uFFFDb", ContentHash.utf8("a\uFFFDb".getBytes(StandardCharsets.UTF_8)));
  }

  /** The normalisation spelt out step by step, as hashes stored by earlier versions were made. */
  private static String plainlyNormalized(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    t =
        java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFC)
            .replace("\r\n", "\n")
            .replace('\r', '\n');
    StringBuilder out = new StringBuilder();
    for (String line : t.split("\n", -1)) out.append(line.stripTrailing()).append('\n');
    String joined = out.toString();
    int start = 0;
    while (start < joined.length() && joined.charAt(start) == '\n') start++;
    int end = joined.length();
    while (end > start && joined.charAt(end - 1) == '\n') end--;
    return joined.substring(start, end) + "\n";
  }

  private static String escaped(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints()
        .forEach(
            cp ->
                sb.append(
                    cp < 0x80 && cp >= 0x20
                        ? String.valueOf((char) cp)
                        : String.format("\\u%04X", cp)));
    return sb.toString();
  }
}
