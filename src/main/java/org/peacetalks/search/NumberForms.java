package org.peacetalks.search;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites numbers and dates in a question the way news articles write them, so that "600k", "nov
 * 8th" or "29/11" find "600,000", "November 8" and "29 November": thousands spelt with k, ordinal
 * suffixes, abbreviated month names next to a day, and day/month dates (both readings when either
 * could be the month, as "8/12" is 8 December in Kyiv and August 12 in Washington). Decimals,
 * fractions, clock times and percentages are left as written.
 */
final class NumberForms {
  private static final Pattern THOUSANDS =
      Pattern.compile("\\b(\\d{1,3})k\\b", Pattern.CASE_INSENSITIVE);

  /** "2m", "1.5mn": written against the number, so that "500 m" (metres) stays as it is. */
  private static final Pattern MILLIONS =
      Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:\\.\\d)?)(m|mn|mln)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern ORDINAL =
      Pattern.compile("\\b(\\d{1,2})(st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * "29/11", "29/11/2025", "29.11.2025" — but not "3.5", "2.1", "10.30" or "1.5m" (a dot makes a
   * date only with a year), nor a fraction or a percentage.
   */
  private static final Pattern NUMERIC_DATE =
      Pattern.compile(
          "(?<![\\d.,/])(?:(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}))(?![\\d/%]|[.,]\\d|\\s?(?:m|mn|bn|million|billion)\\b)");

  private static final Pattern SHORT_MONTH =
      Pattern.compile(
          "\\b(jan|feb|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?(?=\\s*\\d{1,2}\\b)|(?<=\\b\\d{1,2}\\s?)(jan|feb|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b\\.?",
          Pattern.CASE_INSENSITIVE);
  private static final Map<String, Month> MONTHS =
      Map.ofEntries(
          // "mar" is left out: "did the strikes mar 3 rounds" is a verb far more often than March.
          Map.entry("jan", Month.JANUARY),
          Map.entry("feb", Month.FEBRUARY),
          Map.entry("apr", Month.APRIL),
          Map.entry("jun", Month.JUNE),
          Map.entry("jul", Month.JULY),
          Map.entry("aug", Month.AUGUST),
          Map.entry("sep", Month.SEPTEMBER),
          Map.entry("sept", Month.SEPTEMBER),
          Map.entry("oct", Month.OCTOBER),
          Map.entry("nov", Month.NOVEMBER),
          Map.entry("dec", Month.DECEMBER));

  private NumberForms() {}

  static String normalize(String question) {
    String s = THOUSANDS.matcher(question).replaceAll("$1,000");
    s = MILLIONS.matcher(s).replaceAll("$1 million");
    s = ORDINAL.matcher(s).replaceAll("$1");
    s =
        replace(
            SHORT_MONTH,
            s,
            m ->
                monthName(
                    MONTHS.get(
                        (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT))));
    return replace(NUMERIC_DATE, s, NumberForms::date);
  }

  private static String date(Matcher m) {
    boolean slash = m.group(1) != null;
    int a = Integer.parseInt(slash ? m.group(1) : m.group(4));
    int b = Integer.parseInt(slash ? m.group(2) : m.group(5));
    String year = slash ? m.group(3) : m.group(6);
    if (slash && year == null && (a < b && b <= 4 || a == 24 && b == 7))
      return m.group(); // "1/2", "3/4", "24/7"
    String date = dayOrMonthFirst(a, b, m.group());
    return year == null || date.equals(m.group())
        ? date
        : date + " " + (year.length() == 2 ? "20" + year : year);
  }

  private static String dayOrMonthFirst(int a, int b, String asWritten) {
    boolean dayMonth = a >= 1 && a <= 31 && b >= 1 && b <= 12;
    boolean monthDay = b >= 1 && b <= 31 && a >= 1 && a <= 12;
    if (dayMonth && monthDay && a != b)
      return a + " " + monthName(Month.of(b)) + " " + monthName(Month.of(a)) + " " + b;
    if (dayMonth) return a + " " + monthName(Month.of(b));
    if (monthDay) return monthName(Month.of(a)) + " " + b;
    return asWritten;
  }

  private static String monthName(Month month) {
    return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String replace(
      Pattern p, String s, java.util.function.Function<Matcher, String> with) {
    Matcher m = p.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
    m.appendTail(out);
    return out.toString();
  }
}
