package org.peacetalks.digest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.peacetalks.storage.StateDatabase;
import org.peacetalks.storage.SubscriptionTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscriptions, by chat id, kept in the state database's {@code subscription} table ({@link
 * SubscriptionTable}). Every change is one transaction touching only its chat's row, committed
 * before the method returns; when it fails the change did not happen. Nothing is held in memory, so
 * opening costs nothing however many chats there are. Thread-safe.
 */
public final class SubscriptionStore {
  private static final Logger log = LoggerFactory.getLogger(SubscriptionStore.class);

  private final SubscriptionTable table;
  private final Clock clock;

  private SubscriptionStore(SubscriptionTable table, Clock clock) {
    this.table = table;
    this.clock = clock;
  }

  /** The subscriptions of the state database. */
  public static SubscriptionStore open(StateDatabase db, Clock clock) {
    return new SubscriptionStore(
        new SubscriptionTable(Objects.requireNonNull(db, "db == null")),
        Objects.requireNonNull(clock, "clock == null"));
  }

  /**
   * Subscribes a chat at {@code time}, or changes an existing subscription's time and topic
   * (keeping its digest history, so the change does not cause a second digest that day).
   *
   * @param messageThreadId the forum topic /subscribe was sent in, or {@code null}
   * @return the subscription as stored
   */
  public Subscription subscribe(long chatId, Integer messageThreadId, LocalTime time)
      throws IOException {
    return subscribe(chatId, messageThreadId, time, null);
  }

  /**
   * As {@link #subscribe(long, Integer, LocalTime)}, with the language the digest is written in.
   *
   * @param language {@code uk}, {@code ru} or {@code en}; {@code null} keeps the one stored
   */
  public Subscription subscribe(
      long chatId, Integer messageThreadId, LocalTime time, String language) throws IOException {
    Objects.requireNonNull(time, "time == null");
    Instant now = clock.instant();
    SubscriptionTable.Upserted change =
        table.upsert(
            chatId,
            row -> {
              Subscription s =
                  row == null
                      ? new Subscription(chatId, messageThreadId, time, now, null, null, language)
                      : of(row).withSchedule(messageThreadId, time);
              if (language != null) s = s.withLanguage(language);
              return rowOf(s);
            });
    log.info(
        "Chat {} {} to the digest at {}",
        chatId,
        change.before() == null ? "subscribed" : "changed its subscription",
        time);
    return of(change.after());
  }

  /** Ends a chat's subscription at its request; false when it had none. */
  public boolean unsubscribe(long chatId) throws IOException {
    return remove(chatId, "unsubscribed");
  }

  /**
   * Drops a chat's subscription because the chat is gone for the bot (blocked, kicked, deleted, bot
   * removed); false when it had none.
   *
   * @param reason for the log, e.g. Telegram's error description
   */
  public boolean remove(long chatId, String reason) throws IOException {
    boolean removed = table.delete(chatId);
    if (removed) log.info("Chat {} removed from the digest: {}", chatId, reason);
    return removed;
  }

  /**
   * Moves a subscription to the chat's new id (a group upgraded to a supergroup). When the new id
   * already has a subscription, that one is kept and the old one dropped.
   *
   * @return the subscription now under {@code newChatId}, or empty when {@code oldChatId} had none
   */
  public Optional<Subscription> migrate(long oldChatId, long newChatId) throws IOException {
    SubscriptionTable.Moved m = table.move(oldChatId, newChatId);
    if (m.moved()) log.info("Chat {} migrated to {}: subscription moved", oldChatId, newChatId);
    return Optional.ofNullable(m.now()).map(SubscriptionStore::of);
  }

  /**
   * Records that the digest of calendar day {@code day} is settled for this chat.
   *
   * @param sentAt when a digest was actually sent, or {@code null} when none was (nothing new, or
   *     given up for the day): the next digest then still starts after the last one sent
   * @return false when the chat is no longer subscribed
   */
  public boolean markDigest(long chatId, LocalDate day, Instant sentAt) throws IOException {
    return table.markDigest(chatId, day, sentAt);
  }

  /**
   * Claims the digest of {@code day} for this chat before it is sent: the day counts as settled,
   * and the period covered ({@code last_digest_at}) is left as it was until {@link #markDigest}
   * records the send. One row, one statement.
   *
   * @return false when the chat is no longer subscribed
   */
  public boolean claimDigest(long chatId, LocalDate day) throws IOException {
    return markDigest(chatId, day, null);
  }

  /**
   * {@link #claimDigest} for many chats in one transaction.
   *
   * @return the chats claimed: those still subscribed
   */
  public Set<Long> claimDigests(Collection<Long> chatIds, LocalDate day) throws IOException {
    return table.claimDigests(chatIds, day);
  }

  /**
   * Records digests sent, in one transaction: each chat's day and the end of the period its digest
   * covered (the next one starts there). Chats no longer subscribed are left out.
   */
  public void recordDigestsSent(Map<Long, Instant> coveredByChat, LocalDate day)
      throws IOException {
    table.recordDigestsSent(coveredByChat, day);
  }

  /**
   * Gives back a claim of {@link #claimDigest} after a send that failed: the chat's last digest day
   * becomes {@code previous} again (null for none), unless something else changed it since.
   */
  public void releaseDigest(long chatId, LocalDate day, LocalDate previous) throws IOException {
    table.releaseDigest(chatId, day, previous);
  }

  /** A chat's subscription; an unreadable database reads as an error, never as "not subscribed". */
  public Optional<Subscription> get(long chatId) {
    return unchecked(() -> table.find(chatId)).map(SubscriptionStore::of);
  }

  /** Every subscription, by chat id. */
  public List<Subscription> all() {
    return unchecked(table::all).stream().map(SubscriptionStore::of).toList();
  }

  /**
   * The subscriptions whose scheduled digest of {@code day} is not settled yet, by chat id: the
   * only ones that can be due that day, so a check after the day's round reads few rows.
   */
  public List<Subscription> unsettledOn(LocalDate day) {
    return unchecked(() -> table.unsettledOn(day)).stream().map(SubscriptionStore::of).toList();
  }

  public int size() {
    return unchecked(table::count);
  }

  private interface Read<T> {
    T get() throws IOException;
  }

  /** Reads for callers that have always had them in memory (the scheduler, status lines). */
  private static <T> T unchecked(Read<T> read) {
    try {
      return read.get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Subscription of(SubscriptionTable.Row r) {
    return new Subscription(
        r.chatId(),
        r.threadId(),
        r.time(),
        r.subscribedAt(),
        r.lastDigestDate(),
        r.lastDigestAt(),
        r.language());
  }

  private static SubscriptionTable.Row rowOf(Subscription s) {
    return new SubscriptionTable.Row(
        s.chatId(),
        s.messageThreadId(),
        s.time(),
        s.subscribedAt(),
        s.lastDigestDate(),
        s.lastDigestAt(),
        s.language());
  }
}
