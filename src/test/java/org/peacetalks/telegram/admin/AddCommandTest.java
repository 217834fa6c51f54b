package org.peacetalks.telegram.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peacetalks.search.ArticleSummary;
import org.peacetalks.telegram.AdminTestBed;
import org.peacetalks.telegram.Conversation;
import org.peacetalks.telegram.Html;
import org.peacetalks.telegram.TelegramHtml;
import org.peacetalks.telegram.TestUpdates;
import org.peacetalks.wording.Texts;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.message.Message;

class AddCommandTest {
  static final long TEN_MB = 10L * 1024 * 1024;

  @TempDir Path dir;
  AdminTestBed bed;
  FileDownloader downloader;
  AddCommand add;
  final Conversation admin = AdminTestBed.privateChat(AdminTestBed.ADMIN);

  @BeforeEach
  void setUp() throws Exception {
    bed = new AdminTestBed(dir);
    downloader = mock(FileDownloader.class);
    add = new AddCommand(bed.intake, bed.sender, downloader, AdminTestBed.MAX_BYTES);
    when(bed.sender.execute(any(GetFile.class)))
        .thenAnswer(
            inv -> {
              GetFile get = inv.getArgument(0);
              File f = new File();
              f.setFileId(get.getFileId());
              f.setFilePath("documents/" + get.getFileId());
              return Optional.of(f);
            });
  }

  @AfterEach
  void tearDown() throws Exception {
    bed.close();
  }

  private void upload(String name, byte[] content) throws Exception {
    when(downloader.download(eq("documents/F-" + name), anyLong())).thenReturn(content);
    Message m =
        AdminTestBed.document(
            AdminTestBed.ADMIN, AdminTestBed.ADMIN, name, (long) content.length, "/add");
    add.handle(admin, "", m);
  }

  private static byte[] article(String extra) {
    return (new String(AdminTestBed.ARTICLE, StandardCharsets.UTF_8) + extra + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void addsAnUploadedFileAndRepliesWithIdTitleAndParagraphs() throws Exception {
    upload("talks.txt", AdminTestBed.ARTICLE);
    String reply = bed.lastSent();
    ArticleSummary a = bed.added.get(0);
    assertTrue(reply.contains("Added <b>Prisoner swap agreed in Istanbul</b>"), reply);
    assertTrue(reply.contains("<code>" + a.id() + "</code>"), reply);
    assertTrue(reply.contains("1 paragraph kept"), reply);
    assertTrue(
        reply.contains(
            "\nFirst: <i>Negotiators agreed in Istanbul on an exchange of 1,200 prisoners from each side.</i>"),
        reply);
    assertEquals(List.of(a.id() + ".txt"), bed.files());
    assertNull(TelegramHtml.problem(reply));
  }

  @Test
  void theUploadedNameNeverChoosesThePath() throws Exception {
    upload("../../config/bot.yaml", article("yaml"));
    assertEquals(
        "Not added: Only .txt, .md and .html files can be added (this one is .yaml).",
        bed.lastSent());
    upload("", article("empty"));
    assertEquals("Not added: Only .txt, .md and .html files can be added.", bed.lastSent());
    add.handle(
        admin,
        "",
        AdminTestBed.document(AdminTestBed.ADMIN, AdminTestBed.ADMIN, null, 100L, "/add"));
    assertEquals("Not added: Only .txt, .md and .html files can be added.", bed.lastSent());
    // Refused by name: never downloaded.
    verify(bed.sender, never()).execute(any(GetFile.class));

    upload("a/b.txt", article("a/b"));
    upload("..\\..\\x.txt", article("x"));
    assertEquals(2, bed.added.size(), bed.sent().toString());
    for (String f : bed.files()) assertTrue(f.matches("added-[0-9a-f]{16}\\.txt"), f);
  }

  @Test
  void aUkrainianAdminIsToldWhyAFileIsRefusedInUkrainian() throws Exception {
    Conversation ukrainian =
        new Conversation(
            AdminTestBed.ADMIN,
            null,
            1,
            AdminTestBed.ADMIN,
            true,
            null,
            Texts.forLanguage("uk"),
            "uk");
    byte[] binary = {'T', 'i', 't', 'l', 'e', '\n', 0, 1, 2, 3};
    when(downloader.download(eq("documents/F-bin.txt"), anyLong())).thenReturn(binary);
    add.handle(
        ukrainian,
        "",
        AdminTestBed.document(
            AdminTestBed.ADMIN, AdminTestBed.ADMIN, "bin.txt", (long) binary.length, "/add"));
    assertEquals(
        "Не додано: цей файл не можна додати: двійковий файл (містить байти NUL).", bed.lastSent());
    assertEquals(List.of(), bed.files());
  }

  @Test
  void binaryAndInvalidUtf8AreRefusedWithAReason() throws Exception {
    upload("bin.txt", new byte[] {'T', 'i', 't', 'l', 'e', '\n', 0, 1, 2, 3});
    assertEquals(
        "Not added: The file cannot be added: binary file (contains NUL bytes).", bed.lastSent());
    upload(
        "odd.txt",
        new byte[] {
          'T', 'i', 't', 'l', 'e', '\n', 'a', (byte) 0x81, 'b'
        }); // neither UTF-8 nor Windows-1252
    assertEquals(
        "Not added: The file cannot be added: not UTF-8 text (nor Windows-1252).", bed.lastSent());
    assertEquals(List.of(), bed.files());
    assertEquals(0, bed.index.articles().size());
  }

  @Test
  void aTenMegabyteFileIsRefusedBeforeDownloadingByItsAnnouncedSize() throws Exception {
    add.handle(
        admin,
        "",
        AdminTestBed.document(AdminTestBed.ADMIN, AdminTestBed.ADMIN, "big.txt", TEN_MB, "/add"));
    assertTrue(
        bed.lastSent().startsWith("Not added: the file is too large (the limit is 2.0 MB)"),
        bed.lastSent());
    verify(bed.sender, never()).execute(any(GetFile.class));
    verify(downloader, never()).download(anyString(), anyLong());
  }

  @Test
  void aFileLargerThanAnnouncedIsStoppedByTheCappedDownload() throws Exception {
    when(downloader.download(anyString(), eq(AdminTestBed.MAX_BYTES)))
        .thenThrow(new FileDownloader.TooLargeException(AdminTestBed.MAX_BYTES));
    add.handle(
        admin,
        "",
        AdminTestBed.document(AdminTestBed.ADMIN, AdminTestBed.ADMIN, "small.txt", 100L, "/add"));
    assertTrue(bed.lastSent().startsWith("Not added: the file is too large"), bed.lastSent());
    assertEquals(List.of(), bed.files());
  }

  @Test
  void theSameContentTwiceNamesTheExistingArticle() throws Exception {
    upload("one.txt", AdminTestBed.ARTICLE);
    String id = bed.added.get(0).id();
    upload("two.md", AdminTestBed.ARTICLE);
    assertEquals(
        "Not added: this article is already indexed as <code>"
            + id
            + "</code> (<b>Prisoner swap agreed in Istanbul</b>).",
        bed.lastSent());
    assertEquals(1, bed.index.articles().size());
  }

  @Test
  void aReplyToAFileAddsThatFile() throws Exception {
    when(downloader.download(anyString(), anyLong())).thenReturn(AdminTestBed.ARTICLE);
    Message file = AdminTestBed.document(AdminTestBed.ADMIN, 5, "forwarded.txt", 90L, "");
    Message reply =
        TestUpdates.parse(TestUpdates.text(2, AdminTestBed.ADMIN, AdminTestBed.ADMIN, "/add"))
            .getMessage();
    reply.setReplyToMessage(file);
    add.handle(admin, "", reply);
    assertEquals(1, bed.added.size(), bed.sent().toString());
  }

  @Test
  void typedTextBecomesAnArticleAndNoTextExplainsHow() throws Exception {
    Message m =
        TestUpdates.parse(
                TestUpdates.text(
                    1,
                    AdminTestBed.ADMIN,
                    AdminTestBed.ADMIN,
                    "/add Ceasefire holds in Kherson\nThe ceasefire in Kherson held for a third day, officials said."))
            .getMessage();
    add.handle(
        admin,
        "Ceasefire holds in Kherson\nThe ceasefire in Kherson held for a third day, officials said.",
        m);
    assertTrue(bed.lastSent().contains("Added <b>Ceasefire holds in Kherson</b>"), bed.lastSent());
    add.handle(
        admin,
        "",
        TestUpdates.parse(TestUpdates.text(2, AdminTestBed.ADMIN, AdminTestBed.ADMIN, "/add"))
            .getMessage());
    assertEquals(Html.escape(AddCommand.USAGE), bed.lastSent());
  }

  @Test
  void aDownloadFailureIsReportedWithoutTheUrl() throws Exception {
    when(downloader.download(anyString(), anyLong()))
        .thenThrow(
            new java.io.IOException("the Bot API server answered the download with HTTP 404"));
    add.handle(
        admin,
        "",
        AdminTestBed.document(AdminTestBed.ADMIN, AdminTestBed.ADMIN, "a.txt", 10L, "/add"));
    assertTrue(bed.lastSent().contains("HTTP 404"), bed.lastSent());
    assertFalse(bed.lastSent().contains("bot"), bed.lastSent());
  }

  @Test
  void aRussianAdminIsToldWhyTheDownloadFailedInRussian() throws Exception {
    when(downloader.download(anyString(), anyLong()))
        .thenThrow(
            new DownloadFailedException(DownloadFailedException.Failure.HTTP_STATUS, 404, null));
    add.handle(
        new Conversation(
            AdminTestBed.ADMIN,
            null,
            1,
            AdminTestBed.ADMIN,
            true,
            null,
            Texts.forLanguage("ru"),
            "ru"),
        "",
        AdminTestBed.document(AdminTestBed.ADMIN, AdminTestBed.ADMIN, "a.txt", 10L, "/add"));
    assertEquals(
        "Не удалось скачать файл: сервер Bot API ответил на скачивание кодом HTTP 404. Попробуйте"
            + " ещё раз.",
        bed.lastSent());
  }
}
