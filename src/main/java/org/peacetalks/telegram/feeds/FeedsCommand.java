package org.peacetalks.telegram.feeds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.peacetalks.feeds.Feed;
import org.peacetalks.feeds.FeedProblem;
import org.peacetalks.feeds.FeedRegistry;
import org.peacetalks.telegram.Command;
import org.peacetalks.telegram.Conversation;
import org.peacetalks.telegram.Html;
import org.peacetalks.telegram.Sender;
import org.peacetalks.wording.Texts;
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
    return Texts.english().get("command.feeds");
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
    for (String message : messages(registry.list(), where.texts()))
      sender.send(where.reply(message).build());
  }

  /** The list in English; see {@link #messages(List, Texts)}. */
  static List<String> messages(List<Feed> feeds) {
    return messages(feeds, Texts.english());
  }

  /** The list in as many messages as it takes, never splitting a feed's entry. */
  static List<String> messages(List<Feed> feeds, Texts t) {
    List<String> out = new ArrayList<>();
    if (feeds.isEmpty()) {
      out.add(t.get("feeds.empty"));
      return out;
    }
    StringBuilder current = new StringBuilder(t.get("feeds.title", "count", feeds.size()) + "\n");
    for (int i = 0; i < feeds.size(); i++) {
      String entry = entry(i + 1, feeds.get(i), t);
      if (current.length() + entry.length() > MESSAGE_CHARS) {
        out.add(current.toString().strip());
        current.setLength(0);
      }
      current.append('\n').append(entry);
    }
    out.add(current.toString().strip());
    return out;
  }

  private static String entry(int n, Feed f, Texts t) {
    StringBuilder s = new StringBuilder();
    s.append(
            t.get(
                "feeds.entry",
                "n",
                n,
                "label",
                Html.escape(Html.cut(f.label(), 80)),
                "config",
                f.fromConfig() ? "yes" : "no"))
        .append('\n');
    s.append(Html.escape(Html.cut(f.url(), 200))).append('\n');
    s.append(
            t.get(
                "feeds.health",
                "when",
                f.lastFetchAt() == null ? t.get("feeds.notYet") : when(f.lastFetchAt(), t),
                "taken",
                f.taken(),
                "skipped",
                f.skipped()))
        .append('\n');
    FeedProblem problem = f.problem();
    if (problem != null) {
      String words = Html.escape(Html.cut(problem.words(t), ERROR_CHARS));
      s.append(
              f.backoffUntil() == null
                  ? t.get("feeds.error", "problem", words)
                  : t.get("feeds.errorRetry", "problem", words, "when", when(f.backoffUntil(), t)))
          .append('\n');
    }
    return s.toString();
  }

  private static String when(Instant at, Texts t) {
    return t.date("format.feedTime", at, ZoneOffset.UTC);
  }

  private void export(Conversation where) throws IOException {
    byte[] opml = registry.opml();
    SendDocument.SendDocumentBuilder<?, ?> doc =
        SendDocument.builder()
            .chatId(where.chatId())
            .document(new InputFile(new ByteArrayInputStream(opml), "peacetalks-feeds.opml"))
            .caption(where.text("feeds.opmlCaption", "count", registry.list().size()));
    if (where.threadId() != null) doc.messageThreadId(where.threadId());
    try {
      client.execute(doc.build());
    } catch (TelegramApiException e) {
      log.warn("Sending the OPML export to chat {} failed: {}", where.chatId(), e.getMessage());
      sender.send(where.reply(where.text("feeds.sendFailed")).build());
    }
  }
}
