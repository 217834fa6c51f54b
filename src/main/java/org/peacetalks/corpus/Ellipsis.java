package org.peacetalks.corpus;

/** Cutting plain text to a length for display: at a word boundary, with an ellipsis when cut. */
public final class Ellipsis {
  private Ellipsis() {}

  /**
   * {@code text} when it fits in {@code max} chars; else its start, cut at the last space in the
   * second half of the room (mid-word only when there is none), stripped, plus "…". Never splits a
   * surrogate pair (an emoji).
   */
  public static String cut(String text, int max) {
    if (text.length() <= max) return text;
    if (max <= 1) return "…";
    int end = max - 1; // exclusive; one char left for the ellipsis
    int space = text.lastIndexOf(' ', end);
    if (space > max / 2) end = space;
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) end--;
    return text.substring(0, end).stripTrailing() + "…";
  }
}
