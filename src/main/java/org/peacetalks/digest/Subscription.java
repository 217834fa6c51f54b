package org.peacetalks.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One chat's daily digest subscription.
 *
 * @param chatId the Telegram chat (negative for groups)
 * @param messageThreadId the forum topic the digest goes to, or {@code null} for the chat itself
 * @param time when in the day, in the bot's time zone ({@code BOT_TIMEZONE}), the digest goes out
 * @param subscribedAt when the chat subscribed; the first digest is the first send time after it
 * @param lastDigestDate the calendar day (bot's zone) whose scheduled digest is settled: sent, or
 *     nothing to send, or given up; {@code null} before the first. At most one scheduled digest per
 *     chat per such day.
 * @param lastDigestAt when the last digest was actually sent, or {@code null}; the next digest
 *     lists the articles added after it
 * @param language the language the digest is written in ({@code uk}, {@code ru}, {@code en}) as set
 *     at /subscribe, or {@code null} (English, unless the chat chose one with /language)
 */
public record Subscription(
    long chatId,
    Integer messageThreadId,
    LocalTime time,
    Instant subscribedAt,
    LocalDate lastDigestDate,
    Instant lastDigestAt,
    String language) {

  public Subscription {
    Objects.requireNonNull(time, "time == null");
    Objects.requireNonNull(subscribedAt, "subscribedAt == null");
    if (chatId == 0) throw new IllegalArgumentException("chatId == 0");
  }

  /** A subscription with no language of its own. */
  public Subscription(
      long chatId,
      Integer messageThreadId,
      LocalTime time,
      Instant subscribedAt,
      LocalDate lastDigestDate,
      Instant lastDigestAt) {
    this(chatId, messageThreadId, time, subscribedAt, lastDigestDate, lastDigestAt, null);
  }

  /** A group, supergroup or channel (Telegram gives those negative ids). */
  public boolean isGroup() {
    return chatId < 0;
  }

  Subscription withChat(long newChatId) {
    return new Subscription(
        newChatId, messageThreadId, time, subscribedAt, lastDigestDate, lastDigestAt, language);
  }

  Subscription withSchedule(Integer threadId, LocalTime newTime) {
    return new Subscription(
        chatId, threadId, newTime, subscribedAt, lastDigestDate, lastDigestAt, language);
  }

  Subscription withDigest(LocalDate day, Instant sentAt) {
    return new Subscription(chatId, messageThreadId, time, subscribedAt, day, sentAt, language);
  }

  Subscription withLanguage(String newLanguage) {
    return new Subscription(
        chatId, messageThreadId, time, subscribedAt, lastDigestDate, lastDigestAt, newLanguage);
  }
}
