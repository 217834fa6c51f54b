package org.peacetalks.telegram.feeds;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.peacetalks.feeds.Feed;
import org.peacetalks.feeds.FeedFormatException;
import org.peacetalks.feeds.FeedRegistry;
import org.peacetalks.telegram.Command;
import org.peacetalks.telegram.Conversation;
import org.peacetalks.telegram.Html;
import org.peacetalks.telegram.Sender;
import org.peacetalks.telegram.admin.AdminReplies;
import org.peacetalks.telegram.admin.FileDownloader;
import org.peacetalks.wording.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * {@code /feed add URL [NAME]}, {@code /feed remove N} (bot admins), and an .opml file uploaded
 * with the caption {@code /feed add} (or replied to with it): every feed in it is added. The file
 * is read with the same hardened XML parser as feeds, so it can reach nothing either.
 */
final class FeedCommand implements Command {
  private static final Logger log = LoggerFactory.getLogger(FeedCommand.class);

  private final FeedRegistry registry;
  private final Sender sender;
  private final FileDownloader downloader;
  private final long maxBytes;

  FeedCommand(FeedRegistry registry, Sender sender, FileDownloader downloader, long maxBytes) {
    this.registry = registry;
    this.sender = sender;
    this.downloader = downloader;
    this.maxBytes = maxBytes;
  }

  @Override
  public String name() {
    return "feed";
  }

  @Override
  public String description() {
    return Texts.english().get("command.feed");
  }

  @Override
  public Audience audience() {
    return Audience.ADMINS;
  }

  @Override
  public void handle(Conversation where, String args) throws IOException {
    String[] words = args.strip().split("\\s+", 3);
    String verb = words[0].toLowerCase(Locale.ROOT);
    if (verb.equals("add") && words.length >= 2) {
      add(where, words[1], words.length == 3 ? words[2].strip() : null);
    } else if ((verb.equals("remove") || verb.equals("rm") || verb.equals("delete"))
        && words.length == 2) {
      remove(where, words[1]);
    } else {
      reply(where, where.text("feed.usage"));
    }
  }

  @Override
  public void handle(Conversation where, String args, Message message) throws Exception {
    Document document =
        message == null
            ? null
            : message.getDocument() != null
                ? message.getDocument()
                : message.getReplyToMessage() != null
                    ? message.getReplyToMessage().getDocument()
                    : null;
    if (document != null && args.strip().equalsIgnoreCase("add")) {
      addOpml(where, document);
      return;
    }
    handle(where, args);
  }

  private void add(Conversation where, String url, String name) throws IOException {
    FeedRegistry.Added r = registry.add(url, name, where.chatId());
    if (!r.refused().isEmpty()) {
      reply(where, where.text("feed.notHttp"));
    } else if (r.added() == 0) {
      reply(where, where.text("feed.already"));
    } else {
      reply(where, where.text("feed.added", "url", Html.escape(Html.cut(url, 200))));
    }
  }

  private void remove(Conversation where, String number) throws IOException {
    int n;
    try {
      n = Integer.parseInt(number);
    } catch (NumberFormatException e) {
      reply(where, where.text("feed.usage"));
      return;
    }
    try {
      Feed removed = registry.remove(n);
      reply(
          where,
          removed == null
              ? where.text("feed.noSuch", "n", n)
              : where.text(
                  "feed.removed", "n", n, "label", Html.escape(Html.cut(removed.label(), 80))));
    } catch (FeedRegistry.ConfiguredFeedException e) {
      reply(where, where.text("feed.configured", "url", Html.escape(Html.cut(e.url(), 200))));
    }
  }

  private void addOpml(Conversation where, Document document) throws Exception {
    String name =
        document.getFileName() == null ? "" : document.getFileName().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".opml") && !name.endsWith(".xml")) {
      reply(where, where.text("feed.opmlOnly"));
      return;
    }
    if (document.getFileSize() != null && document.getFileSize() > maxBytes) {
      reply(where, AdminReplies.tooLarge(maxBytes, where.texts()));
      return;
    }
    Optional<File> file = sender.execute(new GetFile(document.getFileId()));
    if (file.isEmpty() || file.get().getFilePath() == null || file.get().getFilePath().isBlank()) {
      reply(where, where.text("feed.noFile"));
      return;
    }
    byte[] bytes;
    try {
      bytes = downloader.download(file.get().getFilePath(), maxBytes);
    } catch (FileDownloader.TooLargeException e) {
      reply(where, AdminReplies.tooLarge(maxBytes, where.texts()));
      return;
    } catch (IOException e) {
      log.warn("Downloading an OPML file for chat {} failed: {}", where.chatId(), e.getMessage());
      reply(where, where.text("feed.downloadFailed"));
      return;
    }
    FeedRegistry.Added r;
    try {
      r = registry.addOpml(bytes, where.chatId());
    } catch (FeedFormatException e) {
      reply(
          where,
          where.text(
              "feed.notOpml",
              "problem",
              Html.escape(Html.cut(e.problem().words(where.texts()), 200))));
      return;
    }
    reply(
        where,
        where.text(
            "feed.opmlAdded",
            "added",
            r.added(),
            "already",
            r.alreadyThere(),
            "refused",
            r.refused().size()));
  }

  private void reply(Conversation where, String html) {
    sender.send(where.reply(html).build());
  }
}
