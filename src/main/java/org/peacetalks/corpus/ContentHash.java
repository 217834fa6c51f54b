package org.peacetalks.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The identity of an article's content, for refusing a second copy: SHA-256 of the text after the
 * differences an editor or an upload makes without changing a word are taken out. A byte order
 * mark, Windows or old Mac line ends, spaces at the ends of lines, blank lines before and after,
 * and composed versus decomposed accents (Unicode NFC) all give the same hash. Anything else, a
 * changed word or a moved paragraph, gives another.
 */
public final class ContentHash {
  private ContentHash() {}

  /** The hash of a file's bytes (UTF-8; bytes that are not are hashed as they are, one by one). */
  public static String of(byte[] bytes) {
    String utf8 = utf8(bytes);
    return ofText(
        utf8 != null
            ? utf8
            : new String(
                bytes,
                StandardCharsets.ISO_8859_1)); // one char per byte: the same bytes, the same text
  }

  /** The hash of a file whose bytes were {@code text} in UTF-8 (decoded once by the caller). */
  static String ofText(String text) {
    return ArticleParser.sha256(normalized(text).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The same hash as {@link #ofText}, for {@code bytes} that are {@code text} in UTF-8, computed on
   * the bytes: when the text is already NFC (nearly every file), line ends and trailing blanks are
   * taken out byte by byte, without building and encoding a normalised copy of a page that may run
   * to megabytes. Every blank {@link Character#isWhitespace} knows is ASCII or one of a few
   * three-byte sequences, and no byte of a multi-byte sequence is ASCII, so the lines and their
   * blanks are the same as in the text.
   */
  static String ofUtf8(byte[] bytes, String text) {
    if (!isAscii(bytes) && !Normalizer.isNormalized(text, Normalizer.Form.NFC)) return ofText(text);
    int from =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    MessageDigest digest = ArticleParser.sha256Digest();
    int lineStart = from;
    int pendingBlankLines = 0; // blank lines are written only when a line with text follows them
    boolean anyText = false;
    while (lineStart <= bytes.length) {
      int end = lineStart;
      while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') end++;
      int kept = withoutTrailingBlanks(bytes, lineStart, end);
      if (kept == lineStart) {
        if (anyText) pendingBlankLines++;
      } else {
        for (; pendingBlankLines > 0; pendingBlankLines--) digest.update((byte) '\n');
        digest.update(bytes, lineStart, kept - lineStart);
        digest.update((byte) '\n');
        anyText = true;
      }
      if (end < bytes.length
          && bytes[end] == '\r'
          && end + 1 < bytes.length
          && bytes[end + 1] == '\n') end++;
      lineStart = end + 1;
    }
    if (!anyText) digest.update((byte) '\n');
    return HexFormat.of().formatHex(digest.digest());
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) if (b < 0) return false;
    return true;
  }

  /**
   * Where the line {@code [start, end)} ends without its trailing blanks ({@link
   * Character#isWhitespace}).
   */
  private static int withoutTrailingBlanks(byte[] b, int start, int end) {
    while (end > start) {
      int last = b[end - 1] & 0xFF;
      if (last == ' ' || last >= 0x09 && last <= 0x0D || last >= 0x1C && last <= 0x1F) {
        end--;
      } else if (end - start >= 3 && isWideBlank(b[end - 3] & 0xFF, b[end - 2] & 0xFF, last)) {
        end -= 3;
      } else {
        return end;
      }
    }
    return end;
  }

  /** U+1680, U+2000–U+2006, U+2008–U+200A, U+2028, U+2029, U+205F, U+3000 in UTF-8. */
  private static boolean isWideBlank(int b0, int b1, int b2) {
    if (b0 == 0xE1) return b1 == 0x9A && b2 == 0x80;
    if (b0 == 0xE3) return b1 == 0x80 && b2 == 0x80;
    if (b0 != 0xE2) return false;
    if (b1 == 0x81) return b2 == 0x9F;
    return b1 == 0x80
        && (b2 >= 0x80 && b2 <= 0x86 || b2 >= 0x88 && b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9);
  }

  /**
   * The text as hashed: NFC, LF line ends, no trailing spaces, no leading or trailing blank lines,
   * one final LF.
   */
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
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
