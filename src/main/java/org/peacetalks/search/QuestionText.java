package org.peacetalks.search;

import java.util.regex.Pattern;

/**
 * What the engine accepts as a question: control and formatting characters removed, whitespace
 * collapsed, bounded length. Rejections carry a message for the person who asked.
 */
final class QuestionText {
  static final int MAX_LENGTH = 1000;
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}&&[^\\t\\n\\r]]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private QuestionText() {}

  /** The cleaned question, or {@code null} when nothing is left of it. */
  static String clean(String raw) {
    if (raw == null) return null;
    String s = CONTROL.matcher(raw).replaceAll("");
    s = SPACES.matcher(s).replaceAll(" ").strip();
    return s.isEmpty() ? null : s;
  }

  /** Why a cleaned question cannot be searched, or {@code null} when it can. */
  static String problem(String cleaned) {
    if (cleaned == null) return "Please type a question, for example: What does Russia demand?";
    if (cleaned.length() > MAX_LENGTH) {
      return "That is too long for a question (" + cleaned.length() + " characters). Please keep it under "
          + MAX_LENGTH + " characters.";
    }
    return null;
  }
}
