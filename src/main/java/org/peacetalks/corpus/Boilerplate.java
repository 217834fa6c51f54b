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
  /** Opens a list of teasers inside a story ("Keep reading", then headlines, then "end of list"). */
  private static final Pattern TEASERS_START = whole("keep reading", "list of \\d+ items");
  private static final Pattern TEASERS_END = whole("end of list");
  /** How far a teaser list may run before its end marker; without one only the marker goes. */
  static final int MAX_TEASER_LINES = 16;

  /** A line from which everything to the end of the page is other content. */
  private static final Pattern END_OF_ARTICLE = whole(
      "related( articles| posts| stories| news| content| reading| coverage| topics)?:?",
      "read more:?", "read next:?", "more (from|on|in) .{1,40}", "most (viewed|read|popular)",
      "editor'?s'? picks?", "you (may|might) also (like|be interested in)", "recommended( for you| reading)?",
      "more stories", "trending( now)?", "latest news", "popular (posts|stories)", "also read:?",
      "further reading");

  private static final Pattern NOISE = whole(
      // bylines and reading aids
      "by [\\p{L}.'’ -]{1,40}", "admin", "(posted|written|published) by .{1,40}",
      "\\d{1,3} min(ute)?s? read", "listen to (this )?(article|story)(\\W{1,3}\\d+ min.*)?", "date:?",
      "by [^.!?]{1,60}[·|•][^!?]{0,60}", // "By Olga Marchenko | 1 December 2025", "By X · 6 min read"
      "by [\\p{L}.'’ -]{1,40},? (\\p{L}{3,9}\\.? \\d{1,2},? \\d{4}|\\d{1,2} \\p{L}{3,9} \\d{4}).{0,60}", // "By Reuters December 3, 2025 9:41 AM"
      "\\d{1,2}[./-]\\d{1,2}[./-]\\d{4}", // a bare date stamp (with a time it may head a live-blog entry)
      "([\\p{L}.'’ -]{1,30} )?(staff|staff writers?|correspondents?|news desk|newsroom)", // "Al Jazeera Staff"
      "(copyright|©|\\(c\\)) .{0,200}", "sources?: .{1,80}",
      "(click|tap) (here )?to (share|subscribe|comment|print|e-?mail|read more).{0,60}",
      // credits and notes at the foot of wire stories
      "(additional )?(reporting|writing|editing|research) by .{1,250}", ".{0,300}\\bcontributed (reporting|to this (report|story|article))",
      "follow .{0,60}\\bcoverage\\b.{0,150}", "editor'?s'? note:? this (story|article|page|report) (is being|has been|was|will be) updated.{0,100}",
      "(read|see) also:? .{1,200}", "read more:? .{1,200}",
      // live-blog menus ("4h ago Putin receives US envoys") and teaser lists
      "\\d{1,3} ?(m|mins?|minutes?|h|hrs?|hours?|d|days?) ago [^.]{0,120}", "list \\d+ of \\d+",
      "print( this)?( article| page)?", "(updated|published|last updated):? .{1,40}",
      // share, reply and feedback widgets
      "share\\d*( this( article| post| story| page)?| on \\w+| via \\w+)?:?", "facebook", "x", "twitter",
      "whatsapp", "telegram", "linkedin", "reddit", "pinterest", "email", "e-mail", "copy link",
      "copy url", "tweet", "leave a (reply|comment)", "comments? (are|is) closed\\.?", "\\d+ comments?",
      "(no|view|show|add a) comments?", "reply", "report a problem", "problem reported",
      "thank(s| you) for (your feedback|letting us know)!?\\.?", "was this (article|story|page) helpful\\??",
      "yes", "no", "send feedback", "help us improve.{0,80}", "give feedback",
      // navigation and page chrome
      "navigation", "menu", "search", "home", "skip to (main )?content", "toggle navigation",
      "subscribe( now)?", "sign (in|up)( .{0,40})?", "log ?in", "newsletter", "ask \\w+", "save( article)?",
      "enter your e-?mail( address)?", "we value your privacy",
      "please (turn on|enable) javascript.{0,60}", "live", "key events", "show key events only",
      "advertisement(\\W{1,3}scroll to continue( reading)?)?", "sponsored( content)?", "posted in .{1,80}", "tagged:? .{1,80}",
      "filed under:? .{1,80}", "categories:? .{1,80}", "(photo|image|file photo|illustration)( credit)?:? .{0,60}",
      "(accept|reject|manage) (all|cookies|preferences|non-essential).{0,20}", "i agree", "got it");

  private static final Pattern COOKIES = Pattern.compile(
      "(?i)\\bcookies?\\b.{0,200}\\b(agree|accept|consent|continu\\w* to (use|browse)|preferences|privacy)\\b"
          + "|\\bwe and our (\\d+ )?partners (store|use|process|access)\\b|\\bstore and/or access information on a device\\b");
  /** Newsletter boxes and membership appeals, matched anywhere in a short line. */
  private static final Pattern APPEAL = Pattern.compile(
      "(?i)\\b(newsletters?|inbox)\\b.{0,200}\\b(sign up|subscribe|delivered)\\b"
          + "|\\b(sign up|subscribe)\\b.{0,200}\\b(newsletters?|inbox)\\b"
          + "|\\bdelivered to your inbox\\b"
          + "|\\bsupport (independent |our |quality |fearless )?journalism\\b|\\bfrom as little as [£$€]\\d"
          + "|\\bbecome a (supporter|subscriber)\\b|\\bbecome a member (today|now)\\b|\\bjoin our community\\b");
  /** A photo caption or credit that lost its markup: "… Photo: Jane Doe/AFP via Getty Images". */
  private static final Pattern PHOTO_CREDIT = Pattern.compile(
      "(?i)\\b(photo|image|picture|photograph)( credit)?:? .{0,80}\\b(getty images|afp|reuters|ap photo|epa|"
          + "shutterstock|anadolu|bloomberg|efe|tass|sputnik|ukrinform)\\b\\W{0,3}$");
  private static final Pattern DATE_LINE =
      Pattern.compile("(?i)^(?:date|published|posted|updated)(?: on)?:?\\s*(.{4,40})$");
  /**
   * A line that is nothing but a date, perhaps with its weekday: "4 Dec 2025", "Monday, December 1,
   * 2025". Not one with a time: live blogs head each entry with one ("25 Nov 2025 16.02 GMT").
   */
  private static final Pattern BARE_DATE = Pattern.compile("(?i)^(?:\\p{L}{3,9},? )?(?:\\d{1,2} \\p{L}{3,9}\\.? \\d{4}"
      + "|\\p{L}{3,9}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{4}-\\d{2}-\\d{2})$");
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

  /** "Keep reading": a list of other stories' headlines follows, up to {@link #endsTeasers}. */
  static boolean startsTeasers(String line) {
    return TEASERS_START.matcher(line).matches();
  }

  static boolean endsTeasers(String line) {
    return TEASERS_END.matcher(line).matches();
  }

  /**
   * A newsletter box, membership appeal or cookie notice: the heading right above one ("We need
   * your support", "Enter your email address") belongs to it, not to the story.
   */
  static boolean isAppeal(String line) {
    return line.length() < 400 && (COOKIES.matcher(line).find() || APPEAL.matcher(line).find());
  }

  /** A line that is page furniture, never a passage. */
  static boolean isNoise(String line) {
    if (NOISE.matcher(line).matches()) return true;
    return isAppeal(line) || line.length() < 250 && PHOTO_CREDIT.matcher(line).find();
  }

  /** The ISO date of a "Date: November 28, 2025" line, or {@code null} if it is not one. */
  static String dateLine(String line) {
    Matcher m = DATE_LINE.matcher(line);
    String stated;
    if (m.matches()) {
      stated = m.group(1);
    } else if (line.length() <= 60 && BARE_DATE.matcher(line).matches()) {
      stated = line;
    } else {
      return null;
    }
    Matcher date = DATE_IN_TEXT.matcher(stated.replaceAll("(?<=\\d)(st|nd|rd|th)\\b", ""));
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
