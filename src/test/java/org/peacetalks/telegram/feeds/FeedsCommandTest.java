package org.peacetalks.telegram.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.peacetalks.feeds.Feed;
import org.peacetalks.feeds.FeedProblem;
import org.peacetalks.feeds.FeedRegistry;
import org.peacetalks.feeds.FeedStore;
import org.peacetalks.feeds.Opml;
import org.peacetalks.storage.StateDatabase;
import org.peacetalks.telegram.Conversation;
import org.peacetalks.telegram.Sender;
import org.peacetalks.telegram.TelegramHtml;
import org.peacetalks.telegram.admin.FileDownloader;
import org.peacetalks.wording.Texts;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class FeedsCommandTest {
  @TempDir Path dir;

  static Feed feed(int n, String error) {
    return new Feed(
        n,
        "https://outlet" + n + ".example/rss?a=1&b=2",
        "Outlet <" + n + ">",
        n % 2 == 0,
        null,
        null,
        Instant.parse("2025-12-02T10:00:00Z"),
        null,
        error,
        error == null ? 0 : 1,
        error == null ? null : Instant.parse("2025-12-02T10:30:00Z"),
        3,
        1);
  }

  @Test
  void theListShowsHealthAndSplitsLongListsBetweenFeeds() {
    List<String> one =
        FeedsCommand.messages(List.of(feed(1, null), feed(2, "HTTP 404 from outlet2.example")));
    assertEquals(1, one.size());
    String text = one.get(0);
    assertNull(TelegramHtml.problem(text), text);
    assertTrue(text.contains("1. <b>Outlet &lt;1&gt;</b>"), text);
    assertTrue(text.contains("2. <b>Outlet &lt;2&gt;</b> <i>(config)</i>"), text);
    assertTrue(text.contains("last fetch: 2025-12-02 10:00 UTC · taken 3 · skipped 1"), text);
    assertTrue(
        text.contains("⚠️ HTTP 404 from outlet2.example (next try 2025-12-02 10:30 UTC)"), text);
    assertTrue(text.contains("https://outlet1.example/rss?a=1&amp;b=2"), text);

    List<Feed> many = new ArrayList<>();
    for (int i = 1; i <= 60; i++)
      many.add(feed(i, i % 3 == 0 ? "timed out fetching outlet.example" : null));
    List<String> split = FeedsCommand.messages(many);
    assertTrue(split.size() > 1);
    int entries = 0;
    for (String m : split) {
      assertTrue(m.length() <= FeedsCommand.MESSAGE_CHARS + 10, "fits a message: " + m.length());
      assertNull(TelegramHtml.problem(m), m);
      entries += (int) m.lines().filter(l -> l.matches("\\d+\\. <b>.*")).count();
    }
    assertEquals(60, entries, "every feed once");
    assertTrue(FeedsCommand.messages(List.of()).get(0).contains("/feed add URL"));
  }

  @Test
  void opmlIsSentBackAsADocumentThatReadsBack() throws Exception {
    try (StateDatabase db = StateDatabase.open(dir)) {
      FeedStore store = new FeedStore(db);
      store.add("https://a.example/rss", "A & B", 1L, Instant.now());
      store.add("https://c.example/atom", null, 1L, Instant.now());
      Sender sender = mock(Sender.class);
      when(sender.send(any())).thenReturn(Optional.of(new Message()));
      TelegramClient client = mock(TelegramClient.class);
      byte[][] sentFile = new byte[1][];
      when(client.execute(any(SendDocument.class)))
          .thenAnswer(
              inv -> {
                SendDocument d = inv.getArgument(0);
                try (InputStream in = d.getDocument().getNewMediaStream()) {
                  sentFile[0] = in.readAllBytes();
                }
                return new Message();
              });
      FeedsCommand command =
          new FeedsCommand(new FeedRegistry(store, () -> {}, Clock.systemUTC()), sender, client);
      command.handle(new Conversation(5, null, 9, 5, true), "opml");
      ArgumentCaptor<SendDocument> doc = ArgumentCaptor.forClass(SendDocument.class);
      verify(client).execute(doc.capture());
      assertEquals("5", doc.getValue().getChatId());
      assertTrue(doc.getValue().getDocument().getMediaName().endsWith(".opml"));
      assertEquals(
          List.of(
              new Opml.Entry("https://a.example/rss", "A & B"),
              new Opml.Entry("https://c.example/atom", "c.example")),
          Opml.read(sentFile[0]));

      command.handle(new Conversation(5, null, 9, 5, true), "");
      ArgumentCaptor<SendMessage> list = ArgumentCaptor.forClass(SendMessage.class);
      verify(sender).send(list.capture());
      assertTrue(
          list.getValue().getText().contains("News feeds</b> (2)"), list.getValue().getText());
    }
  }

  @Test
  void aUkrainianAdminReadsTheListInUkrainian() throws Exception {
    try (StateDatabase db = StateDatabase.open(dir)) {
      FeedStore store = new FeedStore(db);
      Instant now = Instant.parse("2025-12-02T10:00:00Z");
      store.add("https://ok.example/rss", "Ok News", 1L, now);
      long broken = store.add("https://gone.example/rss", null, 1L, now).orElseThrow().id();
      store.failed(
          broken,
          new FeedProblem(FeedProblem.Kind.HTTP_STATUS, "gone.example", 404, "").encoded(),
          Instant.parse("2025-12-02T10:30:00Z"),
          now);
      Sender sender = mock(Sender.class);
      when(sender.send(any())).thenReturn(Optional.of(new Message()));
      FeedsCommand command =
          new FeedsCommand(
              new FeedRegistry(store, () -> {}, Clock.systemUTC()),
              sender,
              mock(TelegramClient.class));
      command.handle(in("uk"), "");
      ArgumentCaptor<SendMessage> sent = ArgumentCaptor.forClass(SendMessage.class);
      verify(sender).send(sent.capture());
      String text = sent.getValue().getText();
      assertNull(TelegramHtml.problem(text), text);
      assertTrue(text.startsWith("📰 <b>Стрічки новин</b> (2)"), text);
      assertTrue(text.contains("1. <b>Ok News</b>\nhttps://ok.example/rss\n"), text);
      assertTrue(text.contains("останнє читання: ще не було · взято 0 · пропущено 0"), text);
      assertTrue(
          text.contains("⚠️ HTTP 404 від gone.example (наступна спроба 2 груд. 2025, 10:30 UTC)"),
          text);
      assertTrue(text.contains("останнє читання: 2 груд. 2025, 10:00 UTC"), text);
      assertFalse(text.matches("(?s).*\\b(last fetch|taken|skipped|next try)\\b.*"), text);
    }
  }

  @Test
  void aRussianAdminIsToldInRussianWhyAFeedIsNotAdded() throws Exception {
    try (StateDatabase db = StateDatabase.open(dir)) {
      FeedStore store = new FeedStore(db);
      store.add("https://a.example/rss", null, 1L, Instant.now());
      Sender sender = mock(Sender.class);
      when(sender.send(any())).thenReturn(Optional.of(new Message()));
      FeedCommand command =
          new FeedCommand(
              new FeedRegistry(store, () -> {}, Clock.systemUTC()),
              sender,
              mock(FileDownloader.class),
              1_000_000);
      command.handle(in("ru"), "add ftp://files.example/rss");
      command.handle(in("ru"), "add https://a.example/rss");
      command.handle(in("ru"), "remove 7");
      command.handle(in("ru"), "nonsense");
      ArgumentCaptor<SendMessage> sent = ArgumentCaptor.forClass(SendMessage.class);
      verify(sender, times(4)).send(sent.capture());
      List<String> texts = sent.getAllValues().stream().map(SendMessage::getText).toList();
      assertEquals(
          "Не добавлено: лента должна быть адресом http(s), например"
              + " <code>https://example.com/rss</code>.",
          texts.get(0));
      assertEquals("Эта лента уже есть в списке (/feeds).", texts.get(1));
      assertEquals("Ленты 7 нет (см. /feeds).", texts.get(2));
      assertTrue(texts.get(3).startsWith("Пришлите <code>/feed add URL</code>"), texts.get(3));
      assertEquals(1, store.list().size(), "nothing was added");
    }
  }

  @Test
  void theStatsLineOfFeedsIsWordedPerLanguageWithFailingOnesOnlyWhenThereAreAny() {
    assertEquals(
        "News feeds: 3 · items today (UTC): 4 taken, 1 skipped",
        Texts.english().get("stats.feeds", "feeds", 3, "failing", 0, "taken", 4, "skipped", 1));
    assertEquals(
        "Стрічки новин: 5 (2 з помилками) · матеріалів сьогодні (UTC): узято 4, пропущено 1",
        Texts.forLanguage("uk")
            .get("stats.feeds", "feeds", 5, "failing", 2, "taken", 4, "skipped", 1));
    assertEquals(
        "Ленты новостей: 5 (1 с ошибкой) · материалов сегодня (UTC): взято 0, пропущено 7",
        Texts.forLanguage("ru")
            .get("stats.feeds", "feeds", 5, "failing", 1, "taken", 0, "skipped", 7));
  }

  @Test
  void configuredFeedsAndOpmlCountsAreWordedPerLanguage() throws Exception {
    Texts uk = Texts.forLanguage("uk");
    Texts ru = Texts.forLanguage("ru");
    assertEquals(
        "Added 1 feed; 2 already in the list. /feeds lists them.",
        Texts.english().get("feed.opmlAdded", "added", 1, "already", 2, "refused", 0));
    assertEquals(
        "Додано: 5 стрічок; відхилено (не http/https): 1. Список — у /feeds.",
        uk.get("feed.opmlAdded", "added", 5, "already", 0, "refused", 1));
    assertEquals(
        "Добавлено: 3 ленты. Список — в /feeds.",
        ru.get("feed.opmlAdded", "added", 3, "already", 0, "refused", 0));
    assertEquals("Ленты новостей, 21 (OPML)", ru.get("feeds.opmlCaption", "count", 21));
  }

  private static Conversation in(String language) {
    return new Conversation(5, null, 9, 5, true, null, Texts.forLanguage(language), language);
  }
}
