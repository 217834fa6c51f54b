package org.peacetalks.digest;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time argument of {@code /subscribe [HH:MM]}: {@code H:MM} or {@code HH:MM}, 24-hour, 00:00 to
 * 23:59. Anything else is refused with a message fit to show the user.
 */
public final class SubscribeTime {
  private static final Pattern TIME = Pattern.compile("([0-9]{1,2}):([0-9]{2})");

  private SubscribeTime() {}

  /**
   * Parses {@code text} (surrounding blanks ignored).
   *
   * @throws InvalidTimeException with a message for the user, e.g. for "9.30", "24:00", "7pm"
   */
  public static LocalTime parse(String text) throws InvalidTimeException {
    String t = text == null ? "" : text.strip();
    Matcher m = TIME.matcher(t);
    if (!m.matches()) {
      throw new InvalidTimeException(
          Problem.NOT_A_TIME,
          t,
          "“" + t + "” is not a time. Use HH:MM in 24-hour time, e.g. /subscribe 08:30");
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    if (hour > 23) {
      throw new InvalidTimeException(
          Problem.HOURS,
          t,
          "“" + t + "”: hours go from 00 to 23 (use 00:00 for midnight), e.g. /subscribe 08:30");
    }
    if (minute > 59) {
      throw new InvalidTimeException(
          Problem.MINUTES, t, "“" + t + "”: minutes go from 00 to 59, e.g. /subscribe 08:30");
    }
    return LocalTime.of(hour, minute);
  }

  /** What is wrong with a time: not one at all, or hours or minutes out of range. */
  public enum Problem {
    NOT_A_TIME,
    HOURS,
    MINUTES
  }

  /**
   * A time the user wrote that is not one: the problem and the text, for the chat to word in its
   * language; the message says it in English (the command line, logs).
   */
  public static final class InvalidTimeException extends Exception {
    private final Problem problem;
    private final String text;

    InvalidTimeException(Problem problem, String text, String message) {
      super(message);
      this.problem = problem;
      this.text = text;
    }

    public Problem problem() {
      return problem;
    }

    /** What the user wrote, stripped. */
    public String text() {
      return text;
    }
  }
}
