package org.peacetalks.digest;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time argument of {@code /subscribe [HH:MM]}: {@code H:MM} or {@code HH:MM}, 24-hour,
 * 00:00 to 23:59. Anything else is refused with a message fit to show the user.
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
      throw new InvalidTimeException("“" + t + "” is not a time. Use HH:MM in 24-hour time, e.g. /subscribe 08:30");
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    if (hour > 23) {
      throw new InvalidTimeException("“" + t + "”: hours go from 00 to 23 (use 00:00 for midnight), e.g. /subscribe 08:30");
    }
    if (minute > 59) {
      throw new InvalidTimeException("“" + t + "”: minutes go from 00 to 59, e.g. /subscribe 08:30");
    }
    return LocalTime.of(hour, minute);
  }

  /** A time the user wrote that is not one; the message says what to write instead. */
  public static final class InvalidTimeException extends Exception {
    InvalidTimeException(String message) {
      super(message);
    }
  }
}
