package org.peacetalks.corpus;

import java.util.regex.Pattern;

/**
 * Puts back the space that scrapers lose after punctuation ("position.He", "meeting,confirmed",
 * "U.S.President") without touching "U.S.", "3.5", "100,000" or web addresses. Only spaces are
 * added: the wording stays the article's.
 */
final class SpacingRepair {
  /** "U.S.President", "U.S.envoy", "a.m.on": an initialism directly followed by a word. */
  private static final Pattern AFTER_INITIALISM =
      Pattern.compile(
          "\\b((?:\\p{Lu}\\.){2,})(?=\\p{Lu}\\p{Ll}|\\p{Ll}{3})|\\b([ap]\\.m\\.)(?=\\p{L}{2})");

  /** "Mr.Merz", "Dec.15": a title or month abbreviation glued to the name or day after it. */
  private static final Pattern AFTER_ABBREVIATION =
      Pattern.compile(
          "\\.(?<=\\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|St)\\.)(?=\\p{Lu}\\p{Ll})"
              + "|\\.(?<=\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.)(?=\\d)");

  /** "position.He", "27.Speaking": a sentence end glued to the next sentence. */
  private static final Pattern AFTER_PERIOD =
      Pattern.compile("([.!?])(?<=[\\p{Ll}\\d]{2}[)\"”’'»]?[.!?])(?=[“‘«]?\\p{Lu})");

  /** "unacceptable.”The": a sentence and its closing quote glued to the next sentence. */
  private static final Pattern AFTER_CLOSING_QUOTE =
      Pattern.compile("([”’\"])(?<=\\p{Ll}{2}[.!?][”’\"])(?=\\p{Lu}\\p{Ll})");

  /** "meeting,confirmed", "Thursday,November": a comma glued to a word (not "100,000"). */
  private static final Pattern AFTER_COMMA =
      Pattern.compile(",(?<=[\\p{L}\\d)\"”’»],)(?=[\\p{L}“‘«])");

  /** "said;the", "note:the" glued after a word. */
  private static final Pattern AFTER_SEMICOLON =
      Pattern.compile(";(?<=\\p{Ll};)(?=\\p{L})|:(?<=\\p{Ll}{2}:)(?=[\"“«]?\\p{Lu})");

  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");

  private SpacingRepair() {}

  static String repair(String text) {
    if (!hasGluedPunctuation(text)) return text; // the common case: nothing to do, no regex run
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if ((lower.contains("http") || lower.contains("www.")) && URL.matcher(text).find()) {
      return repairAroundUrls(text);
    }
    return repairPlain(text);
  }

  /**
   * Punctuation directly followed by a letter or an opening quote: where a space may be missing.
   */
  private static boolean hasGluedPunctuation(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':') {
        char next = text.charAt(i + 1);
        if (Character.isLetter(next) || next == '“' || next == '‘' || next == '«' || next == '"')
          return true;
        // "Dec.15" (not "3.5" or "100,000": a digit glued after a letter's period only)
        if (c == '.' && Character.isDigit(next) && i > 0 && Character.isLetter(text.charAt(i - 1)))
          return true;
        // "unacceptable.”The": a closing quote glued to the next word (not "said.” He", the usual
        // case)
        if ((next == '”' || next == '’')
            && i + 2 < text.length()
            && Character.isLetter(text.charAt(i + 2))) return true;
      }
    }
    return false;
  }

  /**
   * Runs each pattern only where its punctuation is glued to what follows (most text has none), and
   * each pattern starts with its punctuation, so the matcher skips to it instead of testing a
   * lookbehind at every character.
   */
  private static String repairPlain(String text) {
    String s = text;
    if (glued(s, '.', true)) {
      s = AFTER_INITIALISM.matcher(s).replaceAll("$0 ");
      s = AFTER_ABBREVIATION.matcher(s).replaceAll("$0 ");
    }
    if (s.contains(".”")
        || s.contains(".’")
        || s.contains(".\"")
        || s.contains("!”")
        || s.contains("?”")) {
      s = AFTER_CLOSING_QUOTE.matcher(s).replaceAll("$1 ");
    }
    if (glued(s, '.', false) || glued(s, '!', false) || glued(s, '?', false))
      s = AFTER_PERIOD.matcher(s).replaceAll("$1 ");
    if (glued(s, ',', false)) s = AFTER_COMMA.matcher(s).replaceAll(", ");
    if (glued(s, ';', false) || glued(s, ':', false))
      s = AFTER_SEMICOLON.matcher(s).replaceAll("$0 ");
    return s;
  }

  /**
   * Whether {@code punctuation} is directly followed by a letter or quote somewhere (or a digit, if
   * asked).
   */
  private static boolean glued(String text, char punctuation, boolean digitsToo) {
    for (int i = text.indexOf(punctuation);
        i >= 0 && i + 1 < text.length();
        i = text.indexOf(punctuation, i + 1)) {
      char next = text.charAt(i + 1);
      if (Character.isLetter(next)
          || next == '“'
          || next == '‘'
          || next == '«'
          || next == '"'
          || next == '»'
          || digitsToo && Character.isDigit(next)) {
        return true;
      }
    }
    return false;
  }

  private static String repairAroundUrls(String text) {
    StringBuilder out = new StringBuilder();
    var m = URL.matcher(text);
    int last = 0;
    while (m.find()) {
      out.append(repairPlain(text.substring(last, m.start()))).append(m.group());
      last = m.end();
    }
    return out.append(repairPlain(text.substring(last))).toString();
  }
}
