package org.peacetalks.telegram.admin;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.peacetalks.admin.IntakeResult;
import org.peacetalks.admin.ReindexReport;
import org.peacetalks.corpus.SkippedFile;
import org.peacetalks.telegram.Html;

/** The texts of the admin commands' replies, in Telegram HTML (all dynamic text escaped). */
public final class AdminReplies {
  static final int MAX_SKIPPED_SHOWN = 15;
  static final int MAX_LINE = 180;
  /** Enough of the first passage kept by /add to tell a story from a cookie notice. */
  static final int MAX_PASSAGE = 300;

  private AdminReplies() {}

  static String intake(IntakeResult r) {
    return switch (r.outcome()) {
      case ADDED -> (r.reason() == null ? "✅ Added <b>" : "⚠️ Added <b>") + Html.escapeWithin(title(r), MAX_LINE)
          + "</b>\nid: <code>" + Html.escape(r.articleId()) + "</code> · " + r.paragraphs() + " paragraph"
          + (r.paragraphs() == 1 ? "" : "s") + " kept"
          + (r.reason() == null ? "" : "\nOnly partly done: " + Html.escapeWithin(withoutPaths(r.reason()), 1000))
          + (r.firstPassage() == null ? "" : "\nFirst: <i>" + Html.escapeWithin(r.firstPassage(), MAX_PASSAGE) + "</i>");
      case DUPLICATE -> "Not added: this article is already indexed as <code>" + Html.escape(r.articleId())
          + "</code> (<b>" + Html.escapeWithin(title(r), MAX_LINE) + "</b>).";
      case REFUSED -> "Not added: " + Html.escapeWithin(withoutPaths(r.reason()), 1000);
    };
  }

  private static String title(IntakeResult r) {
    return r.title() == null || r.title().isBlank() ? r.articleId() : r.title();
  }

  public static String tooLarge(long limit) {
    return "Not added: the file is too large (the limit is " + bytes(limit) + ").";
  }

  public static String reindexStarted() {
    return "⏳ Reindexing… reading the articles folder";
  }

  static String reindexProgress(int done, int total) {
    return "⏳ Reindexing… embedding " + done + "/" + total + " paragraphs";
  }

  static String reindexRunning() {
    return "A reindex is already running; its result will appear in its own message.";
  }

  static String reindexDone(ReindexReport r) {
    StringBuilder out = new StringBuilder("✅ Reindexed in ").append(duration(r.took())).append('\n');
    out.append("Articles: ").append(r.articles()).append(" · paragraphs: ").append(r.paragraphs());
    List<SkippedFile> skipped = r.skipped();
    if (skipped.isEmpty()) return out.append("\nNo files skipped.").toString();
    out.append("\nSkipped ").append(skipped.size()).append(skipped.size() == 1 ? " file:" : " files:");
    for (int i = 0; i < skipped.size() && i < MAX_SKIPPED_SHOWN; i++) {
      SkippedFile f = skipped.get(i);
      out.append("\n• ").append(Html.escapeWithin(f.fileName() + ": " + f.reason(), MAX_LINE));
    }
    if (skipped.size() > MAX_SKIPPED_SHOWN) out.append("\n… and ").append(skipped.size() - MAX_SKIPPED_SHOWN).append(" more (see the log).");
    return out.toString();
  }

  static String reindexFailed(String why) {
    return "❌ Reindex failed: " + Html.escapeWithin(withoutPaths(why), 1000)
        + "\nThe previous index is still answering questions.";
  }

  /** An absolute file path (Unix or Windows) of at least two parts. */
  private static final Pattern PATH = Pattern.compile("(?<![\\w.])(?:[A-Za-z]:)?(?:[/\\\\][^\\s/\\\\:;,'\"()<>]+){2,}[/\\\\]?");

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
    long ms = d.toMillis();
    if (ms < 1000) return ms + " ms";
    if (ms < 60_000) return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    long minutes = d.toMinutes();
    if (minutes < 60) return minutes + " min " + d.toSecondsPart() + " s";
    long hours = d.toHours();
    if (hours < 48) return hours + " h " + d.toMinutesPart() + " min";
    return d.toDays() + " days " + d.toHoursPart() + " h";
  }

  /** Decimal units, as the limit is configured ({@code search.maxArticleBytes: 2000000} is "2.0 MB"). */
  static String bytes(long n) {
    if (n < 1000) return n + " B";
    if (n < 1_000_000) return String.format(Locale.ROOT, "%.1f KB", n / 1e3);
    if (n < 1_000_000_000) return String.format(Locale.ROOT, "%.1f MB", n / 1e6);
    return String.format(Locale.ROOT, "%.2f GB", n / 1e9);
  }
}
