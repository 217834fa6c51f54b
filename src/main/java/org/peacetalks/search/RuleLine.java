package org.peacetalks.search;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a hand-edited rules file (the synonyms, the glossary): its number, for error messages
 * that point at it, and its text with any {@code #} comment cut off.
 */
record RuleLine(int number, String text) {
  /** The lines of {@code text} that hold a rule: comments cut off, blank lines skipped. */
  static List<RuleLine> read(String text) {
    List<RuleLine> out = new ArrayList<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = line.indexOf('#');
      if (hash >= 0) line = line.substring(0, hash);
      if (!line.isBlank()) out.add(new RuleLine(i + 1, line));
    }
    return out;
  }
}
