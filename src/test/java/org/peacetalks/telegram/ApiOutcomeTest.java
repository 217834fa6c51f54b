package org.peacetalks.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/** One test per class of outcome: what TelegramBots throws, and what the bot makes of it. */
class ApiOutcomeTest {
  static ApiOutcome.Kind kindOf(int code, String description) {
    return ApiOutcome.of(SenderTest.error(code, description, null)).kind();
  }

  static TelegramApiException io(IOException cause) {
    return new TelegramApiException("Unable to execute sendmessage method", cause);
  }

  @Test
  void aReplyThatCannotBeReadIsDone() {
    ApiOutcome o =
        ApiOutcome.of(
            new TelegramApiRequestException(
                "Unable to deserialize response",
                new IOException(
                    "Cannot deserialize value of type `int` from String \"m-5001\"\n at [Source: …]")));
    assertEquals(ApiOutcome.Kind.DONE_UNREADABLE, o.kind());
    assertTrue(o.accepted());
    assertFalse(o.description().contains("\n"), "one line");
    assertEquals(
        ApiOutcome.Kind.DONE_UNREADABLE,
        ApiOutcome.of(
                io(
                    new BotApiWatch.AcceptedButUnread(
                        "sendmessage", 200, new IOException("unexpected end of stream"))))
            .kind());
  }

  @Test
  void aCallTheClientRefusesToSendIsRejectedForGood() {
    EditMessageText edit = EditMessageText.builder().chatId(1L).text("x").build();
    ApiOutcome o =
        ApiOutcome.of(
            new TelegramApiException(
                "Unable to execute editmessagetext method",
                new TelegramApiValidationException("MessageId parameter can't be empty", edit)));
    assertEquals(ApiOutcome.Kind.REJECTED, o.kind());
    assertEquals(0, o.status());
    assertTrue(o.description().contains("not sent"), o.description());
  }

  @Test
  void telegramsErrorsAreSortedByCodeAndDescription() {
    assertEquals(ApiOutcome.Kind.CHAT_GONE, kindOf(403, "Forbidden: bot was blocked by the user"));
    assertEquals(ApiOutcome.Kind.CHAT_GONE, kindOf(400, "Bad Request: chat not found"));
    assertEquals(ApiOutcome.Kind.NOT_MODIFIED, kindOf(400, "Bad Request: message is not modified"));
    assertEquals(
        ApiOutcome.Kind.BAD_MARKUP,
        kindOf(400, "Bad Request: can't parse entities: Unsupported start tag"));
    assertEquals(ApiOutcome.Kind.REJECTED, kindOf(400, "Bad Request: message is too long"));
    assertEquals(ApiOutcome.Kind.UNAUTHORIZED, kindOf(401, "Unauthorized"));
    assertEquals(ApiOutcome.Kind.TRANSIENT, kindOf(500, "Internal Server Error"));
    assertEquals(ApiOutcome.Kind.TRANSIENT, kindOf(502, "HTTP 502: 502 Bad Gateway"));
  }

  @Test
  void retryAfterAndMigrationCarryTheirParameters() {
    ApiOutcome flood =
        ApiOutcome.of(SenderTest.error(429, "Too Many Requests: retry after 37", 37));
    assertEquals(ApiOutcome.Kind.RETRY_AFTER, flood.kind());
    assertEquals(Duration.ofSeconds(37), flood.retryAfter());
    ApiResponse<Object> migrated =
        ApiResponse.builder()
            .ok(false)
            .errorCode(400)
            .errorDescription("Bad Request: group chat was upgraded to a supergroup chat")
            .parameters(new ResponseParameters(-1001234L, null))
            .build();
    ApiOutcome moved = ApiOutcome.of(new TelegramApiRequestException("x", migrated));
    assertEquals(ApiOutcome.Kind.MIGRATED, moved.kind());
    assertEquals(-1001234L, moved.migratedTo());
  }

  @Test
  void noAnswerIsTransientUnlessTheCallWentOutAndTimedOut() {
    assertEquals(
        ApiOutcome.Kind.TRANSIENT,
        ApiOutcome.of(io(new ConnectException("Connection refused"))).kind());
    assertEquals(
        ApiOutcome.Kind.TRANSIENT,
        ApiOutcome.of(io(new SocketTimeoutException("Connect timed out"))).kind());
    assertEquals(
        ApiOutcome.Kind.TRANSIENT,
        ApiOutcome.of(io(new IOException("unexpected end of stream"))).kind());
    assertEquals(
        ApiOutcome.Kind.MAYBE_SENT,
        ApiOutcome.of(io(new SocketTimeoutException("timeout"))).kind());
    assertEquals(
        ApiOutcome.Kind.MAYBE_SENT,
        ApiOutcome.of(io(new SocketTimeoutException("Read timed out"))).kind());
  }
}
