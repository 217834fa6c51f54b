package org.peacetalks.telegram.admin;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.peacetalks.admin.ReindexReport;
import org.peacetalks.admin.Reindexer;
import org.peacetalks.search.IndexStats;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.storage.FeedbackRepository;
import org.peacetalks.storage.FeedbackRepository.Feedback;
import org.peacetalks.telegram.Command;
import org.peacetalks.telegram.Conversation;
import org.peacetalks.telegram.Html;
import org.peacetalks.telegram.QuestionStats;
import org.peacetalks.telegram.Sender;
import org.peacetalks.wording.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /stats} (bot admins): articles, paragraphs, subscriptions, questions answered today and in
 * total, index size on disk, last reindex, uptime, version; and the feedback to improve the corpus
 * from: how many answers got a 👎 and how many questions none, with the newest few.
 */
final class StatsCommand implements Command {
  private static final Logger log = LoggerFactory.getLogger(StatsCommand.class);

  /** The newest 👎 / unanswered questions listed; the {@code feedback} command lists them all. */
  static final int NEWEST_FEEDBACK = 5;

  /** A question is cut to this many characters: the list must stay one screen. */
  static final int QUESTION_CHARS = 80;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final SearchIndex index;
  private final Reindexer reindexer;
  private final IntSupplier subscriptions;
  private final QuestionStats questions;
  private final FeedbackRepository feedback;
  private final Sender sender;
  private final Clock clock;
  private final Instant startedAt;
  private final String version;
  private final Function<Texts, List<String>> moreFigures;

  /**
   * @param subscriptions the number of subscribed chats; negative when subscriptions are not
   *     running
   * @param feedback the stored 👎 and unanswered questions, or {@code null} when none are kept
   * @param moreFigures lines (HTML) other features add, such as the news feeds', in the reader's
   *     language
   */
  StatsCommand(
      SearchIndex index,
      Reindexer reindexer,
      IntSupplier subscriptions,
      QuestionStats questions,
      FeedbackRepository feedback,
      Sender sender,
      Clock clock,
      Instant startedAt,
      String version,
      Function<Texts, List<String>> moreFigures) {
    this.moreFigures = moreFigures;
    this.index = index;
    this.reindexer = reindexer;
    this.subscriptions = subscriptions;
    this.questions = questions;
    this.feedback = feedback;
    this.sender = sender;
    this.clock = clock;
    this.startedAt = startedAt;
    this.version = version;
  }

  @Override
  public String name() {
    return "stats";
  }

  @Override
  public String description() {
    return Texts.english().get("command.stats");
  }

  @Override
  public Audience audience() {
    return Audience.ADMINS;
  }

  @Override
  public void handle(Conversation where, String args) throws IOException {
    sender.send(where.reply(text(where.texts())).build());
  }

  String text() throws IOException {
    return text(Texts.english());
  }

  /** The figures, one per line, in the reader's language. */
  String text(Texts t) throws IOException {
    IndexStats stats = index.stats();
    QuestionStats.Counts asked = questions.counts();
    int subscribed = subscriptions.getAsInt();
    StringBuilder out = new StringBuilder(t.get("stats.title")).append('\n');
    out.append(
            t.get("stats.articles", "articles", stats.articles(), "paragraphs", stats.paragraphs()))
        .append('\n');
    out.append(
            subscribed < 0
                ? t.get("stats.subscriptionsUnavailable")
                : t.get("stats.subscriptions", "count", subscribed))
        .append('\n');
    out.append(t.get("stats.questions", "today", asked.today(), "total", asked.total()))
        .append('\n');
    out.append(t.get("stats.indexSize", "size", AdminReplies.bytes(stats.bytesOnDisk(), t)))
        .append('\n');
    out.append(t.get("stats.lastReindex", "when", lastReindex(t))).append('\n');
    for (String line : moreFigures.apply(t)) out.append(line).append('\n');
    out.append(
            t.get(
                "stats.uptime",
                "uptime",
                AdminReplies.duration(Duration.between(startedAt, clock.instant()), t)))
        .append('\n');
    out.append(t.get("stats.version", "version", Html.escape(version)));
    appendFeedback(out, t);
    return out.toString();
  }

  /** The 👎 and unanswered questions: the list to improve the articles from. */
  private void appendFeedback(StringBuilder out, Texts t) {
    out.append("\n\n").append(t.get("stats.feedback")).append('\n');
    if (feedback == null) {
      out.append(t.get("stats.feedbackUnavailable"));
      return;
    }
    FeedbackRepository.NegativeCounts counts;
    List<Feedback> newest;
    try {
      counts = feedback.countNegative();
      newest = feedback.listNegative(NEWEST_FEEDBACK);
    } catch (IOException | RuntimeException e) {
      // The other figures are still worth sending.
      log.warn("/stats could not read the feedback: {}", e.toString());
      out.append(t.get("stats.feedbackUnreadable"));
      return;
    }
    out.append(t.get("stats.feedbackCounts", "down", counts.down(), "noAnswer", counts.noAnswer()));
    if (newest.isEmpty()) return;
    out.append('\n').append(t.get("stats.feedbackNewest"));
    for (Feedback f : newest) {
      out.append("\n")
          .append(f.vote() == FeedbackRepository.Vote.DOWN ? "👎 " : "❔ ")
          .append(Html.escape(question(f.question())))
          .append(" <i>")
          .append(t.day(f.at().atZone(ZoneOffset.UTC).toLocalDate()))
          .append("</i>");
    }
  }

  /**
   * A stored question on one line (someone's line breaks stay out of the list), cut at a word where
   * long.
   */
  static String question(String text) {
    return Html.cut(text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}\\s]+", " ").strip(), QUESTION_CHARS);
  }

  private String lastReindex(Texts t) {
    String running = reindexer.isRunning() ? "yes" : "no";
    Instant at = reindexer.lastReindexAt();
    ReindexReport report = reindexer.lastReport();
    if (at == null || report == null) return t.get("stats.lastReindexNone", "running", running);
    return t.get(
        "stats.lastReindexAt",
        "at",
        WHEN.format(at),
        "articles",
        report.articles(),
        "took",
        AdminReplies.duration(report.took(), t),
        "running",
        running);
  }
}
