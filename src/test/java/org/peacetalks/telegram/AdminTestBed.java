package org.peacetalks.telegram;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.mockito.ArgumentCaptor;
import org.peacetalks.admin.ArticleIntake;
import org.peacetalks.admin.Reindexer;
import org.peacetalks.corpus.ArticleParser;
import org.peacetalks.corpus.ArticleStore;
import org.peacetalks.search.ArticleSummary;
import org.peacetalks.search.SearchIndex;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The admin feature's real services (articles folder, in-memory index with a {@link StubEmbedder},
 * intake, reindexer) over a temp folder, with a mocked {@link Sender} and {@link TelegramClient}.
 */
public final class AdminTestBed implements AutoCloseable {
  public static final long ADMIN = 7;
  public static final long MAX_BYTES = 2_000_000;
  public static final byte[] ARTICLE =
      ("Prisoner swap agreed in Istanbul\n\n"
              + "Negotiators agreed in Istanbul on an exchange of 1,200 prisoners from each side.\n")
          .getBytes(StandardCharsets.UTF_8);

  public final Path articles;
  public final StubEmbedder embedder = new StubEmbedder();
  public final SearchIndex index;
  final ArticleStore store;
  public final ArticleIntake intake;
  public final Reindexer reindexer;
  public final List<ArticleSummary> added = new CopyOnWriteArrayList<>();
  public final List<String> forgotten = new CopyOnWriteArrayList<>();
  public final Sender sender = mock(Sender.class);
  public final TelegramClient client = mock(TelegramClient.class);
  private int messageIds = 100;

  public AdminTestBed(Path dir) throws IOException {
    articles = Files.createDirectories(dir.resolve("articles"));
    index = SearchIndex.inMemory(embedder);
    store = new ArticleStore(articles, new ArticleParser(MAX_BYTES));
    intake = new ArticleIntake(store, index, Clock.systemUTC(), added::add);
    reindexer = new Reindexer(store, index, Clock.systemUTC());
    when(sender.send(any()))
        .thenAnswer(
            inv -> {
              Message m = new Message();
              m.setMessageId(++messageIds);
              return Optional.of(m);
            });
    when(sender.edit(any())).thenReturn(true);
  }

  public BotContext context() {
    return TestContexts.of(
        sender,
        client,
        new Permissions(Set.of(ADMIN), sender, Clock.systemUTC()),
        Clock.systemUTC());
  }

  /** Every text sent, in order. */
  public List<String> sent() {
    ArgumentCaptor<SendMessage> c = ArgumentCaptor.forClass(SendMessage.class);
    org.mockito.Mockito.verify(sender, org.mockito.Mockito.atLeast(0)).send(c.capture());
    return c.getAllValues().stream().map(SendMessage::getText).toList();
  }

  /** Every edit's text, in order. */
  public List<String> edits() {
    ArgumentCaptor<EditMessageText> c = ArgumentCaptor.forClass(EditMessageText.class);
    org.mockito.Mockito.verify(sender, org.mockito.Mockito.atLeast(0)).edit(c.capture());
    return c.getAllValues().stream().map(EditMessageText::getText).toList();
  }

  public String lastSent() {
    List<String> all = sent();
    return all.isEmpty() ? null : all.get(all.size() - 1);
  }

  /** Files under the articles folder, relative, sorted. */
  public List<String> files() throws IOException {
    try (Stream<Path> s = Files.walk(articles)) {
      return s.filter(Files::isRegularFile)
          .map(p -> articles.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  /** An article file with {@code paragraphs} distinct paragraphs, written into the folder. */
  public void writeArticle(String fileName, String title, int paragraphs, String word)
      throws IOException {
    StringBuilder text = new StringBuilder(title).append("\n\n");
    for (int i = 0; i < paragraphs; i++) {
      text.append("Paragraph ")
          .append(i)
          .append(" about the ")
          .append(word)
          .append(" talks, point number ")
          .append(i * 7 + 3)
          .append(" of the negotiators' list.\n\n");
    }
    Files.writeString(articles.resolve(fileName), text);
  }

  /** A message with a document and {@code caption}, as Telegram sends it. */
  public static Message document(
      long chatId, long userId, String fileName, Long size, String caption) {
    ObjectNode update = TestUpdates.text(1, chatId, userId, caption);
    ObjectNode m = (ObjectNode) update.get("message");
    m.put("caption", m.remove("text").asText());
    if (m.has("entities")) m.set("caption_entities", m.remove("entities"));
    ObjectNode doc = m.putObject("document");
    doc.put("file_id", "F-" + fileName).put("file_unique_id", "U-" + fileName);
    if (fileName != null) doc.put("file_name", fileName);
    if (size != null) doc.put("file_size", size);
    return TestUpdates.parse(update).getMessage();
  }

  public static Conversation privateChat(long userId) {
    return new Conversation(userId, null, 1, userId, true);
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
