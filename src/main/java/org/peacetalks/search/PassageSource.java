package org.peacetalks.search;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a passage comes from, as a reader judges it: the outlet, the headline, the article's own
 * date, the link. An article that names no outlet shows its headline and the day it entered the
 * corpus instead — never the file it is stored in, which means nothing to a reader.
 *
 * @param outlet the publisher (front matter {@code source}, {@code og:site_name}, JSON-LD
 *     publisher), or {@code null} when the file names none
 * @param url a web link, or {@code null}
 * @param published the article's own date, or {@code null}
 * @param added when the article entered the corpus, or {@code null} when not known
 */
public record PassageSource(
    String outlet, String headline, String url, LocalDate published, Instant added) {
  /** The one date format of everything the bot shows: "3 Dec 2025". */
  public static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private static final DateTimeFormatter DAY_THIS_YEAR =
      DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  /** The source of {@code p}; {@code added} may be {@code null}. */
  public static PassageSource of(Passage p, Instant added) {
    return of(p.articleId(), p.title(), p.source(), p.url(), p.published(), added);
  }

  /** The source of an indexed article; {@code added} may be {@code null}. */
  public static PassageSource of(ArticleSummary a, Instant added) {
    return of(
        a.id(), a.title() == null ? "" : a.title(), a.source(), a.url(), a.published(), added);
  }

  static PassageSource of(
      String articleId, String title, String source, String url, String published, Instant added) {
    return new PassageSource(
        outlet(source, articleId),
        title,
        isWebLink(url) ? url : null,
        day(published).orElse(null),
        added);
  }

  /**
   * The outlet named by {@code source}, or {@code null} when it is blank or only the article's file
   * name (what the index stores for a file that names no outlet).
   */
  static String outlet(String source, String articleId) {
    if (source == null || source.isBlank()) return null;
    String s = source.strip();
    int dot = s.lastIndexOf('.');
    boolean fileName = dot > 0 && s.substring(0, dot).equals(articleId) && !s.contains(" ");
    return fileName ? null : s;
  }

  /** The day an ISO date or date-time names ("2025-12-03", "2025-12-03T10:00:00Z"). */
  static Optional<LocalDate> day(String published) {
    if (published == null || published.length() < 10) return Optional.empty();
    try {
      return Optional.of(LocalDate.parse(published.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The date to show: the article's own ("3 Dec 2025"), else when it was added ("added 3 Dec", the
   * year only when it is not this one), else {@code null}.
   */
  public String dateLabel(Clock clock) {
    if (published != null) return DAY.format(published);
    if (added == null) return null;
    LocalDate day = added.atZone(ZoneOffset.UTC).toLocalDate();
    boolean thisYear = day.getYear() == LocalDate.now(clock.withZone(ZoneOffset.UTC)).getYear();
    return "added " + (thisYear ? DAY_THIS_YEAR : DAY).format(day);
  }

  /**
   * The day to sort by: the article's own date, else the day it was added; {@code null} if neither.
   */
  public LocalDate sortDay() {
    if (published != null) return published;
    return added == null ? null : added.atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static boolean isWebLink(String url) {
    return url != null
        && (url.startsWith("https://") || url.startsWith("http://"))
        && url.length() < 2000
        && !url.contains(" ");
  }
}
