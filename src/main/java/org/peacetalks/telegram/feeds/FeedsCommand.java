package org.peacetalks.telegram.feeds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.peacetalks.feeds.Feed;
import org.peacetalks.feeds.FeedRegistry;
import org.peacetalks.telegram.Command;
import org.peacetalks.telegram.Conversation;
import org.peacetalks.telegram.Html;
import org.peacetalks.telegram.Sender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * {@code /feeds} (bot admins): every feed, numbered as {@code /feed remove N} takes them, with its
 * name, address, last fetch, items taken and skipped, and its last error. {@code /feeds opml} sends
 * them back as an OPML file.
 */
final class FeedsCommand implements Command {
  private static final Logger log = LoggerFactory.getLogger(FeedsCommand.class);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** One message holds at most this many characters of list (Telegram's limit is 4,096). */
  static final int MESSAGE_CHARS = 3_500;

  static final int ERROR_CHARS = 200;

  private final FeedRegistry registry;
  private final Sender sender;
  private final TelegramClient client;

  FeedsCommand(FeedRegistry registry, Sender sender, TelegramClient client) {
    this.registry = registry;
    this.sender = sender;
    this.client = client;
  }

  @Override
  public String name() {
    return "feeds";
  }

  @Override
  public String description() {
    return "News feeds: health; /feeds opml exports them";
  }

  @Override
  public Audience audience() {
    return Audience.ADMINS;
  }

  @Override
  public void handle(Conversation where, String args) throws IOException {
    if (args.strip().equalsIgnoreCase("opml")) {
      export(where);
      return;
    }
    for (String message : messages(registry.list())) sender.send(where.reply(message).build());
  }

  /** The list in as many messages as it takes, never splitting a feed's entry. */
  static List<String> messages(List<Feed> feeds) {
    List<String> out = new ArrayList<>();
    if (feeds.isEmpty()) {
      out.add(
          "No news feeds yet. Add one with <code>/feed add URL</code>, or send an .opml file with the caption"
              + " <code>/feed add</code>.");
      return out;
    }
    StringBuilder current = new StringBuilder("📰 <b>News feeds</b> (" + feeds.size() + ")\n");
    for (int i = 0; i < feeds.size(); i++) {
      String entry = entry(i + 1, feeds.get(i));
      if (current.length() + entry.length() > MESSAGE_CHARS) {
        out.add(current.toString().strip());
        current.setLength(0);
      }
      current.append('\n').append(entry);
    }
    out.add(current.toString().strip());
    return out;
  }

  private static String entry(int n, Feed f) {
    StringBuilder s = new StringBuilder();
    s.append(n)
        .append(". <b>")
        .append(Html.escape(Html.cut(f.label(), 80)))
        .append("</b>")
        .append(f.fromConfig() ? " <i>(config)</i>" : "")
        .append('\n');
    s.append(Html.escape(Html.cut(f.url(), 200))).append('\n');
    s.append("last fetch: ")
        .append(f.lastFetchAt() == null ? "not yet" : WHEN.format(f.lastFetchAt()))
        .append(" · taken ")
        .append(f.taken())
        .append(" · skipped ")
        .append(f.skipped())
        .append('\n');
    if (f.lastError() != null) {
      s.append("⚠️ ").append(Html.escape(Html.cut(f.lastError(), ERROR_CHARS)));
      if (f.backoffUntil() != null)
        s.append(" (next try ").append(WHEN.format(f.backoffUntil())).append(')');
      s.append('\n');
    }
    return s.toString();
  }

  private void export(Conversation where) throws IOException {
    byte[] opml = registry.opml();
    SendDocument.SendDocumentBuilder<?, ?> doc =
        SendDocument.builder()
            .chatId(where.chatId())
            .document(new InputFile(new ByteArrayInputStream(opml), "peacetalks-feeds.opml"))
            .caption("News feeds, " + registry.list().size() + " (OPML)");
    if (where.threadId() != null) doc.messageThreadId(where.threadId());
    try {
      client.execute(doc.build());
    } catch (TelegramApiException e) {
      log.warn("Sending the OPML export to chat {} failed: {}", where.chatId(), e.getMessage());
      sender.send(where.reply("I could not send the file. Please try again.").build());
    }
  }
}
