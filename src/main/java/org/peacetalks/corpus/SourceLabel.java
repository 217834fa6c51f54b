package org.peacetalks.corpus;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@code source:} line into a .txt or .md article's front matter: how an uploaded file
 * that names no outlet keeps the name its sender gave it, as the label of last resort in answers,
 * through rebuilds (the file is the corpus). The line is pure ASCII (everything else escaped the
 * YAML way), and the bytes around it are kept exactly, so a file in any encoding the parser reads
 * stays readable.
 */
public final class SourceLabel {
  /** Labels are cut to this many characters: a source line must stay one line. */
  static final int MAX_CHARS = 100;

  private static final Pattern OPENING =
      Pattern.compile("\\A(?:\u00EF\u00BB\u00BF)?\\s*---[ \\t]*\\R");

  private SourceLabel() {}

  /**
   * {@code content} with {@code source: "label"} as the first front matter line (front matter added
   * when there is none). The caller checks that the content named no source of its own.
   */
  public static byte[] add(byte[] content, String label) {
    // Latin-1 maps each byte to one char and back: the rest of the file comes back byte for byte.
    String text = new String(content, StandardCharsets.ISO_8859_1);
    String line = "source: " + quoted(label) + "\n";
    Matcher m = OPENING.matcher(text);
    String labelled;
    if (m.find()) {
      labelled = text.substring(0, m.end()) + line + text.substring(m.end());
    } else {
      String bom = text.startsWith("\u00EF\u00BB\u00BF") ? "\u00EF\u00BB\u00BF" : "";
      labelled = bom + "---\n" + line + "---\n" + text.substring(bom.length());
    }
    return labelled.getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * The name a sender gave a file, as a label: no folders, no control characters, one line, cut to
   * {@value #MAX_CHARS} characters; empty when nothing is left.
   */
  public static String fromUploadedName(String name) {
    if (name == null) return "";
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    String clean = base.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\s]+", " ").strip();
    if (clean.codePointCount(0, clean.length()) <= MAX_CHARS) return clean;
    return clean.substring(0, clean.offsetByCodePoints(0, MAX_CHARS - 1)).strip() + "…";
  }

  /** A YAML double-quoted scalar in ASCII: {@code \\uXXXX} / {@code \\UXXXXXXXX} for the rest. */
  static String quoted(String value) {
    StringBuilder out = new StringBuilder("\"");
    value
        .codePoints()
        .forEach(
            cp -> {
              if (cp == '"' || cp == '\\') out.append('\\').appendCodePoint(cp);
              else if (cp >= 0x20 && cp < 0x7f) out.appendCodePoint(cp);
              else if (cp < 0x10000) out.append(String.format("\\u%04X", cp));
              else out.append(String.format("\\U%08X", cp));
            });
    return out.append('"').toString();
  }
}
