package org.peacetalks.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole numbers from ten to ninety-nine written both ways: a question's "15" also looks for
 * "fifteen", its "twenty" also for "20", and "28" for "twenty-eight", as analysed terms. News style
 * spells out some numbers and not others, and people in a chat rarely follow it. Numbers below ten
 * are left alone: "one" and "two" are in nearly every paragraph, and would make a question's rare
 * "2" as weak as they are.
 */
final class NumberWords {
  private static final String[] UNITS = {
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen"
  };
  private static final String[] TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };

  /** Analysed terms of each number's words, by its digits: "28" → [twenti, eight]. */
  private final Map<String, List<String>> words = new HashMap<>();

  /** The digits of a one-word number, by its analysed term: "twenti" → 20. */
  private final Map<String, String> digits = new HashMap<>();

  NumberWords(DomainAnalyzer analyzer) {
    for (int n = 10; n <= 99; n++) {
      String written = n < 20 ? UNITS[n] : TENS[n / 10] + (n % 10 == 0 ? "" : "-" + UNITS[n % 10]);
      List<String> terms = new ArrayList<>();
      for (DomainAnalyzer.Token t : analyzer.tokens(written)) terms.add(t.term());
      if (terms.isEmpty()) continue;
      words.put(Integer.toString(n), List.copyOf(terms));
      if (terms.size() == 1) digits.put(terms.get(0), Integer.toString(n));
    }
  }

  /** The other way of writing a question's term, or an empty list when it is no such number. */
  List<String> otherWay(String term) {
    List<String> spelled = words.get(term);
    if (spelled != null) return spelled;
    String n = digits.get(term);
    return n == null ? List.of() : List.of(n);
  }
}
