package org.peacetalks.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the text that scraped news pages carry around an article: bylines, read times,
 * empty date stubs, share, reply and feedback widgets, navigation words, cookie banners, and the
 * "Related articles" blocks whose off-topic teasers must never answer a question.
 *
 * <p>Lines are matched whole and case-insensitively, so a sentence that merely mentions
 * "share" or "comments" is never taken for a widget.
 */
final class Boilerplate {
  /** A line from which everything to the end of the page is other content. */
  private static final Pattern END_OF_ARTICLE = whole(
      "related( articles| posts| stories| news| content| reading)?:?",
      "read more:?", "read next:?", "more (from|on|in) .{1,40}", "most (viewed|read|popular)",
      "editor'?s'? picks?", "you (may|might) also (like|be interested in)", "recommended( for you| reading)?",
      "more stories", "trending( now)?", "latest news", "popular (posts|stories)", "also read:?",
      "further reading");

  private static final Pattern NOISE = whole(
      // bylines and reading aids
      "by [\\p{L}.'’ -]{1,40}", "admin", "(posted|written|published) by .{1,40}",
      "\\d{1,3} min(ute)?s? read", "listen to (this )?(article|story)( \\d+ min.*)?", "date:?",
      "print( this)?( article| page)?", "(updated|published|last updated):? .{1,40}",
      // share, reply and feedback widgets
      "share( this( article| post| story| page)?| on \\w+| via \\w+)?:?", "facebook", "x", "twitter",
      "whatsapp", "telegram", "linkedin", "reddit", "pinterest", "email", "e-mail", "copy link",
      "copy url", "tweet", "leave a (reply|comment)", "comments? (are|is) closed\\.?", "\\d+ comments?",
      "(no|view|show|add a) comments?", "reply", "report a problem", "problem reported",
      "thank(s| you) for (your feedback|letting us know)!?\\.?", "was this (article|story|page) helpful\\??",
      "yes", "no", "send feedback", "help us improve.{0,80}", "give feedback",
      // navigation and page chrome
      "navigation", "menu", "search", "home", "skip to (main )?content", "toggle navigation",
      "subscribe( now)?", "sign (in|up)( .{0,40})?", "log ?in", "newsletter", "ask \\w+",
      "please (turn on|enable) javascript.{0,60}", "live", "key events", "show key events only",
      "advertisement", "sponsored( content)?", "posted in .{1,80}", "tagged:? .{1,80}",
      "filed under:? .{1,80}", "categories:? .{1,80}", "(photo|image|file photo|illustration)( credit)?:? .{0,60}",
      "(accept|reject|manage) (all|cookies|preferences|non-essential).{0,20}", "i agree", "got it");

  private static final Pattern COOKIES = Pattern.compile(
      "(?i)\\bcookies?\\b.{0,200}\\b(agree|accept|consent|continu\\w* to (use|browse)|preferences|privacy)\\b");
  private static final Pattern DATE_LINE =
      Pattern.compile("(?i)^(?:date|published|posted|updated)(?: on)?:?\\s*(.{4,40})$");
  private static final Pattern DATE_IN_TEXT = Pattern.compile(
      "\\d{1,2} \\p{L}{3,9}\\.? \\d{4}|\\p{L}{3,9}\\.? \\d{1,2},? \\d{4}|\\d{4}-\\d{2}-\\d{2}");
  private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
      DateTimeFormatter.ofPattern("MMMM d uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMM d uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
      DateTimeFormatter.ISO_LOCAL_DATE);

  private Boilerplate() {}

  /** A marker such as "Related articles": it and all that follows are not the article. */
  static boolean endsArticle(String line) {
    return END_OF_ARTICLE.matcher(line).matches();
  }

  /** A line that is page furniture, never a passage. */
  static boolean isNoise(String line) {
    return NOISE.matcher(line).matches() || (line.length() < 400 && COOKIES.matcher(line).find());
  }

  /** The ISO date of a "Date: November 28, 2025" line, or {@code null} if it is not one. */
  static String dateLine(String line) {
    Matcher m = DATE_LINE.matcher(line);
    if (!m.matches()) return null;
    Matcher date = DATE_IN_TEXT.matcher(m.group(1).replaceAll("(?<=\\d)(st|nd|rd|th)\\b", ""));
    if (!date.find()) return null;
    String value = date.group().replace(".", "").replace(",", "");
    for (DateTimeFormatter f : DATE_FORMATS) {
      try {
        return LocalDate.parse(value, f).toString();
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return null;
  }

  private static Pattern whole(String... alternatives) {
    return Pattern.compile("(?i)^(?:" + String.join("|", alternatives) + ")[.!:]?$");
  }
}
