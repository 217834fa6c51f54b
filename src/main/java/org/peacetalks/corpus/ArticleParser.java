package org.peacetalks.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one article file: checks that it is text the bot can read (size, binary content, UTF-8, or
 * Windows-1252 when it is not UTF-8), picks the reader by extension, and cleans the result into an
 * {@link Article}.
 *
 * <p>Thread-safe: holds no mutable state.
 */
public final class ArticleParser {
  /** Extensions the bot reads, lower case with the dot. */
  public static final Set<String> EXTENSIONS = Set.of(".txt", ".md", ".html", ".htm");

  /** The formats as people are told them (.htm being .html's other spelling). */
  public static final String FORMATS = ".txt, .md or .html";

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Control characters no text file holds (tabs, line and page breaks aside). */
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([\\w.:-]{1,40})");

  private static final Pattern CONTROL = Pattern.compile("[\\x01-\\x08\\x0B\\x0E-\\x1F\\x7F]");

  private final long maxBytes;
  private final Map<String, ArticleReader> readers;
  private final ParagraphAssembler assembler = new ParagraphAssembler();

  /**
   * @param maxBytes the largest file accepted; larger ones are refused with a reason
   */
  public ArticleParser(long maxBytes) {
    if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes <= 0: " + maxBytes);
    this.maxBytes = maxBytes;
    ArticleReader html = new HtmlArticleReader();
    this.readers =
        Map.of(
            ".txt",
            new TextArticleReader(),
            ".md",
            new MarkdownArticleReader(),
            ".html",
            html,
            ".htm",
            html);
    // One list of formats: a reader added here must be added to EXTENSIONS, which the store scans
    // by.
    if (!readers.keySet().equals(EXTENSIONS))
      throw new IllegalStateException("readers " + readers.keySet() + " != " + EXTENSIONS);
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** The lower-case extension of a file name with its dot, or "" when there is none. */
  public static String extensionOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(dot).toLowerCase(Locale.ROOT) : "";
  }

  /**
   * Parses {@code bytes} as the file {@code fileName}.
   *
   * @throws UnreadableArticleException with the reason, for the operator, when the file is not an
   *     article the bot can index
   */
  public Article parse(String fileName, byte[] bytes) throws UnreadableArticleException {
    String ext = extensionOf(fileName);
    ArticleReader reader = readers.get(ext);
    if (reader == null) {
      throw new UnreadableArticleException(
          UnreadableReason.of(
              UnreadableReason.Kind.UNSUPPORTED_TYPE, ext.isEmpty() ? fileName : ext));
    }
    checkSize(bytes);
    String utf8 = ContentHash.utf8(bytes);
    String text = decode(bytes, utf8, ext.startsWith(".htm"));
    RawArticle raw;
    try {
      raw = reader.read(text);
    } catch (StackOverflowError e) {
      // thousands of nested elements
      throw new UnreadableArticleException(UnreadableReason.Kind.TOO_DEEP);
    }
    String id = Article.idOf(fileName);
    ParagraphAssembler.Assembled assembled = assembler.assemble(raw, id);
    if (assembled.paragraphs().isEmpty() && reader instanceof HtmlArticleReader page) {
      // A page a person can read is never refused: take its densest text instead.
      assembled = assembler.assemble(page.fallback(text, raw), id);
    }
    if (assembled.paragraphs().isEmpty()) {
      throw new UnreadableArticleException(UnreadableReason.Kind.NO_TEXT);
    }
    String source = raw.source() != null ? raw.source() : fileName;
    return new Article(
        id,
        assembled.title(),
        source,
        raw.url(),
        assembled.published(),
        fileName,
        utf8 != null ? ContentHash.ofUtf8(bytes, utf8) : ContentHash.of(bytes),
        assembled.paragraphs());
  }

  private void checkSize(byte[] bytes) throws UnreadableArticleException {
    if (bytes.length > maxBytes) {
      throw new UnreadableArticleException(UnreadableReason.tooLarge(bytes.length, maxBytes));
    }
  }

  /** The file's text; {@code utf8} is its bytes decoded as UTF-8, or null when they are not. */
  private static String decode(byte[] bytes, String utf8, boolean html)
      throws UnreadableArticleException {
    for (byte b : bytes) {
      if (b == 0) throw new UnreadableArticleException(UnreadableReason.Kind.BINARY);
    }
    String text = utf8;
    if (text == null && html) {
      Charset declared =
          declaredCharset(bytes); // <meta charset="windows-1251"> on an older Russian page
      if (declared != null) text = strictly(declared, bytes);
    }
    if (text == null) {
      // Not UTF-8: most likely saved by an older Windows editor (curly quotes as 0x93/0x94). Text
      // in
      // another single-byte code page (Cyrillic, say) also decodes, as a run of accented Latin
      // letters, so that is refused rather than indexed as gibberish.
      text = strictly(WINDOWS_1252, bytes);
      if (text == null || CONTROL.matcher(text).find() || mostlyAccented(text)) {
        throw new UnreadableArticleException(UnreadableReason.Kind.NOT_TEXT);
      }
    }
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    if (text.isBlank()) throw new UnreadableArticleException(UnreadableReason.Kind.EMPTY);
    return text;
  }

  /** The charset an HTML page declares in its first few kilobytes, if Java knows it. */
  private static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) return null;
    try {
      return Charset.isSupported(m.group(1)) ? Charset.forName(m.group(1)) : null;
    } catch (IllegalArgumentException e) {
      return null; // an illegal charset name
    }
  }

  /** More than a fifth of the letters in À..ÿ: another code page read as Windows-1252. */
  private static boolean mostlyAccented(String text) {
    int letters = 0;
    int accented = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) continue;
      letters++;
      if (c >= '\u00C0' && c <= '\u00FF') accented++;
    }
    return accented > 0.2 * letters;
  }

  /** The text, or null when the bytes are not valid in this charset. */
  private static String strictly(Charset charset, byte[] bytes) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Hex SHA-256 of the bytes: the identity of an article's content. */
  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(sha256Digest().digest(bytes));
  }

  static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
