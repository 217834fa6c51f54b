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
    String utf8 = utf8(bytes);
    return ofText(utf8 != null ? utf8 : new String(bytes, StandardCharsets.ISO_8859_1)); // one char per byte: the same bytes, the same text
  }

  /** The hash of a file whose bytes were {@code text} in UTF-8 (decoded once by the caller). */
  static String ofText(String text) {
    return ArticleParser.sha256(normalized(text).getBytes(StandardCharsets.UTF_8));
  }

  /** The text as hashed: NFC, LF line ends, no trailing spaces, no leading or trailing blank lines, one final LF. */
  static String normalized(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    t = Normalizer.normalize(t, Normalizer.Form.NFC);
    // One pass instead of replace, split, strip and join: pages run to megabytes.
    StringBuilder out = new StringBuilder(t.length() + 1);
    int lineStart = 0;
    int n = t.length();
    while (lineStart <= n) {
      int end = lineStart;
      while (end < n && t.charAt(end) != '\n' && t.charAt(end) != '\r') end++;
      int kept = end;
      while (kept > lineStart) { // stripTrailing, by code point as String does
        int cp = Character.codePointBefore(t, kept);
        if (!Character.isWhitespace(cp)) break;
        kept -= Character.charCount(cp);
      }
      out.append(t, lineStart, kept).append('\n');
      if (end < n && t.charAt(end) == '\r' && end + 1 < n && t.charAt(end + 1) == '\n') end++;
      lineStart = end + 1;
    }
    int start = 0;
    while (start < out.length() && out.charAt(start) == '\n') start++;
    int end = out.length();
    while (end > start && out.charAt(end - 1) == '\n') end--;
    return out.substring(start, end) + "\n";
  }

  /**
   * The bytes as UTF-8 text, or {@code null} when they are not UTF-8. The String constructor is
   * many times faster than a reporting decoder; it puts U+FFFD where bytes are malformed, so only
   * text holding that character needs the strict decoder to tell which it is.
   */
  static String utf8(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) return text;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
