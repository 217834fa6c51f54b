package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.peacetalks.storage.OpenStates;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

class SenderTest {
  @TempDir Path data;
  private final OpenStates states = new OpenStates();

  @AfterEach
  void closeStates() {
    states.close();
  }

  private TelegramClient client;
  private final List<Duration> slept = new ArrayList<>();
  private BlockedChats blocked;
  private Sender sender;

  @BeforeEach
  void setUp() throws Exception {
    client = mock(TelegramClient.class);
    blocked = BlockedChats.load(states.open(data), java.time.Clock.systemUTC());
    Sleeper sleeper = slept::add;
    RateLimiter unlimited =
        new RateLimiter(
            new RateLimiter.Limit(1000, Duration.ofNanos(1)),
            new RateLimiter.Limit(1000, Duration.ofNanos(1)),
            new RateLimiter.Limit(1000, Duration.ofNanos(1)),
            System::nanoTime,
            sleeper);
    sender =
        new Sender(
            client,
            unlimited,
            blocked,
            sleeper,
            POLICY,
            new ApiReachability(java.time.Clock.systemUTC()));
  }

  /**
   * 100 ms doubling up to 1 s, for up to 5 s in all; 2 s before resending a call that timed out.
   */
  static final Sender.RetryPolicy POLICY =
      new Sender.RetryPolicy(
          Duration.ofMillis(100),
          Duration.ofSeconds(1),
          Duration.ofSeconds(5),
          Duration.ofSeconds(2));

  static Duration total(List<Duration> waits) {
    return waits.stream().reduce(Duration.ZERO, Duration::plus);
  }

  private RateLimiter unlimitedLimiter() {
    return new RateLimiter(
        new RateLimiter.Limit(1000, Duration.ofNanos(1)),
        new RateLimiter.Limit(1000, Duration.ofNanos(1)),
        new RateLimiter.Limit(1000, Duration.ofNanos(1)),
        System::nanoTime,
        d -> {});
  }

  static TelegramApiRequestException error(int code, String description, Integer retryAfter) {
    ApiResponse<Object> response =
        ApiResponse.builder()
            .ok(false)
            .errorCode(code)
            .errorDescription(description)
            .parameters(retryAfter == null ? null : new ResponseParameters(null, retryAfter))
            .build();
    return new TelegramApiRequestException("x", response);
  }

  static SendMessage html(long chat, String text) {
    return SendMessage.builder().chatId(chat).text(text).parseMode("HTML").build();
  }

  @Test
  void waitsRetryAfterOn429ThenSends() throws Exception {
    Message ok = new Message();
    when(client.execute(any(SendMessage.class)))
        .thenThrow(error(429, "Too Many Requests: retry after 3", 3))
        .thenReturn(ok);
    assertTrue(sender.send(html(1, "hi")).isPresent());
    assertEquals(List.of(Duration.ofSeconds(3)), slept);
    verify(client, times(2)).execute(any(SendMessage.class));
  }

  @Test
  void retries5xxAndNetworkErrorsWithGrowingBackoff() throws Exception {
    when(client.execute(any(SendMessage.class)))
        .thenThrow(error(500, "Internal Server Error", null))
        .thenThrow(new TelegramApiException("io", new java.io.IOException("reset")))
        .thenReturn(new Message());
    assertTrue(sender.send(html(1, "hi")).isPresent());
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), slept);
  }

  @Test
  void backsOffUpToTheCapAndGivesUpOnlyWhenTheBudgetIsSpent() throws Exception {
    when(client.execute(any(SendMessage.class))).thenThrow(error(502, "Bad Gateway", null));
    Delivery d = sender.deliver(html(1, "hi"));
    assertFalse(d.delivered());
    assertTrue(d.detail().contains("502"), d.detail());
    assertEquals(
        List.of(100L, 200L, 400L, 800L, 1000L, 1000L, 1000L),
        slept.stream().map(Duration::toMillis).toList());
    assertTrue(total(slept).compareTo(POLICY.budget()) <= 0);
    verify(client, times(slept.size() + 1)).execute(any(SendMessage.class));
  }

  @Test
  void anOutageOfMinutesIsOutlastedWithTheDefaultBudget() throws Exception {
    Sender patient =
        new Sender(
            client,
            unlimitedLimiter(),
            blocked,
            slept::add,
            Sender.RetryPolicy.DEFAULTS,
            new ApiReachability(java.time.Clock.systemUTC()));
    var refused =
        new TelegramApiException(
            "Unable to execute sendmessage method",
            new java.net.ConnectException("Connection refused"));
    var stubbing = when(client.execute(any(SendMessage.class)));
    for (int i = 0; i < 12; i++) stubbing = stubbing.thenThrow(refused);
    stubbing.thenReturn(new Message());
    assertTrue(patient.deliver(html(1, "hi")).delivered());
    assertTrue(total(slept).compareTo(Duration.ofMinutes(3)) > 0, "waited " + total(slept));
    assertEquals(Duration.ofSeconds(30), slept.get(slept.size() - 1), "capped");
    verify(client, times(13)).execute(any(SendMessage.class));
  }

  @Test
  void waitsTheFullRetryAfterEvenWhenLong() throws Exception {
    when(client.execute(any(SendMessage.class)))
        .thenThrow(error(429, "Too Many Requests: retry after 4", 4))
        .thenReturn(new Message());
    assertTrue(sender.send(html(1, "hi")).isPresent());
    assertEquals(List.of(Duration.ofSeconds(4)), slept);
  }

  @Test
  void aReplyThatCannotBeReadAfterA2xxIsDeliveredOnceAndNeverResent() throws Exception {
    when(client.execute(any(SendMessage.class)))
        .thenThrow(
            new TelegramApiRequestException(
                "Unable to deserialize response",
                new java.io.IOException("Numeric value (1764000000000) out of range of int")));
    Delivery d = sender.deliver(html(1, "hi"));
    assertTrue(d.delivered());
    verify(client, times(1)).execute(any(SendMessage.class));
    assertTrue(slept.isEmpty());
  }

  @Test
  void aCallTheClientRefusesToSendIsNotRetried() throws Exception {
    var edit =
        org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText.builder()
            .chatId(1L)
            .messageId(5)
            .text("x")
            .build();
    when(client.execute(
            any(org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText.class)))
        .thenThrow(
            new TelegramApiException(
                "Unable to execute editmessagetext method",
                new org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException(
                    "MessageId parameter can't be empty", edit)));
    assertFalse(sender.edit(edit));
    verify(client, times(1))
        .execute(
            any(org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText.class));
    assertTrue(slept.isEmpty());
  }

  @Test
  void aSendThatTimedOutIsSentOnceMoreAfterALongerWaitAndNeverAThirdTime() throws Exception {
    var timeout =
        new TelegramApiException(
            "Unable to execute sendmessage method", new java.net.SocketTimeoutException("timeout"));
    when(client.execute(any(SendMessage.class))).thenThrow(timeout);
    assertFalse(sender.deliver(html(1, "hi")).delivered());
    verify(client, times(2)).execute(any(SendMessage.class));
    assertEquals(List.of(POLICY.maybeSentWait()), slept);
  }

  @Test
  void aConnectTimeoutIsRetriedLikeAnyCallThatNeverWentOut() throws Exception {
    var connect =
        new TelegramApiException(
            "Unable to execute sendmessage method",
            new java.net.SocketTimeoutException("Connect timed out"));
    when(client.execute(any(SendMessage.class)))
        .thenThrow(connect)
        .thenThrow(connect)
        .thenThrow(connect)
        .thenReturn(new Message());
    assertTrue(sender.deliver(html(1, "hi")).delivered());
    assertEquals(List.of(100L, 200L, 400L), slept.stream().map(Duration::toMillis).toList());
  }

  @Test
  void records403AndStopsWritingToThatChat() throws Exception {
    when(client.execute(any(SendMessage.class)))
        .thenThrow(error(403, "Forbidden: bot was blocked by the user", null));
    assertFalse(sender.send(html(42, "hi")).isPresent());
    assertTrue(blocked.contains(42));
    assertFalse(sender.send(html(42, "again")).isPresent());
    verify(client, times(1)).execute(any(SendMessage.class));
    assertTrue(
        BlockedChats.load(states.open(data), java.time.Clock.systemUTC()).contains(42),
        "survives a restart");
  }

  @Test
  void resendsAsPlainTextWhenTelegramCannotParseTheHtml() throws Exception {
    when(client.execute(any(SendMessage.class)))
        .thenThrow(error(400, "Bad Request: can't parse entities: Unsupported start tag", null))
        .thenReturn(new Message());
    assertTrue(sender.send(html(1, "<b>1 &lt; 2</b> &amp; more")).isPresent());
    ArgumentCaptor<SendMessage> sent = ArgumentCaptor.forClass(SendMessage.class);
    verify(client, times(2)).execute(sent.capture());
    SendMessage last = sent.getAllValues().get(1);
    assertNull(last.getParseMode());
    assertEquals("1 < 2 & more", last.getText());
  }

  @Test
  void otherClientErrorsAreNotRetried() throws Exception {
    when(client.execute(any(SendMessage.class)))
        .thenThrow(error(400, "Bad Request: message is too long", null));
    assertFalse(sender.send(html(1, "x")).isPresent());
    verify(client, times(1)).execute(any(SendMessage.class));
    assertTrue(slept.isEmpty());
    verify(client, never()).execute(any(org.telegram.telegrambots.meta.api.methods.GetMe.class));
  }

  @Test
  void aGroupThatBecameASupergroupGetsTheMessageThere() throws Exception {
    ApiResponse<Object> migrated =
        ApiResponse.builder()
            .ok(false)
            .errorCode(400)
            .errorDescription("Bad Request: group chat was upgraded to a supergroup chat")
            .parameters(new ResponseParameters(-1001234L, null))
            .build();
    when(client.execute(any(SendMessage.class)))
        .thenThrow(new TelegramApiRequestException("x", migrated))
        .thenReturn(new Message());
    assertTrue(sender.send(html(-55, "hi")).isPresent());
    ArgumentCaptor<SendMessage> sent = ArgumentCaptor.forClass(SendMessage.class);
    verify(client, times(2)).execute(sent.capture());
    assertEquals("-1001234", sent.getAllValues().get(1).getChatId());
  }

  @Test
  void fileUrlsUseTheConfiguredServer() {
    var url = TelegramEndpoint.of(java.net.URI.create("http://127.0.0.1:8081"));
    assertEquals(
        "http://127.0.0.1:8081/file/bot1:t/documents/a.txt",
        TelegramEndpoint.fileUrl(url, "1:t", "documents/a.txt"));
    assertEquals(
        443, TelegramEndpoint.of(java.net.URI.create("https://api.telegram.org")).getPort());
  }
}
