package org.peacetalks.telegram;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.IntSupplier;
import org.peacetalks.admin.ReindexReport;
import org.peacetalks.admin.Reindexer;
import org.peacetalks.search.IndexStats;
import org.peacetalks.search.SearchIndex;

/**
 * {@code /stats} (bot admins): articles, paragraphs, subscriptions, questions answered today and
 * in total, index size on disk, last reindex, uptime, version.
 */
final class StatsCommand implements Command {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final SearchIndex index;
  private final Reindexer reindexer;
  private final IntSupplier subscriptions;
  private final QuestionStats questions;
  private final Sender sender;
  private final Clock clock;
  private final Instant startedAt;
  private final String version;

  /** @param subscriptions the number of subscribed chats; negative when subscriptions are not running */
  StatsCommand(SearchIndex index, Reindexer reindexer, IntSupplier subscriptions, QuestionStats questions,
      Sender sender, Clock clock, Instant startedAt, String version) {
    this.index = index;
    this.reindexer = reindexer;
    this.subscriptions = subscriptions;
    this.questions = questions;
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
    out.append("Uptime: ").append(AdminReplies.duration(Duration.between(startedAt, clock.instant()))).append('\n');
    out.append("Version: ").append(Html.escape(version));
    return out.toString();
  }

  private String lastReindex() {
    String now = reindexer.isRunning() ? " (one is running now)" : "";
    Instant at = reindexer.lastReindexAt();
    ReindexReport report = reindexer.lastReport();
    if (at == null || report == null) return "none since the bot started" + now;
    return WHEN.format(at) + ", " + report.articles() + " articles in " + AdminReplies.duration(report.took()) + now;
  }
}
