package org.peacetalks.telegram.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.peacetalks.digest.SendResult;
import org.peacetalks.digest.SendResult.Outcome;
import org.peacetalks.storage.OpenStates;
import org.peacetalks.telegram.ApiOutcome;
import org.peacetalks.telegram.BlockedChats;
import org.peacetalks.telegram.Delivery;
import org.peacetalks.telegram.RateLimiter;
import org.peacetalks.telegram.Sender;
import org.peacetalks.telegram.Sleeper;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * How what became of a digest message in the {@link Sender} maps onto the digest's {@link
 * SendResult}.
 */
class TelegramDigestSenderTest {
  private static final long GROUP = -100500;

  @TempDir Path data;
  private final OpenStates states = new OpenStates();

  @AfterEach
  void closeStates() {
    states.close();
  }

  private TelegramClient client;
  private BlockedChats blocked;
  private TelegramDigestSender digests;

  @BeforeEach
  void setUp() throws Exception {
    client = mock(TelegramClient.class);
    blocked = BlockedChats.load(states.open(data), java.time.Clock.systemUTC());
    digests = new TelegramDigestSender(unlimitedSender(client, blocked));
  }

  static Sender unlimitedSender(TelegramClient client, BlockedChats blocked) {
    Sleeper none = d -> {};
    RateLimiter unlimited =
        new RateLimiter(
            new RateLimiter.Limit(1000, Duration.ofNanos(1)),
            new RateLimiter.Limit(1000, Duration.ofNanos(1)),
            new RateLimiter.Limit(1000, Duration.ofNanos(1)),
            System::nanoTime,
            none);
    return new Sender(client, unlimited, blocked, none, Duration.ofMillis(1));
  }

  static TelegramApiRequestException error(int code, String description, Long migrateTo) {
    ApiResponse<Object> response =
        ApiResponse.builder()
            .ok(false)
            .errorCode(code)
            .errorDescription(description)
            .parameters(migrateTo == null ? null : new ResponseParameters(migrateTo, null))
            .build();
    return new TelegramApiRequestException("x", response);
  }

  @Test
  void deliveredIsSentInTheTopicAsHtml() throws Exception {
    when(client.execute(any(SendMessage.class))).thenReturn(new Message());
    assertEquals(SendResult.sent(), digests.send(GROUP, 33, "<b>Digest</b>"));
    ArgumentCaptor<SendMessage> sent = ArgumentCaptor.forClass(SendMessage.class);
    verify(client).execute(sent.capture());
    assertEquals(String.valueOf(GROUP), sent.getValue().getChatId());
    assertEquals(33, sent.getValue().getMessageThreadId());
    assertEquals("HTML", sent.getValue().getParseMode());
  }

  @Test
  void forbiddenIsChatGoneAndTheChatIsRecordedAsBlocked() throws Exception {
    when(client.execute(any(SendMessage.class)))
        .thenThrow(error(403, "Forbidden: bot was kicked from the supergroup chat", null));
    SendResult r = digests.send(GROUP, null, "digest");
    assertEquals(Outcome.CHAT_GONE, r.outcome());
    assertTrue(r.detail().contains("kicked"), r.detail());
    assertTrue(blocked.contains(GROUP));
  }

  @Test
  void chatNotFoundIsChatGone() throws Exception {
    when(client.execute(any(SendMessage.class)))
        .thenThrow(error(400, "Bad Request: chat not found", null));
    assertEquals(Outcome.CHAT_GONE, digests.send(GROUP, null, "digest").outcome());
  }

  @Test
  void aChatBlockedEarlierIsChatGoneWithoutACall() throws Exception {
    blocked.add(GROUP);
    assertEquals(Outcome.CHAT_GONE, digests.send(GROUP, null, "digest").outcome());
    verify(client, times(0)).execute(any(SendMessage.class));
  }

  @Test
  void upgradedGroupIsResentThereAndReportedAsMigratedAndSent() throws Exception {
    when(client.execute(any(SendMessage.class)))
        .thenThrow(
            error(400, "Bad Request: group chat was upgraded to a supergroup chat", -1009876L))
        .thenReturn(new Message());
    SendResult r = digests.send(-500, null, "digest");
    assertEquals(SendResult.migratedAndSent(-1009876L), r);
    ArgumentCaptor<SendMessage> sent = ArgumentCaptor.forClass(SendMessage.class);
    verify(client, times(2)).execute(sent.capture());
    assertEquals("-1009876", sent.getAllValues().get(1).getChatId());
  }

  @Test
  void upgradedGroupNotReachedAfterwardsIsMigratedForTheRunnerToResend() throws Exception {
    SendResult r =
        TelegramDigestSender.resultOf(
            new Delivery(
                new ApiOutcome(ApiOutcome.Kind.TRANSIENT, 500, "Internal Server Error", null, null),
                -1009876L));
    assertEquals(SendResult.migrated(-1009876L), r);
  }

  @Test
  void otherErrorsAndLastingServerTroubleAreFailed() throws Exception {
    when(client.execute(any(SendMessage.class)))
        .thenThrow(error(400, "Bad Request: message thread not found", null));
    SendResult thread = digests.send(GROUP, 99, "digest");
    assertEquals(Outcome.FAILED, thread.outcome());
    assertTrue(thread.detail().contains("thread not found"), thread.detail());
    assertFalse(blocked.contains(GROUP));

    when(client.execute(any(SendMessage.class))).thenThrow(error(502, "Bad Gateway", null));
    assertEquals(Outcome.FAILED, digests.send(GROUP, null, "digest").outcome());
  }

  @Test
  void anInterruptedSendIsNotAFailure() {
    Thread.currentThread().interrupt();
    try {
      assertThrows(
          InterruptedException.class,
          () ->
              TelegramDigestSender.resultOf(
                  new Delivery(
                      new ApiOutcome(ApiOutcome.Kind.TRANSIENT, 0, "interrupted", null, null),
                      null)));
      assertFalse(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }
}
