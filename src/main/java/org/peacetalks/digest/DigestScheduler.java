package org.peacetalks.digest;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * When digests are due, in the bot's time zone.
 *
 * <p>Each subscription has one send time per calendar day: its {@code time} on that day in the
 * zone. On a spring-forward day a time in the gap moves forward by the gap (03:30 becomes 04:30 in
 * Kyiv); on a fall-back day a repeated time means its first occurrence. A subscription is due when
 *
 * <ul>
 *   <li>no digest has been settled yet on today's date ({@link Subscription#lastDigestDate()}): at
 *       most one scheduled digest per chat per calendar day, across restarts;
 *   <li>its latest send time that has passed (today's or, after downtime, yesterday's) is on a day
 *       not yet settled, and after the last digest sent (or the subscription, for a new one).
 * </ul>
 *
 * So after downtime a chat gets one catch-up digest as soon as the bot is back, listing everything
 * since its last one, not one per missed day; and that catch-up counts as the day's digest. A new
 * subscriber's first digest is at the first send time after subscribing. Changing the time of a
 * subscription to one already past today, when today's digest has not gone out, makes it due now.
 *
 * <p>Stateless apart from the store; thread-safe.
 */
public final class DigestScheduler {
  private final SubscriptionStore store;
  private final ZoneId zone;
  private final Clock clock;

  public DigestScheduler(SubscriptionStore store, ZoneId zone, Clock clock) {
    this.store = Objects.requireNonNull(store, "store == null");
    this.zone = Objects.requireNonNull(zone, "zone == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  public ZoneId zone() {
    return zone;
  }

  /** The calendar day of {@code instant} in the bot's zone. */
  public LocalDate dayOf(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  /** The subscriptions due at {@code now}, by chat id. */
  public List<Subscription> due(Instant now) {
    List<Subscription> out = new ArrayList<>();
    for (Subscription s : store.unsettledOn(dayOf(now))) { // a settled day is never due
      if (isDue(s, now)) out.add(s);
    }
    return out;
  }

  /** Whether a scheduled digest should go to this subscription at {@code now} (see class doc). */
  public boolean isDue(Subscription s, Instant now) {
    LocalDate today = dayOf(now);
    if (today.equals(s.lastDigestDate())) return false;
    ZonedDateTime latest = latestSendTime(s.time(), now);
    if (latest == null || latest.toLocalDate().equals(s.lastDigestDate())) return false;
    Instant after = s.lastDigestAt() != null ? s.lastDigestAt() : s.subscribedAt();
    return latest.toInstant().isAfter(after);
  }

  /**
   * When this subscription's next scheduled digest goes out: {@code now} when it is due, else the
   * first later send time (skipping today when today's is settled).
   */
  public ZonedDateTime nextSend(Subscription s, Instant now) {
    if (isDue(s, now)) return now.atZone(zone);
    // Due-ness only changes at a send time or at midnight: check those in order.
    TreeSet<Instant> moments = new TreeSet<>();
    LocalDate today = dayOf(now);
    for (int d = 0; d <= 7; d++) {
      moments.add(sendTime(today.plusDays(d), s.time()).toInstant());
      moments.add(today.plusDays(d + 1L).atStartOfDay(zone).toInstant());
    }
    for (Instant t : moments.tailSet(now, false)) {
      if (isDue(s, t)) return t.atZone(zone);
    }
    // Only when the recorded digest lies in the future (the clock was set back): its send time
    // after that, as a best guess for a status line.
    Instant after =
        s.lastDigestAt() != null && s.lastDigestAt().isAfter(now) ? s.lastDigestAt() : now;
    LocalDate day = dayOf(after).plusDays(1);
    return sendTime(day, s.time());
  }

  /** {@link #nextSend(Subscription, Instant)} from the clock's now. */
  public ZonedDateTime nextSend(Subscription s) {
    return nextSend(s, clock.instant());
  }

  /** The send time of {@code time} on {@code day} in the zone (gaps move it forward). */
  public ZonedDateTime sendTime(LocalDate day, LocalTime time) {
    return ZonedDateTime.of(day, time, zone);
  }

  /**
   * Records that a digest went to the chat, covering articles up to {@code at} (pass its {@link
   * Digest#until()}); counts as the digest of the day of {@code at}.
   *
   * @return false when the chat is no longer subscribed
   */
  public boolean markSent(long chatId, Instant at) throws IOException {
    return store.markDigest(chatId, dayOf(at), at);
  }

  /**
   * Records a digest decided due at {@code dueAt} that covered articles up to {@code coveredUntil}
   * ({@link Digest#until()}): the day is that of {@code dueAt}, so a fan-out that runs past
   * midnight does not take the next day's digest; the next digest starts after {@code
   * coveredUntil}.
   */
  public boolean markSent(long chatId, Instant dueAt, Instant coveredUntil) throws IOException {
    return store.markDigest(chatId, dayOf(dueAt), coveredUntil);
  }

  /**
   * Settles the day of {@code dueAt} for the chat without a digest sent (nothing new, or given up
   * after failures): no more scheduled digests that day, and the next one still lists everything
   * since the last one sent.
   */
  public boolean markSettled(long chatId, Instant dueAt) throws IOException {
    return store.markDigest(chatId, dayOf(dueAt), null);
  }

  /** The latest send time at or before {@code now} (today's, else yesterday's, ...). */
  private ZonedDateTime latestSendTime(LocalTime time, Instant now) {
    LocalDate today = dayOf(now);
    for (int back = 0; back <= 2; back++) {
      ZonedDateTime t = sendTime(today.minusDays(back), time);
      if (!t.toInstant().isAfter(now)) return t;
    }
    return null;
  }
}
