package org.peacetalks.telegram.admin;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.peacetalks.admin.ReindexReport;
import org.peacetalks.admin.Reindexer;
import org.peacetalks.search.IndexStats;
import org.peacetalks.search.PassageSource;
import org.peacetalks.search.SearchIndex;
import org.peacetalks.storage.FeedbackRepository.Feedback;
import org.peacetalks.storage.FeedbackRepository;
import org.peacetalks.telegram.Command;
import org.peacetalks.telegram.Conversation;
import org.peacetalks.telegram.Html;
import org.peacetalks.telegram.QuestionStats;
import org.peacetalks.telegram.Sender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /stats} (bot admins): articles, paragraphs, subscriptions, questions answered today and
 * in total, index size on disk, last reindex, uptime, version; and the feedback to improve the
 * corpus from: how many answers got a 👎 and how many questions none, with the newest few.
 */
final class StatsCommand implements Command {
  private static final Logger log = LoggerFactory.getLogger(StatsCommand.class);
  /** The newest 👎 / unanswered questions listed; the {@code feedback} command lists them all. */
  static final int NEWEST_FEEDBACK = 5;
  /** A question is cut to this many characters: the list must stay one screen. */
  static final int QUESTION_CHARS = 80;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final SearchIndex index;
  private final Reindexer reindexer;
  private final IntSupplier subscriptions;
  private final QuestionStats questions;
  private final FeedbackRepository feedback;
  private final Sender sender;
  private final Clock clock;
  private final Instant startedAt;
  private final String version;
  private final Supplier<List<String>> moreFigures;

  /** As the full constructor, with no figures from other features. */
  StatsCommand(SearchIndex index, Reindexer reindexer, IntSupplier subscriptions, QuestionStats questions,
      FeedbackRepository feedback, Sender sender, Clock clock, Instant startedAt, String version) {
    this(index, reindexer, subscriptions, questions, feedback, sender, clock, startedAt, version, List::of);
  }

  /**
   * @param subscriptions the number of subscribed chats; negative when subscriptions are not running
   * @param feedback the stored 👎 and unanswered questions, or {@code null} when none are kept
   * @param moreFigures lines (HTML) other features add, such as the news feeds'
   */
  StatsCommand(SearchIndex index, Reindexer reindexer, IntSupplier subscriptions, QuestionStats questions,
      FeedbackRepository feedback, Sender sender, Clock clock, Instant startedAt, String version,
      Supplier<List<String>> moreFigures) {
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
    return "Figures: articles, questions, index, uptime";
  }

  @Override
  public Audience audience() {
    return Audience.ADMINS;
  }

  @Override
  public void handle(Conversation where, String args) throws IOException {
    sender.send(where.reply(text()).build());
  }

  String text() throws IOException {
    IndexStats stats = index.stats();
    QuestionStats.Counts asked = questions.counts();
    int subscribed = subscriptions.getAsInt();
    StringBuilder out = new StringBuilder("📊 <b>Bot figures</b>\n");
    out.append("Articles: ").append(stats.articles()).append(" · paragraphs: ").append(stats.paragraphs()).append('\n');
    out.append("Subscriptions: ").append(subscribed < 0 ? "not available" : String.valueOf(subscribed)).append('\n');
    out.append("Questions answered: ").append(asked.today()).append(" today (UTC), ").append(asked.total())
        .append(" in total\n");
    out.append("Index on disk: ").append(AdminReplies.bytes(stats.bytesOnDisk())).append('\n');
    out.append("Last reindex: ").append(lastReindex()).append('\n');
    for (String line : moreFigures.get()) out.append(line).append('\n');
    out.append("Uptime: ").append(AdminReplies.duration(Duration.between(startedAt, clock.instant()))).append('\n');
    out.append("Version: ").append(Html.escape(version));
    appendFeedback(out);
    return out.toString();
  }

  /** The 👎 and unanswered questions: the list to improve the articles from. */
  private void appendFeedback(StringBuilder out) {
    out.append("\n\n<b>Feedback</b>\n");
    if (feedback == null) {
      out.append("not available");
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
      out.append("could not be read (see the bot's log)");
      return;
    }
    out.append("👎 ").append(counts.down()).append(" · unanswered: ").append(counts.noAnswer());
    if (newest.isEmpty()) return;
    out.append("\nNewest (all in the <code>feedback</code> command):");
    for (Feedback f : newest) {
      out.append("\n").append(f.vote() == FeedbackRepository.Vote.DOWN ? "👎 " : "❔ ")
          .append(Html.escape(question(f.question())))
          .append(" <i>").append(PassageSource.DAY.format(f.at().atZone(ZoneOffset.UTC))).append("</i>");
    }
  }

  /** A stored question on one line (someone's line breaks stay out of the list), cut at a word where long. */
  static String question(String text) {
    return Html.cut(text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}\\s]+", " ").strip(), QUESTION_CHARS);
  }

  private String lastReindex() {
    String now = reindexer.isRunning() ? " (one is running now)" : "";
    Instant at = reindexer.lastReindexAt();
    ReindexReport report = reindexer.lastReport();
    if (at == null || report == null) return "none since the bot started" + now;
    return WHEN.format(at) + ", " + report.articles() + " articles in " + AdminReplies.duration(report.took()) + now;
  }
}
