package org.peacetalks.telegram.admin;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peacetalks.admin.IntakeProblem;
import org.peacetalks.admin.IntakeResult;
import org.peacetalks.admin.ReindexReport;
import org.peacetalks.corpus.SkippedFile;
import org.peacetalks.corpus.UnreadableReason;
import org.peacetalks.telegram.Html;
import org.peacetalks.wording.Texts;

/**
 * The texts of the admin commands' replies, in Telegram HTML (all dynamic text escaped), in the
 * chat's language; the methods without {@link Texts} speak English.
 */
public final class AdminReplies {
  static final int MAX_SKIPPED_SHOWN = 15;
  static final int MAX_LINE = 180;

  /** A library's message quoted in a reason, at most. */
  static final int MAX_DETAIL = 300;

  /** Enough of the first passage kept by /add to tell a story from a cookie notice. */
  static final int MAX_PASSAGE = 300;

  private AdminReplies() {}

  static String intake(IntakeResult r) {
    return intake(r, Texts.english());
  }

  static String intake(IntakeResult r, Texts t) {
    return switch (r.outcome()) {
      case ADDED -> {
        String title = Html.escapeWithin(title(r), MAX_LINE);
        String id = Html.escape(r.articleId());
        String out =
            r.problem() == null
                ? t.get("add.added", "title", title, "id", id, "paragraphs", r.paragraphs())
                : t.get(
                    "add.addedPartly",
                    "title",
                    title,
                    "id",
                    id,
                    "paragraphs",
                    r.paragraphs(),
                    "problem",
                    problem(r.problem(), t));
        yield r.firstPassage() == null
            ? out
            : out
                + "\n"
                + t.get("add.first", "passage", Html.escapeWithin(r.firstPassage(), MAX_PASSAGE));
      }
      case DUPLICATE ->
          t.get(
              "add.duplicate",
              "id",
              Html.escape(r.articleId()),
              "title",
              Html.escapeWithin(title(r), MAX_LINE));
      case REFUSED -> t.get("add.refused", "problem", problem(r.problem(), t));
    };
  }

  /** Why an article was refused, or what part of an add did not succeed, as HTML. */
  static String problem(IntakeProblem p, Texts t) {
    if (p == null) return "";
    return switch (p.kind()) {
      case WRONG_TYPE ->
          t.get(
              "add.problem.wrongType",
              "extension",
              p.detail().isEmpty() ? "none" : Html.escapeWithin(p.detail(), 20));
      case NO_TEXT -> t.get("add.problem.noText");
      case NO_PARAGRAPHS -> t.get("add.problem.noParagraphs");
      case REINDEX_RUNNING -> t.get("add.problem.reindexRunning");
      case UNREADABLE ->
          t.get(
              "add.problem.unreadable",
              "detail",
              p.unreadable() != null
                  ? unreadable(p.unreadable(), t)
                  : Html.escapeWithin(withoutPaths(p.detail()), 500));
      case STATE_UNAVAILABLE -> t.get("add.problem.stateUnavailable");
      case NOT_RECORDED -> t.get("add.problem.notRecorded");
      case ALREADY_INDEXED ->
          t.get("add.duplicate", "id", Html.escape(p.detail()), "title", Html.escape(p.detail()));
    };
  }

  /**
   * Why a file is not an article, in the reader's language, as HTML: a library's message quoted in
   * it is escaped, cut, and stripped of server paths.
   */
  static String unreadable(UnreadableReason r, Texts t) {
    return t.get(
        r.kind().key(), r.arguments(Html.escapeWithin(withoutPaths(r.detail()), MAX_DETAIL)));
  }

  private static String title(IntakeResult r) {
    return r.title() == null || r.title().isBlank() ? r.articleId() : r.title();
  }

  public static String tooLarge(long limit) {
    return tooLarge(limit, Texts.english());
  }

  public static String tooLarge(long limit, Texts t) {
    return t.get("add.tooLarge", "limit", bytes(limit, t));
  }

  public static String reindexStarted() {
    return reindexStarted(Texts.english());
  }

  public static String reindexStarted(Texts t) {
    return t.get("reindex.started");
  }

  static String reindexProgress(int done, int total) {
    return reindexProgress(done, total, Texts.english());
  }

  static String reindexProgress(int done, int total, Texts t) {
    return t.get("reindex.progress", "done", done, "total", total);
  }

  static String reindexRunning() {
    return reindexRunning(Texts.english());
  }

  static String reindexRunning(Texts t) {
    return t.get("reindex.running");
  }

  static String reindexDone(ReindexReport r) {
    return reindexDone(r, Texts.english());
  }

  static String reindexDone(ReindexReport r, Texts t) {
    StringBuilder out =
        new StringBuilder(
            t.get(
                "reindex.done",
                "took",
                duration(r.took(), t),
                "articles",
                r.articles(),
                "paragraphs",
                r.paragraphs()));
    List<SkippedFile> skipped = r.skipped();
    if (skipped.isEmpty()) return out.append('\n').append(t.get("reindex.noneSkipped")).toString();
    out.append('\n').append(t.get("reindex.skipped", "count", skipped.size()));
    for (int i = 0; i < skipped.size() && i < MAX_SKIPPED_SHOWN; i++) {
      SkippedFile f = skipped.get(i);
      out.append("\n• ")
          .append(
              t.get(
                  "reindex.skippedFile",
                  "file",
                  Html.escapeWithin(f.fileName(), MAX_LINE),
                  "reason",
                  unreadable(f.reason(), t)));
    }
    if (skipped.size() > MAX_SKIPPED_SHOWN) {
      out.append('\n')
          .append(t.get("reindex.skippedMore", "count", skipped.size() - MAX_SKIPPED_SHOWN));
    }
    return out.toString();
  }

  static String reindexFailed(String why) {
    return reindexFailed(why, Texts.english());
  }

  static String reindexFailed(String why, Texts t) {
    return t.get("reindex.failed", "why", Html.escapeWithin(withoutPaths(why), 1000));
  }

  /** An absolute file path (Unix or Windows) of at least two parts. */
  private static final Pattern PATH =
      Pattern.compile("(?<![\\w.])(?:[A-Za-z]:)?(?:[/\\\\][^\\s/\\\\:;,'\"()<>]+){2,}[/\\\\]?");

  /**
   * A message for a chat, with each server path cut to its last part ({@code /srv/bot/index/lucene}
   * becomes {@code lucene}): admins learn what failed, not how the server is laid out.
   */
  static String withoutPaths(String message) {
    if (message == null) return null;
    Matcher m = PATH.matcher(message);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String path = m.group().replaceAll("[/\\\\]+$", "");
      String last = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
      m.appendReplacement(out, Matcher.quoteReplacement(last));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String duration(Duration d) {
    return duration(d, Texts.english());
  }

  /** A duration in the two largest units that matter ("1 min 5 s"), in the reader's language. */
  static String duration(Duration d, Texts t) {
    long ms = d.toMillis();
    if (ms < 1000) return t.get("unit.milliseconds", "n", String.valueOf(ms));
    if (ms < 60_000) return t.get("unit.seconds", "n", decimal(ms / 1000.0, 1, t));
    long minutes = d.toMinutes();
    if (minutes < 60) return t.get("unit.minutes", "m", minutes, "s", d.toSecondsPart());
    long hours = d.toHours();
    if (hours < 48) return t.get("unit.hours", "h", hours, "m", d.toMinutesPart());
    return t.get("unit.days", "d", d.toDays(), "h", d.toHoursPart());
  }

  static String bytes(long n) {
    return bytes(n, Texts.english());
  }

  /**
   * Decimal units, as the limit is configured ({@code search.maxArticleBytes: 2000000} is "2.0
   * MB").
   */
  static String bytes(long n, Texts t) {
    if (n < 1000) return t.get("unit.bytes", "n", String.valueOf(n));
    if (n < 1_000_000) return t.get("unit.kilobytes", "n", decimal(n / 1e3, 1, t));
    if (n < 1_000_000_000) return t.get("unit.megabytes", "n", decimal(n / 1e6, 1, t));
    return t.get("unit.gigabytes", "n", decimal(n / 1e9, 2, t));
  }

  /** A number with this many decimals, as the reader's language writes it (2.0; 2,0). */
  private static String decimal(double value, int decimals, Texts t) {
    return String.format(
        t.language().equals("en") ? Locale.ROOT : t.locale(), "%." + decimals + "f", value);
  }
}
