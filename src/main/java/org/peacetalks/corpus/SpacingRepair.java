package org.peacetalks.corpus;

import java.util.regex.Pattern;

/**
 * Puts back the space that scrapers lose after punctuation ("position.He",
 * "meeting,confirmed", "U.S.President") without touching "U.S.", "3.5", "100,000" or web
 * addresses. Only spaces are added: the wording stays the article's.
 */
final class SpacingRepair {
  /** "U.S.President", "U.S.envoy", "a.m.on": an initialism directly followed by a word. */
  private static final Pattern AFTER_INITIALISM =
      Pattern.compile("\\b((?:\\p{Lu}\\.){2,})(?=\\p{Lu}\\p{Ll}|\\p{Ll}{3})|\\b([ap]\\.m\\.)(?=\\p{L}{2})");
  /** "Mr.Merz", "Dec.15": a title or month abbreviation glued to the name or day after it. */
  private static final Pattern AFTER_ABBREVIATION = Pattern.compile(
      "\\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|St)\\.(?=\\p{Lu}\\p{Ll})"
          + "|\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.(?=\\d)");
  /** "position.He", "27.Speaking": a sentence end glued to the next sentence. */
  private static final Pattern AFTER_PERIOD = Pattern.compile("(?<=[\\p{Ll}\\d]{2}[)\"”’'»]?)([.!?])(?=[“‘«]?\\p{Lu})");
  /** "meeting,confirmed", "Thursday,November": a comma glued to a word (not "100,000"). */
  private static final Pattern AFTER_COMMA = Pattern.compile("(?<=[\\p{L}\\d)\"”’»]),(?=[\\p{L}“‘«])");
  /** "said;the", "note:the" glued after a word. */
  private static final Pattern AFTER_SEMICOLON =
      Pattern.compile("(?<=\\p{Ll});(?=\\p{L})|(?<=\\p{Ll}{2}):(?=[\"“«]?\\p{Lu})");
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

  /** Punctuation directly followed by a letter or an opening quote: where a space may be missing. */
  private static boolean hasGluedPunctuation(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':') {
        char next = text.charAt(i + 1);
        if (Character.isLetterOrDigit(next) || next == '“' || next == '‘' || next == '«' || next == '"') return true;
      }
    }
    return false;
  }

  private static String repairPlain(String text) {
    String s = AFTER_INITIALISM.matcher(text).replaceAll("$0 ");
    s = AFTER_ABBREVIATION.matcher(s).replaceAll("$0 ");
    s = AFTER_PERIOD.matcher(s).replaceAll("$1 ");
    s = AFTER_COMMA.matcher(s).replaceAll(", ");
    s = AFTER_SEMICOLON.matcher(s).replaceAll("$0 ");
    return s;
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
