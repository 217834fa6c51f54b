package org.peacetalks.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the text that scraped news pages carry around an article: bylines, read times, empty
 * date stubs, share, reply and feedback widgets, navigation words, cookie banners, and the "Related
 * articles" blocks whose off-topic teasers must never answer a question.
 *
 * <p>Lines are matched whole and case-insensitively, so a sentence that merely mentions "share" or
 * "comments" is never taken for a widget.
 */
final class Boilerplate {
  /**
   * Opens a list of teasers inside a story ("Keep reading", then headlines, then "end of list").
   */
  private static final Pattern TEASERS_START = whole("keep reading", "list of \\d+ items");

  private static final Pattern TEASERS_END = whole("end of list");

  /** How far a teaser list may run before its end marker; without one only the marker goes. */
  static final int MAX_TEASER_LINES = 16;

  /** A line from which everything to the end of the page is other content. */
  private static final Pattern END_OF_ARTICLE =
      whole(
          "related( articles| posts| stories| news| content| reading| coverage| topics)?:?",
          "read more:?",
          "read next:?",
          "more (from|on|in) .{1,40}",
          "most (viewed|read|popular)",
          "editor'?s'? picks?",
          "you (may|might) also (like|be interested in)",
          "recommended( for you| reading)?",
          "more stories",
          "trending( now)?",
          "latest news",
          "popular (posts|stories)",
          "also read:?",
          "further reading",
          "other news",
          "more news",
          "top stories",
          "what to read next",
          "up next",
          "recommended (stories|articles|videos)",
          // press releases end with "-ends-" (and "###", see endsRelease); reference works with
          // their sources
          "-? ?ends ?-?",
          "references",
          "footnotes",
          "notes and references",
          "external links",
          "bibliography");

  /**
   * "###" under a press release: the end only when the issuer's "About …" or press contact follows.
   */
  private static final Pattern RELEASE_MARK = whole("#{3}");

  private static final Pattern RELEASE_TAIL =
      whole(
          "about .{1,60}",
          "(media|press) contacts?:?( .{0,80})?",
          "contacts?:( .{0,80})?",
          "notes to editors:?");

  /**
   * A heading that may open the readers' comments under a story. Share bars say "Comments" too, so
   * it ends the article only with comment furniture right below it ({@link #isCommentFurniture}).
   */
  private static final Pattern COMMENTS_HEADING =
      whole(
          "(reader'?s'?|readers'|user) comments?",
          "comments?( \\(\\d+\\))?:?",
          "\\d+ comments?",
          "join the (conversation|discussion)",
          "leave a (reply|comment)",
          "add a comment",
          "what do you think\\??");

  /**
   * The furniture of a comment thread: pagination, "by: Vasyl from: Lviv", reply and sort buttons.
   */
  private static final Pattern COMMENT_FURNITURE =
      whole(
          "page \\d+ of \\d+",
          "by:? .{1,60} from:? .{1,60}",
          "(add|post|write|leave) a (comment|reply)",
          "load more comments",
          "(show|view|see) (all |more )?comments",
          "log ?in to (comment|reply)",
          "(sign|log) in to (join|leave|post).{0,40}",
          "sort by:? .{0,30}",
          "(newest|oldest|top|best|most liked)( first)?",
          "\\d+ (replies|likes?)",
          "your (e-?mail|email) address will not be published.{0,80}",
          "required fields are marked.{0,10}",
          "comments? (are|is) closed\\.?",
          "be the first to comment\\.?");

  /**
   * Case-insensitive, except where a capital letter is asked for ({@code (?-i:\\p{Lu})}: a name).
   */
  private static final Pattern NOISE =
      whole(
          // bylines and reading aids
          "by (?-i:\\p{Lu})[\\p{L}.'’-]*( ((?-i:\\p{Lu})[\\p{L}.'’-]*|and|&|de|van|von|al|el|la|le|di|da|du|bin|ibn)){0,7},?",
          "by [\\p{L}.'’-]{1,30}",
          "admin",
          "(posted|written|published) by .{1,40}",
          "\\d{1,3} min(ute)?s? read",
          "listen to (this )?(article|story)(\\W{1,3}[\\d:.]+ min.*)?",
          "date:?",
          "by [^.!?]{1,60}[·|•][^!?]{0,60}", // "By Olga Marchenko | 1 December 2025", "By X · 6 min
          // read"
          // "By Reuters December 3, 2025 9:41 AM GMT Updated 2 hours ago" (a time may follow the
          // date, nothing else)
          "by [\\p{L}.'’ -]{1,40},? (\\p{L}{3,9}\\.? \\d{1,2},? \\d{4}|\\d{1,2} \\p{L}{3,9} \\d{4})"
              + "( \\d{1,2}[:.]\\d{2}( ?[ap]\\.?m\\.?)?( (?-i:\\p{Lu}){2,4})?)?( updated \\d{1,3} \\p{L}{1,7} ago)?",
          "\\d{1,2}[/-]\\d{1,2}[/-]\\d{4}", // a bare date stamp (with a time it may head a
          // live-blog entry)
          "(?!general )((?-i:\\p{Lu})[\\p{L}.'’-]* ){1,3}(staff|staff writers?|news desk|newsroom)", // "Al Jazeera Staff"
          "(copyright|©|\\(c\\)) .{0,200}",
          "sources?: (?-i:\\p{Lu})[\\p{L}.-]*( (?-i:\\p{Lu})[\\p{L}.-]*)*(, (?-i:\\p{Lu})[\\p{L}.-]*( (?-i:\\p{Lu})[\\p{L}.-]*)*)*",
          "(click|tap) (here )?to (share|subscribe|comment|print|e-?mail|read more).{0,60}",
          // credits and notes at the foot of wire stories
          // "Reporting by Olena Harmash in Kyiv; Editing by Alex Richardson": names, places and
          // connectors only
          "(additional )?(reporting|writing|editing) by( ((?-i:\\p{Lu})[\\p{L}.'’-]*|in|and|by|from|additional|reporting|writing|editing|&)[,;]?){1,40}",
          "a version of this article appears in print .{0,300}",
          "this (article|story) (has been|was) updated.{0,100}",
          "the views expressed (in this .{1,40})?(are|do not) .{0,200}",
          "forwarded from .{1,60}",
          "\\[\\^\\w+\\]:.{0,400}",
          "(skip to (main content|content|site index|navigation|search)\\s?){1,3}",
          "skip advertisement",
          "supported by",
          "share full article",
          "send any friend a story",
          "reporting from .{1,80}",
          "leer en español",
          "sponsored( content)?(:? .{1,200})?",
          "\\W{0,3}\\d+(\\.\\d+)?[km]?( views?)?( edited)?( \\d{1,2}:\\d{2})?", // a channel post's
          // "👁 48.1K edited
          // 14:02"
          "follow .{0,60}\\bcoverage\\b.{0,150}",
          "editor'?s'? note:? this (story|article|page|report) (is being|has been|was|will be) updated.{0,100}",
          "(read|see) also:? .{1,200}",
          "read more:? .{1,200}",
          // live-blog menus ("4h ago Putin receives US envoys") and teaser lists
          "\\d{1,3} ?(m|mins?|minutes?|h|hrs?|hours?|d|days?) ago [^.]{0,120}",
          "list \\d+ of \\d+",
          "print( this)?( article| page)?",
          "(updated|published|last updated):? .{1,40}",
          // share, reply and feedback widgets
          "share\\d*( this( article| post| story| page)?| on \\w+| via \\w+)?:?",
          "facebook",
          "x",
          "twitter",
          "whatsapp",
          "telegram",
          "linkedin",
          "reddit",
          "pinterest",
          "email",
          "e-mail",
          "copy link",
          "copy url",
          "tweet",
          "leave a (reply|comment)",
          "comments? (are|is) closed\\.?",
          "\\d+ comments?",
          "(no|view|show|add a) comments?",
          "reply",
          "report a problem",
          "problem reported",
          "thank(s| you) for (your feedback|letting us know)!?\\.?",
          "was this (article|story|page) helpful\\??",
          "yes",
          "no",
          "send feedback",
          "help us improve.{0,80}",
          "give feedback",
          // navigation and page chrome
          "navigation",
          "menu",
          "search",
          "home",
          "skip to (main )?content",
          "toggle navigation",
          "subscribe( now)?",
          "sign (in|up)( .{0,40})?",
          "log ?in",
          "newsletter",
          "ask \\w+",
          "save( article)?",
          "enter your e-?mail( address)?",
          "we value your privacy",
          "please (turn on|enable) javascript.{0,60}",
          "live",
          "key events",
          "show key events only",
          "advertisement(\\W{1,3}scroll to continue( reading)?)?",
          "posted in .{1,80}",
          "tagged:? .{1,80}",
          "filed under:? .{1,80}",
          "categories:? .{1,80}",
          "(photo|image|file photo|illustration)( credit)?:? .{0,60}",
          "(accept|reject|manage) (all|cookies|preferences|non-essential).{0,20}",
          "i agree",
          "got it",
          "watch (the full |our )?(interview|video|report|clip)( .{1,60})?",
          "for immediate release:?");

  private static final Pattern COOKIES =
      Pattern.compile(
          "(?i)\\bcookies?\\b.{0,200}\\b(agree|accept|consent|continu\\w* to (use|browse)|preferences|privacy)\\b"
              + "|\\bwe and our (\\d+ )?partners (store|use|process|access)\\b|\\bstore and/or access information on a device\\b");

  /** "… Associated Press writers in Washington contributed to this report." */
  private static final Pattern CONTRIBUTED =
      Pattern.compile(
          "(?i).{0,300}\\bcontributed (reporting|to this (report|story|article))( from [\\p{L} ,.]{1,60})?[.!]?");

  /**
   * Every whole-line pattern fits in this many characters: a longer line is checked for appeals
   * only.
   */
  private static final int MAX_NOISE_LINE = 520;

  /** Words one of which every appeal or cookie notice holds: a cheap test before the patterns. */
  private static final List<String> APPEAL_WORDS =
      List.of(
          "cookie",
          "partners",
          "newsletter",
          "inbox",
          "sign up",
          "subscribe",
          "journalism",
          "little as",
          "community",
          "free trial",
          "reader-supported",
          "gift articles",
          "rights reserved",
          "©",
          "hyperlink",
          "patron",
          "e-mail",
          "email",
          "preferences",
          "$",
          "€",
          "£",
          "subscribing",
          "address book");

  /** Newsletter boxes and membership appeals, matched anywhere in a short line. */
  private static final Pattern APPEAL =
      Pattern.compile(
          "(?i)\\b(newsletters?|inbox)\\b.{0,200}\\b(sign up|subscribe|delivered)\\b"
              + "|\\b(sign up|subscribe)\\b.{0,200}\\b(newsletters?|inbox)\\b"
              + "|\\bdelivered to your inbox\\b"
              + "|\\bsupport (independent|our|quality|fearless) journalism\\b|\\bfrom as little as [£$€]\\d"
              + "|\\bjoin our community\\b|\\bsign up here\\b|\\brequest a free trial\\b|\\bsubscribe for free\\b"
              + "|\\breader-supported publication\\b|\\bgift articles to give\\b|\\ball rights reserved\\b|©\\s?\\d{4}"
              + "|\\bhyperlinks?\\b.{0,100}\\b(required|mandatory|obligatory)\\b"
              + "|\\bbecome our patron\\b|\\bconsider subscribing\\b|\\bcancel anytime\\b"
              + "|\\b(try|subscribe|subscription|trial)\\b.{0,30}[$€£]\\d+(\\.\\d\\d)? ?(a|per|/) ?(week|month|year)\\b"
              // the footer of a newsletter read as a file
              + "|\\bunsubscribe from this (list|newsletter|mailing list)\\b|\\bview (this|the) e-?mail in (your|a) browser\\b"
              + "|\\bforward this e-?mail to a friend\\b|\\byou are receiving this (e-?mail|newsletter|message) because\\b"
              + "|\\badd us to your address book\\b|\\bupdate your (e-?mail )?preferences\\b|\\bhow you receive these e-?mails\\b");

  /** A photo caption or credit that lost its markup: "… Photo: Jane Doe/AFP via Getty Images". */
  private static final Pattern PHOTO_CREDIT =
      Pattern.compile(
          "(?i)\\b(photo|image|picture|photograph)( credit)?(:| by) [^.]{0,80}\\b(getty images|afp|reuters|ap photo|epa|"
              + "shutterstock|anadolu|bloomberg|efe|tass|sputnik|ukrinform)\\b\\W{0,3}$");

  private static final Pattern DATE_LINE =
      Pattern.compile("(?i)^(?:date|published|posted|updated)(?: on)?:?\\s*(.{4,40})$");

  /**
   * A line that is nothing but a date, perhaps with its weekday: "4 Dec 2025", "Monday, December 1,
   * 2025". Not one with a time: live blogs head each entry with one ("25 Nov 2025 16.02 GMT").
   */
  private static final Pattern BARE_DATE =
      Pattern.compile(
          "(?i)^(?:\\p{L}{3,9},? )?(?:\\d{1,2} \\p{L}{3,9}\\.? \\d{4}"
              + "|\\p{L}{3,9}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})$");

  /** A numeric date with a time after it, and nothing else. */
  private static final Pattern NUMERIC_STAMP =
      Pattern.compile("(\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}-\\d{2}-\\d{2}),? \\d{1,2}:\\d{2}");

  private static final Pattern DATE_IN_TEXT =
      Pattern.compile(
          "\\d{1,2} \\p{L}{3,9}\\.? \\d{4}|\\p{L}{3,9}\\.? \\d{1,2},? \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}");

  /** "28.11.2025": day first, as in Ukrainian, Russian and most European pages. */
  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d.M.uuuu");

  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          DateTimeFormatter.ofPattern("MMMM d uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMM d uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ISO_LOCAL_DATE);

  private Boilerplate() {}

  /** A marker such as "Related articles": it and all that follows are not the article. */
  static boolean endsArticle(String line) {
    return END_OF_ARTICLE.matcher(line).matches()
        || line.length() <= MAX_NOISE_LINE && BoilerplatePhrases.ALL.endsArticle(line);
  }

  /** "###" with the issuer's "About …" or press contact in the next line: the release has ended. */
  static boolean endsRelease(String line, String next) {
    return RELEASE_MARK.matcher(line).matches()
        && next != null
        && RELEASE_TAIL.matcher(next).matches();
  }

  /**
   * A heading such as "Comments" that may open the readers' comments (see {@link
   * #COMMENTS_HEADING}).
   */
  static boolean mayOpenComments(String line) {
    return COMMENTS_HEADING.matcher(line).matches();
  }

  /** "Page 1 of 1", "by: Mark from: Ohio", "Add a comment": a comment thread's own lines. */
  static boolean isCommentFurniture(String line) {
    return COMMENT_FURNITURE.matcher(line).matches();
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
    if (line.length() >= 400) return false;
    String lower = line.toLowerCase(Locale.ROOT);
    if (APPEAL_WORDS.stream().noneMatch(lower::contains)) return false; // most lines: no regex run
    return COOKIES.matcher(line).find() || APPEAL.matcher(line).find();
  }

  /** A line that is page furniture, never a passage. */
  static boolean isNoise(String line) {
    if (line.length() <= MAX_NOISE_LINE) {
      if (NOISE.matcher(line).matches() || BoilerplatePhrases.ALL.isNoise(line)) return true;
      if (line.contains("contributed") && CONTRIBUTED.matcher(line).matches()) return true;
    }
    return isAppeal(line)
        || line.length() < 250 && (PHOTO_CREDIT.matcher(line).find() || line.contains("Credit..."));
  }

  /**
   * The ISO date of a date line, or of a numeric date and time stamp ("02.12.2025 13:47",
   * "2025-12-02 13:47"), as news pages set above the story; {@code null} if it is neither. (Further
   * down, such a stamp heads a live blog's entry and stays.)
   */
  static String stampLine(String line) {
    Matcher m = NUMERIC_STAMP.matcher(line);
    return m.matches() ? dateLine(m.group(1)) : dateLine(line);
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
    if (date.group().matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
      try {
        return LocalDate.parse(date.group(), DAY_MONTH_YEAR).toString();
      } catch (DateTimeParseException e) {
        return null; // "31.02.2025"
      }
    }
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
