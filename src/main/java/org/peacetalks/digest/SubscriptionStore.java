package org.peacetalks.digest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscriptions, by chat id, kept in {@code data/subscriptions.json}. Every change is written
 * through to the file (atomically, see {@link AtomicJsonFile}) before it is visible in memory;
 * when the write fails the change did not happen. Thread-safe.
 */
public final class SubscriptionStore {
  private static final Logger log = LoggerFactory.getLogger(SubscriptionStore.class);
  /** The file name in the data folder. */
  public static final String FILE_NAME = "subscriptions.json";

  /** The file's shape; {@code version} leaves room for later changes. */
  record StateFile(int version, List<Subscription> subscriptions) {
    StateFile {
      subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
    }
  }

  private final AtomicJsonFile<StateFile> file;
  private final Clock clock;
  private Map<Long, Subscription> byChat; // replaced whole, under this

  private SubscriptionStore(AtomicJsonFile<StateFile> file, Clock clock, Map<Long, Subscription> byChat) {
    this.file = file;
    this.clock = clock;
    this.byChat = byChat;
  }

  /**
   * Loads the subscriptions of {@code dataDir}; none when the file does not exist yet.
   *
   * @throws CorruptStateException when the file is corrupt (it has been moved aside)
   */
  public static SubscriptionStore open(Path dataDir, ObjectMapper mapper, Clock clock) throws IOException {
    AtomicJsonFile<StateFile> file = new AtomicJsonFile<>(dataDir.resolve(FILE_NAME), mapper, StateFile.class, clock);
    Map<Long, Subscription> byChat = new TreeMap<>();
    for (Subscription s : file.read().map(StateFile::subscriptions).orElse(List.of())) {
      byChat.put(s.chatId(), s);
    }
    return new SubscriptionStore(file, clock, byChat);
  }

  /**
   * Subscribes a chat at {@code time}, or changes an existing subscription's time and topic
   * (keeping its digest history, so the change does not cause a second digest that day).
   *
   * @param messageThreadId the forum topic /subscribe was sent in, or {@code null}
   * @return the subscription as stored
   */
  public synchronized Subscription subscribe(long chatId, Integer messageThreadId, LocalTime time) throws IOException {
    Objects.requireNonNull(time, "time == null");
    Subscription old = byChat.get(chatId);
    Subscription now = old == null
        ? new Subscription(chatId, messageThreadId, time, clock.instant(), null, null)
        : old.withSchedule(messageThreadId, time);
    Map<Long, Subscription> next = copy();
    next.put(chatId, now);
    commit(next);
    log.info("Chat {} {} to the digest at {}", chatId, old == null ? "subscribed" : "changed its subscription", time);
    return now;
  }

  /** Ends a chat's subscription at its request; false when it had none. */
  public synchronized boolean unsubscribe(long chatId) throws IOException {
    return remove(chatId, "unsubscribed");
  }

  /**
   * Drops a chat's subscription because the chat is gone for the bot (blocked, kicked, deleted,
   * bot removed); false when it had none.
   *
   * @param reason for the log, e.g. Telegram's error description
   */
  public synchronized boolean remove(long chatId, String reason) throws IOException {
    if (!byChat.containsKey(chatId)) return false;
    Map<Long, Subscription> next = copy();
    next.remove(chatId);
    commit(next);
    log.info("Chat {} removed from the digest: {}", chatId, reason);
    return true;
  }

  /**
   * Moves a subscription to the chat's new id (a group upgraded to a supergroup). When the new id
   * already has a subscription, that one is kept and the old one dropped.
   *
   * @return the subscription now under {@code newChatId}, or empty when {@code oldChatId} had none
   */
  public synchronized Optional<Subscription> migrate(long oldChatId, long newChatId) throws IOException {
    Subscription old = byChat.get(oldChatId);
    if (old == null) return Optional.ofNullable(byChat.get(newChatId));
    Map<Long, Subscription> next = copy();
    next.remove(oldChatId);
    Subscription moved = next.computeIfAbsent(newChatId, old::withChat);
    commit(next);
    log.info("Chat {} migrated to {}: subscription moved", oldChatId, newChatId);
    return Optional.of(moved);
  }

  /**
   * Records that the digest of calendar day {@code day} is settled for this chat.
   *
   * @param sentAt when a digest was actually sent, or {@code null} when none was (nothing new, or
   *     given up for the day): the next digest then still starts after the last one sent
   * @return false when the chat is no longer subscribed
   */
  public synchronized boolean markDigest(long chatId, LocalDate day, Instant sentAt) throws IOException {
    Subscription s = byChat.get(chatId);
    if (s == null) return false;
    Map<Long, Subscription> next = copy();
    next.put(chatId, s.withDigest(day, sentAt != null ? sentAt : s.lastDigestAt()));
    commit(next);
    return true;
  }

  public synchronized Optional<Subscription> get(long chatId) {
    return Optional.ofNullable(byChat.get(chatId));
  }

  /** Every subscription, by chat id. */
  public synchronized List<Subscription> all() {
    return List.copyOf(byChat.values());
  }

  public synchronized int size() {
    return byChat.size();
  }

  public Path path() {
    return file.path();
  }

  private Map<Long, Subscription> copy() {
    return new TreeMap<>(byChat);
  }

  private void commit(Map<Long, Subscription> next) throws IOException {
    file.write(new StateFile(1, List.copyOf(next.values())));
    byChat = next;
  }
}
