package org.peacetalks.telegram.admin;

import java.util.Optional;
import org.peacetalks.admin.ArticleIntake;
import org.peacetalks.admin.IntakeProblem;
import org.peacetalks.admin.IntakeResult;
import org.peacetalks.telegram.Command;
import org.peacetalks.telegram.Conversation;
import org.peacetalks.telegram.Html;
import org.peacetalks.telegram.Sender;
import org.peacetalks.wording.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * {@code /add} (bot admins): adds an article, from a .txt, .md or .html file the command is the
 * caption of (or a reply to), or from the text after the command (first line the title, the rest
 * paragraphs). A file's type and announced size are checked before it is downloaded, and the
 * download reads no more than the limit whatever was announced; {@link ArticleIntake} then checks
 * the content (UTF-8, text, duplicates), stores it under a name it makes and indexes it.
 */
final class AddCommand implements Command {
  private static final Logger log = LoggerFactory.getLogger(AddCommand.class);
  static final String USAGE = Texts.english().get("add.usage");

  private final ArticleIntake intake;
  private final Sender sender;
  private final FileDownloader downloader;
  private final long maxBytes;

  AddCommand(ArticleIntake intake, Sender sender, FileDownloader downloader, long maxBytes) {
    this.intake = intake;
    this.sender = sender;
    this.downloader = downloader;
    this.maxBytes = maxBytes;
  }

  @Override
  public String name() {
    return "add";
  }

  @Override
  public String description() {
    return Texts.english().get("command.add");
  }

  @Override
  public Audience audience() {
    return Audience.ADMINS;
  }

  /** {@code /add TITLE\nPARAGRAPHS…} typed in the chat. */
  @Override
  public void handle(Conversation where, String args) throws Exception {
    if (args.isBlank()) {
      reply(where, Html.escape(where.text("add.usage")));
      return;
    }
    report(where, intake.addText(args));
  }

  @Override
  public void handle(Conversation where, String args, Message message) throws Exception {
    Document document = documentOf(message);
    if (document == null) {
      handle(where, args);
      return;
    }
    addDocument(where, document);
  }

  /** The file of the message, or of the message it replies to. */
  private static Document documentOf(Message m) {
    if (m == null) return null;
    if (m.getDocument() != null) return m.getDocument();
    Message replied = m.getReplyToMessage();
    return replied == null ? null : replied.getDocument();
  }

  private void addDocument(Conversation where, Document document) throws Exception {
    String name = document.getFileName() == null ? "" : document.getFileName();
    Optional<IntakeProblem> badType = ArticleIntake.checkName(name);
    if (badType.isPresent()) {
      reply(
          where,
          where.text("add.refused", "problem", AdminReplies.problem(badType.get(), where.texts())));
      return;
    }
    if (document.getFileSize() != null && document.getFileSize() > maxBytes) {
      log.info(
          "Refused /add of a {}-byte file in chat {}: over the limit",
          document.getFileSize(),
          where.chatId());
      reply(where, AdminReplies.tooLarge(maxBytes, where.texts()));
      return;
    }
    Optional<File> file = sender.execute(new GetFile(document.getFileId()));
    if (file.isEmpty() || file.get().getFilePath() == null || file.get().getFilePath().isBlank()) {
      reply(where, where.text("add.noFile"));
      return;
    }
    if (file.get().getFileSize() != null && file.get().getFileSize() > maxBytes) {
      reply(where, AdminReplies.tooLarge(maxBytes, where.texts()));
      return;
    }
    byte[] bytes;
    try {
      bytes = downloader.download(file.get().getFilePath(), maxBytes);
    } catch (FileDownloader.TooLargeException e) {
      log.info(
          "Refused /add in chat {}: the download ran over the limit of {} bytes",
          where.chatId(),
          maxBytes);
      reply(where, AdminReplies.tooLarge(maxBytes, where.texts()));
      return;
    } catch (java.io.IOException e) {
      log.warn("Downloading an /add file for chat {} failed: {}", where.chatId(), e.getMessage());
      reply(where, where.text("add.downloadFailed", "error", downloadFailure(e, where)));
      return;
    }
    report(where, intake.addFile(name, bytes));
  }

  /**
   * Why a download failed, as HTML: the downloader's own reasons in the reader's language; an I/O
   * error of a self-hosted server's disk as its message, without the server's folders.
   */
  private static String downloadFailure(java.io.IOException e, Conversation where) {
    if (e instanceof DownloadFailedException failed)
      return Html.escape(failed.words(where.texts()));
    return Html.escape(AdminReplies.withoutPaths(String.valueOf(e.getMessage())));
  }

  private void report(Conversation where, IntakeResult result) {
    reply(where, AdminReplies.intake(result, where.texts()));
  }

  private void reply(Conversation where, String html) {
    sender.send(where.reply(html).build());
  }
}
