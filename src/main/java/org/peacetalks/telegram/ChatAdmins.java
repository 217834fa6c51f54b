package org.peacetalks.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;

/**
 * Who may change a chat's settings (its digest subscription, its language): in a private chat the user; in a
 * group its administrators, asked of Telegram (getChatMember: creator or administrator), an
 * anonymous administrator writing as the group itself, and the bot's admins.
 *
 * <p>An "allowed" is asked afresh each time, so a demoted admin loses the right at once. A
 * "refused" is remembered for {@link #REFUSAL_MEMORY}, so a member who sends /subscribe over and
 * over costs one Bot API call a minute, not one each; someone just made an admin waits at most
 * that long. Thread-safe.
 */
final class ChatAdmins {
  private static final Logger log = LoggerFactory.getLogger(ChatAdmins.class);

  /** The answer; {@link #UNKNOWN} when Telegram could not be asked (errors after retries). */
  enum Verdict {
    ALLOWED,
    REFUSED,
    UNKNOWN
  }

  static final Duration REFUSAL_MEMORY = Duration.ofMinutes(1);
  /** Beyond this many remembered refusals, the expired ones are dropped (memory stays bounded). */
  private static final int MAX_REMEMBERED = 10_000;

  private final Sender sender;
  private final Set<Long> botAdmins;
  private final Clock clock;
  private final Map<Member, Instant> refusedUntil = new ConcurrentHashMap<>();

  private record Member(long chatId, long userId) {}

  ChatAdmins(Sender sender, Set<Long> botAdmins, Clock clock) {
    this.sender = Objects.requireNonNull(sender, "sender == null");
    this.botAdmins = Set.copyOf(botAdmins);
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /**
   * True when the writer may change this chat's settings; otherwise replies politely in the
   * conversation's language, saying why not (the text of {@code refusalKey}, or that Telegram
   * could not be asked), and returns false.
   */
  boolean admit(Conversation where, String refusalKey) {
    Verdict verdict = check(where);
    if (verdict == Verdict.ALLOWED) return true;
    sender.send(where.reply(where.text(verdict == Verdict.REFUSED ? refusalKey : "subscription.unknownAdmin")).build());
    return false;
  }

  Verdict check(Conversation where) {
    if (where.privateChat() || botAdmins.contains(where.userId()) || where.fromAnonymousAdmin()) {
      return Verdict.ALLOWED;
    }
    if (where.senderChatId() != null) {
      // Written as a channel (or another chat): no person to ask about.
      return Verdict.REFUSED;
    }
    Member who = new Member(where.chatId(), where.userId());
    Instant now = clock.instant();
    Instant until = refusedUntil.get(who);
    if (until != null && now.isBefore(until)) return Verdict.REFUSED;
    Optional<ChatMember> member = sender.execute(GetChatMember.builder()
        .chatId(where.chatId())
        .userId(where.userId())
        .build());
    if (member.isEmpty()) {
      log.warn("Could not ask Telegram whether user {} administers chat {}", where.userId(), where.chatId());
      return Verdict.UNKNOWN;
    }
    String status = member.get().getStatus();
    if ("creator".equals(status) || "administrator".equals(status)) {
      refusedUntil.remove(who);
      return Verdict.ALLOWED;
    }
    if (refusedUntil.size() >= MAX_REMEMBERED) refusedUntil.values().removeIf(t -> !now.isBefore(t));
    if (refusedUntil.size() < MAX_REMEMBERED) refusedUntil.put(who, now.plus(REFUSAL_MEMORY));
    return Verdict.REFUSED;
  }
}
