package org.peacetalks.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The identity of an article's content, for refusing a second copy: SHA-256 of the text after
 * the differences an editor or an upload makes without changing a word are taken out. A byte
 * order mark, Windows or old Mac line ends, spaces at the ends of lines, blank lines before and
 * after, and composed versus decomposed accents (Unicode NFC) all give the same hash. Anything
 * else, a changed word or a moved paragraph, gives another.
 */
public final class ContentHash {
  private ContentHash() {}

  /** The hash of a file's bytes (UTF-8; bytes that are not are hashed as they are, one by one). */
  public static String of(byte[] bytes) {
    return ArticleParser.sha256(normalized(decode(bytes)).getBytes(StandardCharsets.UTF_8));
  }

  /** The text as hashed: NFC, LF line ends, no trailing spaces, no leading or trailing blank lines, one final LF. */
  static String normalized(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    t = Normalizer.normalize(t, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(t.length());
    for (String line : t.split("\n", -1)) out.append(line.stripTrailing()).append('\n');
    String joined = out.toString();
    int start = 0;
    while (start < joined.length() && joined.charAt(start) == '\n') start++;
    int end = joined.length();
    while (end > start && joined.charAt(end - 1) == '\n') end--;
    return joined.substring(start, end) + "\n";
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1); // one char per byte: the same bytes, the same text
    }
  }
}
